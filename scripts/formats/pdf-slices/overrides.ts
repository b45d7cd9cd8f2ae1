/**
 * seeds/overrides/live-commerce-2024.json: what no rule can decide for this PDF — where the
 * figure label runs start and end, where each 专栏 title ends, where floats go, which spans
 * are repaired. Validated strictly so a typo is an error, not a silent no-op.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { CleanInput } from '../types.ts';

const text = z.string().min(1);

export const overridesSchema = z
  .object({
    figures: z
      .array(
        z
          .object({
            n: z.number().int().positive(),
            /** First characters of the label run that precedes the caption. */
            start: text,
            /** Caption as printed after `图 N ` (extractor spaces kept). */
            caption: text,
            /** Last characters of the region (labels after the caption), or the caption's end. */
            end: text,
          })
          .strict(),
      )
      .default([]),
    /** 专栏 titles as printed; the body starts right after. */
    callouts: z.array(z.object({ n: z.number().int().positive(), title: text }).strict()).default([]),
    table: z
      .object({
        id: text,
        caption: text,
        header: z.array(text).min(1),
        /** The printed header run that starts the table. */
        header_run: text,
        /** Dates that start a row even where no 。 precedes them. */
        row_splits: z.array(text).default([]),
        /** The transition sentence the extractor wrapped around the table, kept once after it. */
        transition: text,
      })
      .strict()
      .optional(),
    placements: z
      .array(
        z
          .object({
            /** "figure-2", "callout-3", "table", "transition". */
            block: z.string().regex(/^(figure-\d+|callout-\d+|table|transition)$/),
            /** Put the block right after the sentence ending with this text… */
            after: text.optional(),
            /** …or at the end of the section with this TOC label path, e.g. "三/2". */
            end_of: text.optional(),
          })
          .strict()
          .refine((p) => (p.after === undefined) !== (p.end_of === undefined), 'give exactly one of "after" or "end_of"'),
      )
      .default([]),
    repairs: z.array(z.object({ from: text, to: text, reason: text }).strict()).default([]),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export function readOverrides(input: CleanInput): Overrides {
  const file = `seeds/overrides/${input.source.id}.json`;
  if (input.overrides === null || input.overrides === undefined) {
    input.issues.error(`expected an override file ${file} (figure regions, 专栏 titles, placements), found none; restore it from git`, file);
    return overridesSchema.parse({});
  }
  const r = overridesSchema.safeParse(input.overrides);
  if (r.success) return r.data;
  for (const line of formatZodError(file, r.error, input.overrides)) input.issues.error(line, file);
  return overridesSchema.parse({});
}
