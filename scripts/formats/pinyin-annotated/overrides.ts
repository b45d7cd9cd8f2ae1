/**
 * seeds/overrides/<source id>.json for a pinyin-annotated source, all optional: a garble repair
 * table for the spans the automatic re-decode cannot recover, the expected annotation count, and
 * the reliability banner readers see. A source without the file works.
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
    /** What readers are told about this document's reliability (a sample essay, invented data…). */
    reliability_banner: z.string().min(1).optional(),
  })
  .strict();

export type Repair = z.infer<typeof repairSchema>;
export type Overrides = z.infer<typeof overridesSchema>;

export function overridesPath(sourceId: string): string {
  return `seeds/overrides/${sourceId}.json`;
}

/** Parse the overrides (absent: none); problems become warnings and the format goes on without. */
export function parseOverrides(data: unknown, sourceId: string, issues: IssueList): Overrides {
  const file = overridesPath(sourceId);
  if (data === null || data === undefined) return { repairs: [] };
  const parsed = overridesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const line of formatZodError(file, parsed.error, data))
    issues.warn(line, file, { rule: 'pinyin-annotated/overrides', hint: 'fix the overrides file; it is ignored until then' });
  return { repairs: [] };
}
