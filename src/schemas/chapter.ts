/**
 * Front matter of a generated chapter (content/generated/chapters/<source>/<slug>.mdx).
 * Authored chapters have their own schema (authored.ts).
 */
import { z } from 'astro/zod';

export const articleSchema = z
  .object({
    /** Record number in file order (0 = first record of the digest). */
    index: z.number().int().nonnegative(),
    title: z.string().min(1),
    outlet: z.string().min(1),
    /** ISO date-time with offset: 2026-02-12T19:49+08:00. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+08:00$/, 'expected a date-time like 2026-02-12T19:49+08:00'),
    canonical: z.boolean(),
    /** Index of the canonical record this one retells; null for the canonical itself. */
    duplicate_of: z.number().int().nonnegative().nullable(),
    /** Character-3-gram Jaccard similarity to the canonical digest. */
    similarity: z.number().min(0).max(1),
  })
  .strict();

export const chapterSchema = z
  .object({
    source: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case ASCII slug like ch-1'),
    /** Reading order within the source, from 0. */
    order: z.number().int().nonnegative(),
    title: z.string().min(1),
    /** Digest chapters: the records of one story, canonical first. */
    articles: z.array(articleSchema).optional(),
    /** Digest chapters: a short label for the story. */
    story: z.string().optional(),
    /** Ids of sources that tell the same story. */
    related: z.array(z.string()).optional(),
    /** Slug of the chapter in the related source that tells it. */
    related_chapter: z.string().optional(),
    /** The chapter's own number in the source (第三章 → 3). */
    number: z.number().int().positive().optional(),
    /** The page the source's table of contents gives for it. */
    toc_page: z.number().int().positive().optional(),
    /** The source text stops inside this chapter. */
    truncated: z.boolean().optional(),
    /** Headings the source's table of contents lists but its body lacks. */
    missing_sections: z.array(z.string()).optional(),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
