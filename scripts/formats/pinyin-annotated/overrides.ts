/**
 * seeds/overrides/<source id>.json for a pinyin-annotated source: the garble repair table (no
 * rule can recover a character whose byte was lost) and the expected annotation count.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { IssueList } from '../../lib/issues.ts';

const repairSchema = z
  .object({
    /** The garbled span exactly as in the raw file. */
    raw: z.string().min(1, 'expected the garbled span, found an empty string'),
    /** The span as the source meant it, still Traditional and annotated like its neighbours. */
    clean: z.string(),
    /** How many times the raw span occurs; a different count is an error. */
    count: z.number().int('expected a whole number').positive('expected a count of at least 1'),
    note: z.string().optional(),
  })
  .strict();

export const overridesSchema = z
  .object({
    /** Well-formed pinyin annotations in the raw file, asserted before stripping. */
    expected_annotations: z.number().int().nonnegative().optional(),
    repairs: z.array(repairSchema).default([]),
  })
  .strict();

export type Repair = z.infer<typeof repairSchema>;
export type Overrides = z.infer<typeof overridesSchema>;

export function overridesPath(sourceId: string): string {
  return `seeds/overrides/${sourceId}.json`;
}

/** Parse the overrides; problems become issues and the format continues without repairs. */
export function parseOverrides(data: unknown, sourceId: string, issues: IssueList): Overrides {
  const file = overridesPath(sourceId);
  if (data === null || data === undefined) {
    issues.error(
      `expected a garble repair table for this pinyin-annotated source, found no overrides file; create it with {"repairs": [{"raw", "clean", "count"}]}`,
      file,
    );
    return { repairs: [] };
  }
  const parsed = overridesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const line of formatZodError(file, parsed.error, data)) issues.error(line);
  return { repairs: [] };
}
