/**
 * One chapter per story cluster: the canonical (earliest) digest rendered in full, the other
 * outlets' digests as 同题报道 variants. No record is ever dropped: every variant has bullets
 * the others lack.
 */
import type { Block, Chapter, JsonValue } from '../../lib/doc.ts';
import type { IssueList } from '../../lib/issues.ts';
import type { CleanSource as Source } from '../types.ts';
import type { Clustering } from './cluster.ts';
import type { DigestOverrides } from './overrides.ts';
import type { CleanRecord, CleanSection, RecordPart } from './sections.ts';

const text = (value: string) => [{ type: 'text' as const, value }];

function sectionBlocks(sections: readonly CleanSection[], depth: 2 | 3): Block[] {
  return sections.flatMap((s): Block[] => [
    ...(s.heading ? [{ type: 'heading' as const, depth, children: text(s.heading) }] : []),
    ...(s.items.length > 0 ? [{ type: 'list' as const, items: s.items }] : []),
  ]);
}

function partBlocks(parts: readonly RecordPart[], depth: 2 | 3): Block[] {
  return parts.flatMap((p) => (p.type === 'sections' ? sectionBlocks(p.sections, depth) : p.items.map((children): Block => ({ type: 'paragraph', children }))));
}

/** A leading 核心观点 section is the digest's own summary: shown as a key-points callout. */
function canonicalBlocks(rec: CleanRecord): Block[] {
  const [part, ...more] = rec.parts;
  if (part?.type === 'sections') {
    const [first, ...rest] = part.sections;
    if (first && first.heading.includes('核心观点') && first.items.length > 0)
      return [
        { type: 'callout', kind: 'keypoints', title: text(first.heading), children: [{ type: 'list', items: first.items }] },
        ...partBlocks([{ type: 'sections', sections: rest }, ...more], 2),
      ];
  }
  return partBlocks(rec.parts, 2);
}

/** The outlet of a record whose dateline names none. */
export const NO_OUTLET = '未署名';

function variantBlock(rec: CleanRecord): Block {
  return {
    type: 'callout',
    kind: 'variant',
    title: text(rec.title),
    attrs: { outlet: rec.outlet ?? NO_OUTLET, published: rec.published },
    children: partBlocks(rec.parts, 3),
  };
}

/** Earliest publication wins; at equal times the later line in the (newest-first) file is older. */
function canonicalOf(members: readonly CleanRecord[]): CleanRecord {
  return members.reduce((a, b) => (b.published < a.published || (b.published === a.published && b.index > a.index) ? b : a));
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export interface ChapterContext {
  records: readonly CleanRecord[];
  clustering: Clustering;
  /** Null when the source has no overrides file: slugs are story-N without a warning. */
  overrides: DigestOverrides | null;
  source: Source;
  issues: IssueList;
  /** Record indexes whose text the page cuts off. */
  truncated: ReadonlySet<number>;
}

export function buildChapters({ records, clustering, overrides, source, issues, truncated }: ChapterContext): Chapter[] {
  const overrideFile = `seeds/overrides/${source.id}.json`;
  const stories = clustering.clusters
    .map((idx) => idx.map((i) => records[i]!))
    .map((members) => ({ members, canonical: canonicalOf(members) }))
    .sort((a, b) => a.canonical.index - b.canonical.index);
  const used = new Set<string>();
  const chapters = stories.map(({ members, canonical }, n): Chapter => {
    const o = overrides?.stories[canonical.rawTitle];
    used.add(canonical.rawTitle);
    if (!o && overrides && Object.keys(overrides.stories).length > 0)
      issues.warn(`expected an entry for the story titled "${canonical.rawTitle}" in ${overrideFile} stories, found none`, overrideFile, {
        rule: 'news-digest/story-without-override',
        hint: `its chapter falls back to slug story-${n + 1}; add {"slug": "…", "story": "…"} under that exact title`,
      });
    const others = members.filter((m) => m !== canonical).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : b.index - a.index));
    const sim = clustering.similarity[records.indexOf(canonical)]!;
    const meta: Record<string, JsonValue> = {
      articles: [canonical, ...others].map((r) => ({
        index: r.index,
        title: r.title,
        outlet: r.outlet ?? NO_OUTLET,
        published: r.published,
        canonical: r === canonical,
        duplicate_of: r === canonical ? null : canonical.index,
        similarity: round3(sim[records.indexOf(r)]!),
      })),
      story: o?.story ?? canonical.title,
    };
    if (members.some((m) => truncated.has(m.index))) meta.truncated = true;
    if (o?.related) {
      for (const id of o.related)
        if (!source.related.includes(id))
          issues.error(`${overrideFile}: stories["${canonical.rawTitle}"].related: expected an id from the manifest's related list (${source.related.join(', ') || 'empty'}), found "${id}"`, overrideFile, {
            rule: 'news-digest/override-related',
            hint: 'add it to the entry\'s related list in seeds/sources.json, or remove it here',
          });
      meta.related = o.related.filter((id) => source.related.includes(id));
      if (o.related_chapter) meta.related_chapter = o.related_chapter;
    }
    return {
      slug: o?.slug ?? `story-${n + 1}`,
      title: canonical.title,
      blocks: [{ type: 'heading', depth: 1, children: text(canonical.title) }, ...canonicalBlocks(canonical), ...others.map(variantBlock)],
      footnotes: [],
      meta,
    };
  });
  for (const title of Object.keys(overrides?.stories ?? {}))
    if (!used.has(title))
      issues.warn(`${overrideFile}: stories["${title}"]: expected the canonical title of a story, found no story with that title`, overrideFile, {
        rule: 'news-digest/stale-override',
        hint: 'fix the title (exactly as written in the source file) or remove the entry',
      });
  const slugs = new Set<string>();
  for (const c of chapters) {
    if (slugs.has(c.slug))
      issues.error(`${overrideFile}: expected unique chapter slugs, found "${c.slug}" twice`, overrideFile, { rule: 'news-digest/duplicate-slug', hint: 'give each story its own slug' });
    slugs.add(c.slug);
  }
  const linked = new Set(chapters.flatMap((c) => (Array.isArray(c.meta.related) ? c.meta.related : [])));
  for (const id of source.related ?? [])
    if (!linked.has(id))
      issues.warn(`expected a story linked to related source "${id}" (manifest related), found none`, overrideFile, {
        rule: 'news-digest/related-unlinked',
        hint: `add "related": ["${id}"] to its story in ${overrideFile}`,
      });
  return chapters;
}
