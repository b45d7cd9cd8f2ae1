/**
 * A fact: one quantitative statement of a source, value and unit as written, a normalized
 * value for comparison, and the exact sentence it came from. Shared by the extract stage and
 * the site (content/generated/data/facts.json).
 */
import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';

/** 2024, 2024-06, 2024-06-30, 2025H1, 2025Q3, or a span 2024/2026. */
export const periodSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|H[12]|Q[1-4])?(\/\d{4}(-(0[1-9]|1[0-2]))?)?$/,
    'expected a period like 2024, 2024-06, 2025H1 or 2024/2026',
  );

export const FACT_KINDS = ['amount', 'count', 'share', 'growth', 'percentage-points', 'multiple', 'rank', 'other'] as const;

export const normalizedSchema = z
  .object({
    /** The value in base units: 5.8万亿元 → 5.8e12. */
    value: z.number(),
    /** Base unit: 元, 美元, 人, 户, 条, 次, 个, 家, 场, 单, %, 百分点, 倍 … */
    unit: z.string().min(1),
  })
  .strict();

export const factSchema = z
  .object({
    /** Stable across builds: derived from source, chapter, quote and the number's position in it. */
    id: z.string().regex(/^f-[a-z0-9-]+$/, 'expected an id like f-live-commerce-2024-ch-1-3a9f01'),
    source: z.string().min(1),
    chapter: z.string().min(1),
    /** Id of the sentence element on the chapter page (the link back is /<source>/<chapter>/#<anchor>). */
    anchor: z.string().regex(/^s-\d+-\d+$/, 'expected a sentence anchor like s-12-2'),
    /** What is measured, in Chinese: 网络直播用户规模. */
    subject: z.string().min(1),
    /** The number as written, normalized only to a JS number: 4,046,000 → 4046000; 5.8 → 5.8. */
    value: z.number(),
    /** Upper bound of a range as written (18-25岁 → value 18, value_high 25); null otherwise. */
    value_high: z.number().nullable(),
    /** Unit as written, magnitude included: 万亿元, %, 条, 个百分点, 亿人次. */
    unit: z.string(),
    /** The exact characters of the number and unit in the quote: "5.8万亿元". */
    text: z.string().min(1),
    /** Offset of `text` in `quote` (UTF-16 code units). */
    offset: z.number().int().nonnegative(),
    normalized: normalizedSchema.nullable(),
    kind: z.enum(FACT_KINDS),
    period: periodSchema.nullable(),
    /** Hedge or comparison as written: 约, 超过, 近, 突破, 同比增长 … */
    qualifier: z.string().nullable(),
    /** The whole sentence from the chapter's normalized text; `text` occurs in it at `offset`. */
    quote: z.string().min(1),
    reliability: sourceSchema.shape.reliability,
    /** Another fact of the same source that states the same quantity (155225亿元 = 15.52万亿元). */
    same_as: z.string().nullable(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.quote.slice(f.offset, f.offset + f.text.length) !== f.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: `expected "${f.text}" at offset ${f.offset} of the quote, found "${f.quote.slice(f.offset, f.offset + f.text.length)}"` });
  });

export type Fact = z.infer<typeof factSchema>;
