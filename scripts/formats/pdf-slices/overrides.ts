/**
 * seeds/overrides/live-commerce-2024.json: what no rule can decide for this PDF — where the
 * figure label runs start and end, where each 专栏 title ends, the floats the page-aware
 * default misplaces, which spans are repaired. Validated strictly so a typo is an error, not a
 * silent no-op.
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
    /**
     * Only what the page-aware default (page-default.ts) cannot reach; everything else is placed
     * by it. What stays pinned for 002, and why:
     * - figure-2, figure-3: emitted at the top of page 3, so the default puts them before page
     *   3's main text (`直播电商成为促消费“主战场”`), one sentence past the target right after
     *   `(见图 2)…75.2%。`; the (见图 3) sentence in between would split the pair.
     * - figure-5: page 14 opens mid-paragraph in 五(一) (`型、可图图像…`); the paragraph end the
     *   default snaps to (`…智能操盘新变革。`) is not where the figure sits (`…取得新进展。`).
     * - callout-2, callout-3: page 9 continues 三 4's tail and page 10 restarts 三 1., so the
     *   default puts 专栏 2 inside 三 4 and 专栏 3 after 三 5.
     * - transition: first seen on page 13, before the table; it goes once after the table.
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
  if (input.overrides === null || input.overrides === undefined) {
    input.issues.error(`expected an override file ${file} (figure regions, 专栏 titles, placements), found none; restore it from git`, file);
    return overridesSchema.parse({});
  }
  const r = overridesSchema.safeParse(input.overrides);
  if (r.success) return r.data;
  for (const line of formatZodError(file, r.error, input.overrides)) input.issues.error(line, file);
  return overridesSchema.parse({});
}
