/**
 * seeds/overrides/xiaohongshu-digests-2026.json: which story each cluster tells. No rule can
 * name a story, so the table maps a cluster's canonical record's raw title (as in the seed) to
 * its chapter slug, a short Chinese story label, and the manifest's related sources it shares.
 */
import { z } from 'astro/zod';
import { formatZodError } from '../../../src/schemas/errors.ts';
import type { IssueList } from '../../lib/issues.ts';

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
    /** Keyed by the canonical record's title exactly as written in the seed (ASCII punctuation). */
    stories: z.record(z.string().min(1), storySchema),
  })
  .strict();

export type DigestOverrides = z.infer<typeof digestOverridesSchema>;
export type StoryOverride = z.infer<typeof storySchema>;

export function parseOverrides(data: unknown, sourceId: string, issues: IssueList): DigestOverrides {
  const file = `seeds/overrides/${sourceId}.json`;
  if (data === null || data === undefined) {
    issues.warn(`expected ${file} with chapter slugs per story, found none; chapters fall back to story-N slugs`);
    return { stories: {} };
  }
  const parsed = digestOverridesSchema.safeParse(data);
  if (!parsed.success) {
    for (const line of formatZodError(file, parsed.error, data)) issues.error(line);
    return { stories: {} };
  }
  return parsed.data;
}
