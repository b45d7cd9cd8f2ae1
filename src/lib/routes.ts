/**
 * Route data, computed once in TypeScript so .astro files stay thin: reports in reading order,
 * their chapters, neighbours and outline.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ReportEntry = CollectionEntry<'reports'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

export interface ReportRoute {
  report: ReportEntry['data'];
  chapters: ChapterEntry[];
}

/** Reports in manifest order (file order of the seeds), each with its chapters in order. */
export async function loadReports(): Promise<ReportRoute[]> {
  const [reports, chapters] = await Promise.all([getCollection('reports'), getCollection('chapters')]);
  const bySource = new Map<string, ChapterEntry[]>();
  for (const c of chapters) {
    const list = bySource.get(c.data.source) ?? [];
    list.push(c);
    bySource.set(c.data.source, list);
  }
  return reports
    .map((r) => ({
      report: r.data,
      chapters: (bySource.get(r.data.id) ?? []).sort((a, b) => a.data.order - b.data.order),
    }))
    .sort((a, b) => (a.report.file < b.report.file ? -1 : 1));
}

export interface ChapterRoute extends ReportRoute {
  chapter: ChapterEntry;
  prev?: ChapterEntry;
  next?: ChapterEntry;
}

export async function chapterRoutes(): Promise<ChapterRoute[]> {
  const out: ChapterRoute[] = [];
  for (const r of await loadReports()) {
    r.chapters.forEach((chapter, i) => out.push({ ...r, chapter, prev: r.chapters[i - 1], next: r.chapters[i + 1] }));
  }
  return out;
}

export interface OutlineItem {
  depth: number;
  slug: string;
  text: string;
}

/** Headings below the chapter title, for the page's table of contents. */
export function outline(headings: { depth: number; slug: string; text: string }[], maxDepth = 3): OutlineItem[] {
  return headings.filter((h) => h.depth > 1 && h.depth <= maxDepth).map((h) => ({ depth: h.depth, slug: h.slug, text: h.text.trim() }));
}
