/**
 * Page markers. A page ends with its number; odd pages open with the book title, even pages
 * with `一 chapter title`, chapter openers glue the book title to the chapter title. Only the
 * seam sequence (front matter 1, 2; body 1…19, the first two printed doubled) are page numbers:
 * each is searched after the previous one, so a digit in the prose is never taken.
 */
import type { CleanInput } from '../types.ts';
import type { TocEntry } from './toc.ts';
import { offsetMap, type Edit } from './offsets.ts';

const BOOK = '直播电商高质量发展报告';

export interface Seam {
  /** Body page whose marker was removed here; page + 1's emission starts at `at`. */
  page: number;
  /** Offset in the stripped text. */
  at: number;
}

export interface PageStrip {
  text: string;
  seams: Seam[];
  /** Input offset → stripped offset (a figure cut out before this step keeps its page). */
  map(offset: number): number;
}

/**
 * Body page of a stripped offset. A figure cut out next to a marker lands right at the seam
 * whichever side it was printed on (图 1 before `11`, 图 2 after `22` and the header); it
 * counts for the page that ends there, whose overflow it followed.
 */
export function pageAt(seams: readonly Seam[], offset: number): number {
  return 1 + seams.filter((s) => s.at < offset).length;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function stripPages(text: string, toc: readonly TocEntry[], bodyPages: number, input: CleanInput): PageStrip {
  const chapters = toc.filter((e) => e.level === 'chapter').map((e) => `${e.label} ${esc(e.title)}`);
  const header = `(?:${BOOK}|(?:${chapters.join('|') || '(?!)'}))`;
  // Digits before these are quantities, never page numbers.
  const follow = String.raw`(?=${header}|\d\.(?!\d)|[^\d.年月日%万亿个\s]|$)`;
  const sequence = [
    ...[1, 2].map((p) => ({ label: `front ${p}`, num: String(p) })),
    ...Array.from({ length: bodyPages }, (_, i) => ({ label: `page ${i + 1}`, num: i < 2 ? `${i + 1}${i + 1}` : String(i + 1) })),
  ];
  // A chapter opener glues the book title to the chapter title; chapter 一's comes right after
  // the TOC with no page number, so drop the book title before the numbered scan.
  const openers = toc.filter((e) => e.level === 'chapter').map((e) => esc(e.label + e.title));
  const bare = new RegExp(`${BOOK}(?=${openers.join('|') || '(?!)'})`, 'gu');
  const titles: Edit[] = [];
  const record = (m: RegExpExecArray): string => {
    titles.push({ at: m.index, removed: m[0].length, inserted: 0 });
    return '';
  };
  text = input.ledger.replaceAll(text, bare, record, 'page marker', 'removed');
  const markers: Edit[] = [];
  let out = '';
  let cursor = 0;
  const seams: PageStrip['seams'] = [];
  sequence.forEach((s, i) => {
    const re = new RegExp(String.raw`(?<![\d.])(?:(?<=。)${s.num}${follow}|${s.num}(?=${header}))(${header})?`, 'gu');
    re.lastIndex = cursor;
    const m = re.exec(text);
    if (!m) {
      input.issues.error(
        `expected page marker ${s.label} ("${s.num}" after a sentence end, or before a running header) after "${text.slice(Math.max(0, cursor - 15), cursor)}", found none; the page sequence must run front 1–2, body 1–${bodyPages}`,
        `seeds/${input.source.file}`,
      );
      return;
    }
    input.ledger.remove('page marker', m[0]);
    markers.push({ at: m.index, removed: m[0].length, inserted: 0 });
    out += text.slice(cursor, m.index);
    cursor = m.index + m[0].length;
    if (i >= 2) seams.push({ page: i - 1, at: out.length });
  });
  out += text.slice(cursor);
  const [a, b] = [offsetMap(titles), offsetMap(markers)];
  return { text: out, seams, map: (x) => b.forward(a.forward(x)) };
}
