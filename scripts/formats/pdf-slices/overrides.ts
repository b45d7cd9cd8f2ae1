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
     * Only what the page-aware default (page-default.ts) does not reach; it places 图 1, 图 4,
     * 专栏 1, 4, 5, 6 and the table. Pinned for 002, and why (tests pin each default miss):
     * - figure-2, figure-3: the default puts them before page 3's opening `直播电商成为促消费
     *   “主战场”`, a paragraph end one sentence past the target: right after `(见图 2)…75.2%。`,
     *   mid-paragraph, before the (见图 3) sentence.
     * - figure-5: page 14 opens mid-paragraph in 五(一) (`型、可图图像…`); that paragraph ends at
     *   `…智能操盘新变革。`, three sentences past the figure's place (`…取得新进展。`).
     * - callout-2, callout-3 (sources.md: the 专栏 2/3 anchors, ends of 三 3 and 三 4): page 9
     *   opens in 三 4's tail, so 专栏 2 would close 三 4; page 10 restarts 三 1., so 专栏 3
     *   stays where it was first seen, after 三 5.
     * - transition: first seen on page 13, so the default puts it in 五(一); it goes once, after
     *   the table and before 专栏 6, which no page order gives (it was emitted before the table).
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
