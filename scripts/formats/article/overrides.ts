/**
 * seeds/overrides/<id>.json for an article (docs/formats/article.md, "Overrides"): what no rule
 * can derive — the chapter of a related source that tells the same story, and lines of site
 * chrome that read like text (a site's slogan).
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';

export const articleOverridesSchema = z
  .object({
    /** Slug of the chapter in the related source(s) this article belongs with. */
    related_chapter: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case chapter slug like life-economy').optional(),
    /** Whole lines (trimmed, exactly as in the file) that are the site's, not the article's: a slogan no rule can tell from text. */
    chrome_lines: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type ArticleOverrides = z.infer<typeof articleOverridesSchema>;

/** Parsed overrides ({} when the source has none), or one friendly message per bad field. */
export function parseOverrides(raw: unknown, file: string): { value: ArticleOverrides; errors: string[] } {
  if (raw === null || raw === undefined) return { value: {}, errors: [] };
  const r = articleOverridesSchema.safeParse(raw);
  if (r.success) return { value: r.data, errors: [] };
  // formatZodError prefixes the file; callers pass the file as the issue location instead.
  return { value: {}, errors: formatZodError(file, r.error, raw).map((m) => m.slice(file.length + 2)) };
}
