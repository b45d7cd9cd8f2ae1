/** What every pdf-text sub-step needs besides its own input: the raw text for locations and the books. */
import type { IssueList } from '../../lib/issues.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { lineCol } from '../../lib/text.ts';

/** Markdown-like markup some exporters write. Off unless a document's overrides turn it on:
 * source text is never read as markup by default (`**` and `<…>` stay literal). */
export interface Markup {
  /** `**…**` is bold. */
  bold: boolean;
  /** `<https://…>` is a link whose angle brackets are not text. */
  angleLinks: boolean;
}

export interface Ctx {
  text: string;
  markup: Markup;
  /** Hard-wrapped export: a space between two Han characters is justification, not text. */
  wrapped: boolean;
  ledger: Ledger;
  issues: IssueList;
  /** "seeds/<file>:line:col" for a raw offset. */
  at(offset: number): string;
  /** Format counts for doc.stats (links.angle, boldSpans…). */
  counts: Map<string, number>;
  count(key: string, by?: number): void;
}

export function makeCtx(text: string, file: string, ledger: Ledger, issues: IssueList, markup: Markup = { bold: false, angleLinks: false }): Ctx {
  const counts = new Map<string, number>();
  return {
    text,
    markup,
    wrapped: false,
    ledger,
    issues,
    counts,
    count(key, by = 1) {
      counts.set(key, (counts.get(key) ?? 0) + by);
    },
    at(offset) {
      const { line, col } = lineCol(text, offset);
      return `seeds/${file}:${line}:${col}`;
    },
  };
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九十九 → number (chapter, section and case numbers); NaN when it is not one. */
export function cnNumber(s: string): number {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return NaN;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && !ones ? (CN_DIGITS[tens] ?? NaN) : NaN;
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

export const CN_NUM = '[一二三四五六七八九十]+';
