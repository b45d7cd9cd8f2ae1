/**
 * seeds/overrides/<source id>.json of a news-digest source (optional; docs/formats/news-digest.md
 * "Overrides"): which story each cluster tells — no rule can name a story — and the tables a
 * chapter's text states in prose (read by scripts/extract/digest-tables.ts).
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { IssueList } from '../../lib/issues.ts';
import { statementTableSchema } from '../../extract/digest-tables.ts';

const storySchema = z
  .object({
    /** Chapter slug: short ASCII kebab-case. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case ASCII slug like ai-labelling'),
    /** Short Chinese label of the story, e.g. 生活经济. */
    story: z.string().min(1),
    /** Ids from the manifest entry's `related` that tell this same story. */
    related: z.array(z.string()).optional(),
    /** Slug of the chapter in the related source that tells the story in full. */
    related_chapter: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a chapter slug like article').optional(),
  })
  .strict();

export const digestOverridesSchema = z
  .object({
    /** Keyed by the canonical record's title exactly as written in the file (ASCII punctuation). */
    stories: z.record(z.string().min(1), storySchema).default({}),
    /** Tables stated in a chapter's prose (scripts/extract/digest-tables.ts). */
    statement_tables: z.array(statementTableSchema).optional(),
  })
  .strict();

export type DigestOverrides = z.infer<typeof digestOverridesSchema>;
export type StoryOverride = z.infer<typeof storySchema>;

/** The parsed overrides, or null when the source has none (or they do not validate). */
export function parseOverrides(data: unknown, sourceId: string, issues: IssueList): DigestOverrides | null {
  const file = `seeds/overrides/${sourceId}.json`;
  if (data === null || data === undefined) return null;
  const parsed = digestOverridesSchema.safeParse(data);
  if (!parsed.success) {
    for (const line of formatZodError(file, parsed.error, data)) issues.error(line, file, { rule: 'news-digest/overrides-schema', hint: `fix ${file}: see docs/formats/news-digest.md "Overrides"` });
    return null;
  }
  return parsed.data;
}
