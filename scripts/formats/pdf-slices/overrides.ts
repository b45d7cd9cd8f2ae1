/**
 * seeds/overrides/<id>.json, optional: what no rule can decide for one PDF — its page-number
 * plan, where the figure label runs start and end, where each 专栏 title ends, the floats the
 * page-aware default misplaces, which spans are repaired (docs/formats/pdf-slices.md,
 * "The overrides file"). Validated strictly so a typo is an error, not a silent no-op.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { CleanInput } from '../types.ts';

const text = z.string().min(1);

export const overridesSchema = z
  .object({
    /** Page-number plan; without it the sequence is found (pages.ts). */
    pages: z
      .object({
        front: z.number().int().min(0).default(0),
        body: z.number().int().positive(),
        doubled: z.array(z.number().int().positive()).default([]),
      })
      .strict()
      .optional(),
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
    /**
     * Only what the page-aware default (page-default.ts) does not reach. Why each pin of a
     * document is needed belongs in its docs entry (docs/formats/pdf-slices.md lists the seed's);
     * tests pin each default miss.
     */
    placements: z
      .array(
        z
          .object({
            /** "figure-2", "callout-3", "table", "transition". */
            block: z.string().regex(/^(figure-\d+|callout-\d+|table|transition)$/),
            /** Put the block right after the sentence ending with this text… */
            after: text.optional(),
            /** …or at the end of the section with this TOC label path, e.g. "三/2"… */
            end_of: text.optional(),
            /** …or right after another block, wherever that one goes. */
            after_block: z.string().regex(/^(figure-\d+|callout-\d+|table|transition)$/).optional(),
          })
          .strict()
          .refine(
            (p) => [p.after, p.end_of, p.after_block].filter((x) => x !== undefined).length === 1,
            'give exactly one of "after", "end_of" or "after_block"',
          ),
      )
      .default([]),
    repairs: z.array(z.object({ from: text, to: text, reason: text }).strict()).default([]),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export function readOverrides(input: CleanInput): Overrides {
  const file = `seeds/overrides/${input.source.id}.json`;
  // Optional: a document with no overrides file is cleaned by the rules alone.
  if (input.overrides === null || input.overrides === undefined) return overridesSchema.parse({});
  const r = overridesSchema.safeParse(input.overrides);
  if (r.success) return r.data;
  for (const line of formatZodError(file, r.error, input.overrides)) input.issues.error(line, file);
  return overridesSchema.parse({});
}
