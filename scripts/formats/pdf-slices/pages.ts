/**
 * Page markers (docs/formats/pdf-slices.md, "Running headers and page numbers"). A page ends with
 * its number; pages open with the running header (learned from the document, header.ts) or with
 * `一 chapter title`; chapter openers glue the header to the chapter title. Only a sequence of
 * page numbers is taken, each searched after the previous one, so a digit in the prose is never
 * taken for a page number. The sequence is the override's `pages` plan when given (front matter
 * numbered separately, numbers the text layer printed doubled), else found: each next page is
 * the earlier of n+1 and (once) a restart at 1, either printed once or doubled (`11`).
 */
import type { CleanInput } from '../types.ts';
import type { TocEntry } from './toc.ts';
import { offsetMap, type Edit } from './offsets.ts';

export interface PagePlan {
  /** Pages numbered before the body's own 1 (前言 1, 2). */
  front: number;
  /** Body pages. */
  body: number;
  /** Body pages whose number the text layer printed twice (`11`, `22`). */
  doubled: number[];
}
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

export function stripPages(text: string, toc: readonly TocEntry[], book: string, plan: PagePlan | null, input: CleanInput): PageStrip {
  const chapters = toc.filter((e) => e.level === 'chapter').map((e) => `${e.label} ${esc(e.title)}`);
  const header = `(?:${esc(book)}|(?:${chapters.join('|') || '(?!)'}))`;
  // Digits before these are quantities, never page numbers.
  const follow = String.raw`(?=${header}|\d\.(?!\d)|[^\d.年月日%万亿个\s]|$)`;
  const marker = (num: string): RegExp =>
    new RegExp(String.raw`(?<![\d.])(?:(?<=。)${num}${follow}|${num}(?=${header}))(${header})?`, 'gu');
  // A chapter opener glues the running header to the chapter title; chapter 一's comes right
  // after the TOC with no page number, so drop the header before the numbered scan.
  const openers = toc.filter((e) => e.level === 'chapter').map((e) => esc(e.label + e.title));
  const bare = new RegExp(`${esc(book)}(?=${openers.join('|') || '(?!)'})`, 'gu');
  const titles: Edit[] = [];
  const record = (m: RegExpExecArray): string => {
    titles.push({ at: m.index, removed: m[0].length, inserted: 0 });
    return '';
  };
  text = input.ledger.replaceAll(text, bare, record, 'page marker', 'removed');
  const markers: Edit[] = [];
  let out = '';
  let cursor = 0;
  const found: { body: boolean; page: number; at: number }[] = [];
  const take = (m: RegExpExecArray): void => {
    input.ledger.remove('page marker', m[0]);
    markers.push({ at: m.index, removed: m[0].length, inserted: 0 });
    out += text.slice(cursor, m.index);
    cursor = m.index + m[0].length;
  };
  const find = (num: string): RegExpExecArray | null => {
    const re = marker(num);
    re.lastIndex = cursor;
    return re.exec(text);
  };
  if (plan) {
    const sequence = [
      ...Array.from({ length: plan.front }, (_, i) => ({ label: `front ${i + 1}`, num: String(i + 1), body: 0 })),
      ...Array.from({ length: plan.body }, (_, i) => ({ label: `page ${i + 1}`, num: plan.doubled.includes(i + 1) ? `${i + 1}${i + 1}` : String(i + 1), body: i + 1 })),
    ];
    for (const s of sequence) {
      const m = find(s.num);
      if (!m) {
        input.issues.warn(
          `expected page marker ${s.label} ("${s.num}" after a sentence end, or before a running header) after "${text.slice(Math.max(0, cursor - 15), cursor)}", found none`,
          `seeds/${input.source.file}`,
          { rule: 'pdf-slices/page-sequence', hint: `check "pages" in seeds/overrides/${input.source.id}.json; later page numbers are still searched` },
        );
        continue;
      }
      take(m);
      if (s.body) found.push({ body: true, page: s.body, at: out.length });
    }
  } else {
    // Found: continue n → n+1, or restart at 1 once (front matter numbered on its own).
    let page = 0;
    let restarted = false;
    for (;;) {
      const next = [String(page + 1), `${page + 1}${page + 1}`].map(find).filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
      const again = page > 0 && !restarted ? ['1', '11'].map(find).filter((m) => m !== null).sort((a, b) => a.index - b.index)[0] : undefined;
      const m = again && (!next || again.index < next.index) ? again : next;
      if (!m) break;
      if (m === again) {
        restarted = true;
        for (const f of found) f.body = false;
        page = 1;
      } else page++;
      take(m);
      found.push({ body: true, page, at: out.length });
    }
    if (page === 0)
      input.issues.warn(`expected page numbers glued to the running header "${book}", found none`, `seeds/${input.source.file}`, {
        rule: 'pdf-slices/page-sequence',
        hint: 'page numbers may remain in the text; give a "pages" plan in the overrides file',
      });
  }
  out += text.slice(cursor);
  const seams: Seam[] = found.filter((f) => f.body).map((f) => ({ page: f.page, at: f.at }));
  const [a, b] = [offsetMap(titles), offsetMap(markers)];
  return { text: out, seams, map: (x) => b.forward(a.forward(x)) };
}
