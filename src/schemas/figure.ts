/**
 * A figure as a chart spec: which table holds its data, which columns are x and y, and how
 * complete the recovered data are. The site renders it with the chart of its type.
 */
import { z } from 'astro/zod';

export const figureSchema = z
  .object({
    /** <source>-fig-<n>, as the chapter's <Figure id> says. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-fig-\d+$/, 'expected an id like live-commerce-2024-fig-2'),
    source: z.string().min(1),
    chapter: z.string().min(1),
    /** The source's figure number. */
    n: z.number().int().positive(),
    type: z.enum(['bar', 'line', 'timeline', 'share', 'diagram']),
    caption: z.string().min(1),
    /** Id of the table with the data; null for a diagram with no data. */
    table: z.string().nullable(),
    /** Column keys of the table. */
    x: z.string().nullable(),
    y: z.string().nullable(),
    /** Unit of y as written (万人, 亿人, %). */
    unit: z.string().nullable(),
    /** complete: every value of the original; partial: only what the text gives; none: no data. */
    completeness: z.enum(['complete', 'partial', 'none']),
    /** How the data were recovered: decoded from the scrape's digit runs, or from the text around it. */
    method: z.enum(['digit-run', 'text', 'none']),
    /** For readers: 原图其余类别数据未在正文给出, 据正文数据重绘 … */
    note: z.string().nullable(),
    /** The text the data came from (digit run or sentence), exact. */
    quote: z.string().nullable(),
    /** Sentence anchor of the quote on the chapter page, where the data come from the text. */
    anchor: z.string().nullable(),
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;
