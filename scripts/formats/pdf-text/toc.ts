/**
 * The table of contents is dropped from the body but kept (docs/formats/pdf-text.md, "TOC"):
 * its titles find headings that carry no numbering in the body (a PowerPoint report prints
 * `一、编制背景` in the TOC and `编制背景` on the page), its page numbers become chapter
 * metadata, and titles that no heading matches are reported. Entries come as `title<TAB>page`,
 * `title……page`, `title ..... page`, or a title whose page number stands on a line of its own.
 */
import type { Chapter } from '../../lib/doc.ts';
import { inlineText } from '../../lib/measure.ts';
import { widenPunctuation } from '../../lib/text.ts';
import type { Ctx } from './context.ts';
import { CN_NUM } from './context.ts';
import { spaceText } from './inline.ts';
import type { Line } from './lines.ts';
import { PAGED_ENTRY } from './regions.ts';

export interface TocEntry {
  title: string;
  page: number | null;
  line: Line;
  /** An entry of a 图目录 / 表目录: not a heading. */
  list: boolean;
}

const MARKER = /^(?:目录|目次)$/u;
const LIST_MARKER = /^(?:图|表|图表)目录$/u;
const PAGE_ONLY = /^\d{1,3}$/;
const NUMBERING = new RegExp(`^(?:第${CN_NUM}[章部篇节]|${CN_NUM}、|[（(]${CN_NUM}[)）]|\\d{1,2}\\s*[．.、]|[（(]\\d{1,2}[)）])\\s*`, 'u');

const clean = (s: string): string => spaceText(widenPunctuation(spaceText(s)));

/** A title without its numbering and spaces, for matching a heading printed without it. */
export function bareTitle(s: string): string {
  return s.replace(/\s+/g, '').replace(NUMBERING, '').replace(/^(附件|附录)[：:]/u, '$1').replace(/[.．·…]+$/u, '');
}

export function parseToc(lines: readonly Line[], ctx: Ctx): TocEntry[] {
  const entries: TocEntry[] = [];
  let list = false;
  for (const line of lines) {
    if (line.text === '') continue;
    ctx.ledger.remove('table of contents', line.text);
    const squeezed = line.text.replace(/\s+/g, '');
    if (MARKER.test(squeezed) || LIST_MARKER.test(squeezed)) {
      list = LIST_MARKER.test(squeezed);
      continue;
    }
    const last = entries[entries.length - 1];
    if (PAGE_ONLY.test(line.text)) {
      // The page number of the title above, printed on a line of its own.
      if (last && last.page === null) last.page = Number(line.text);
      continue;
    }
    const m = /^(.+?)\.*\t(\d+)$/.exec(line.text) ?? PAGED_ENTRY.exec(line.text);
    const title = m ? (m[1] ?? m[3] ?? '') : line.text;
    if (m && last && last.page === null && !NUMBERING.test(title) && !/^(?:第|附件|附录)/.test(title) && last.line.width >= 40) {
      // A long title wrapped onto a second line (`…携手构建网络空间` / `命运共同体 ......54`).
      last.title = clean(last.title + title.replace(/[.．·…\s]+$/u, ''));
      last.page = m ? Number(m[2] ?? m[4]) : null;
      continue;
    }
    if (m) entries.push({ title: clean(title.replace(/[.．·…\s]+$/u, '')), page: Number(m[2] ?? m[4]), line, list });
    else entries.push({ title: clean(line.text), page: null, line, list });
  }
  return entries;
}

/** Headings of every depth, as plain text, in order. */
function headings(chapters: readonly Chapter[]): string[] {
  const out: string[] = [];
  for (const ch of chapters) for (const b of ch.blocks) if (b.type === 'heading') out.push(inlineText(b.children));
  return out;
}

/**
 * Every TOC title should be a heading (numbering and spacing aside). Titles no heading matches
 * are reported once, with the first few of them: the outline is published as found.
 */
export function checkToc(chapters: readonly Chapter[], toc: readonly TocEntry[], ctx: Ctx): number {
  const found = new Set(headings(chapters).map(bareTitle));
  const wanted = toc.filter((e) => !e.list);
  const missing = wanted.filter((e) => !found.has(bareTitle(e.title)));
  if (missing.length)
    ctx.issues.warn(
      `outline: expected the ${wanted.length} titles of the table of contents as headings, found ${wanted.length - missing.length}; not found: ${missing
        .slice(0, 3)
        .map((e) => `"${e.title}"`)
        .join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`,
      ctx.at(missing[0]!.line.offset),
      { rule: 'pdf-text/toc-mismatch', hint: 'the headings are published as the body prints them; nothing to fix unless a heading was lost' },
    );
  return wanted.length - missing.length;
}
