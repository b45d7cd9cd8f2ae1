/**
 * The document's outline comes from its TOC: each entry is found in the body with a sequential
 * indexOf. Never a heading regex — `\d\.\d` patterns hit numbers such as 3.2倍 far more often
 * than headings.
 */
import type { Ledger } from '../../lib/ledger.ts';

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九, as used in chapter numbers. */
export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (CN_DIGITS[s.slice(ten + 1)] ?? NaN);
  const n = tens * 10 + ones;
  return Number.isNaN(n) ? null : n;
}

export type EntryKind = { kind: 'chapter'; n: number; title: string } | { kind: 'section'; depth: 2 | 3; num: string; title: string };

/** What a TOC entry is: 一、项目概述 (chapter) or 1.1项目背景 (section; 1.1.1 → depth 3). */
export function classifyEntry(entry: string): EntryKind | null {
  const ch = /^([一二三四五六七八九十]+)、(.+)$/u.exec(entry);
  if (ch) {
    const n = chineseNumber(ch[1] ?? '');
    return n === null ? null : { kind: 'chapter', n, title: entry };
  }
  const sec = /^(\d{1,2}(?:\.\d{1,2}){1,2})(.+)$/u.exec(entry);
  if (sec) {
    const num = sec[1] ?? '';
    return { kind: 'section', depth: num.split('.').length === 2 ? 2 : 3, num, title: (sec[2] ?? '').trim() };
  }
  return null;
}

/**
 * The TOC writes quotes as ASCII `"` (7.1–7.3) where the body has “ ”: curl them in pairs so
 * the entries match the body.
 */
export function curlTocQuotes(entry: string, ledger: Ledger): string {
  let open = true;
  return ledger.replaceAll(entry, /"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  }, 'TOC quotes curled');
}

/** Offset of each entry in the body, or -1 where the body lacks it (a missing section). */
export function locateHeadings(entries: readonly string[], body: string): number[] {
  let cursor = 0;
  return entries.map((e) => {
    const at = body.indexOf(e, cursor);
    if (at >= 0) cursor = at + e.length;
    return at;
  });
}
