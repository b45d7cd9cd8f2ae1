/**
 * A published report: the manifest entry plus what cleaning found in the document itself
 * (content/generated/sources/<id>.json).
 */
import { z } from 'astro/zod';
import { partialDateSchema, sourceSchema } from './source.ts';

export const creditSchema = z.object({ role: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict();

/** Metadata a format module lifts out of the text. Every key is optional; unknown keys fail. */
export const docMetaSchema = z
  .object({
    /** 000: the aggregator's tag. */
    tag: z.string().optional(),
    /** 000: number of digest records. */
    records: z.number().int().optional(),
    /** 001: the teaser line. */
    description: z.string().optional(),
    /** 001: the outlet of the original article. */
    original_source: z.string().optional(),
    reposted: z.boolean().optional(),
    /** What the document itself states (its title line, cover, 来源/repost outlet, date line). */
    title: z.string().optional(),
    published: partialDateSchema.nullable().optional(),
    /** pdf-text: the 版权声明 page. */
    copyright: z.string().optional(),
    /** 002: from the scrape's chrome line. */
    publisher: z.string().optional(),
    pdf_pages: z.number().int().optional(),
    /** 002, 004: the cover page. */
    cover: z
      .object({
        title: z.string().optional(),
        series: z.string().optional(),
        publisher: z.string().optional(),
        board: z.string().optional(),
        date: z.string().optional(),
        /** pdf-text: 指导单位 on the cover. */
        guide: z.string().optional(),
      })
      .strict()
      .optional(),
    /** 004: editorial board. */
    credits: z.array(creditSchema).optional(),
    /** 004: the colophon (copyright page). */
    colophon: z.string().optional(),
    /** 004: notes the text references but never defines. */
    missing_notes: z.array(z.number().int()).optional(),
    /** 003: "sample" for a template essay. */
    kind: z.enum(['sample']).optional(),
    reliability_banner: z.string().optional(),
    original_title: z.string().optional(),
    truncated: z.boolean().optional(),
    missing_sections: z.array(z.string()).optional(),
  })
  .strict();

export const chapterRefSchema = z.object({ slug: z.string(), title: z.string(), order: z.number().int() }).strict();

export const reportSchema = sourceSchema
  .extend({
    meta: docMetaSchema,
    chapters: z.array(chapterRefSchema).min(1),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;
export type DocMeta = z.infer<typeof docMetaSchema>;
