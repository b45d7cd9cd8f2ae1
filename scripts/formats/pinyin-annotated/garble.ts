/**
 * Garbled spans. The annotations were inserted into GBK bytes by search and replace; where a
 * target straddled two characters the decoder produced `?` and mis-paired what followed. A
 * one-byte re-decode cannot recover the lost byte, so a per-source table repairs the raw text,
 * and a check fails the build on anything that still looks garbled.
 */
import { CJK_PUNCT, HAN, excerpt } from '../../lib/text.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { type Repair, overridesPath } from './overrides.ts';
import { PINYIN_CLASS, TONE_LOOKAHEAD, TONED } from './annotations.ts';
import { type Tracked, rawOffset, rewrite } from './tracked.ts';

export interface Locator {
  /** "seeds/<file>:line:col" for a raw offset. */
  at(rawOffset: number): string;
  sourceId: string;
}

export interface Problem {
  message: string;
  location: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apply each repair to every occurrence of its raw span; a count that differs is a problem. */
export function repairGarble(
  t: Tracked,
  repairs: readonly Repair[],
  ledger: Ledger,
  where: Locator,
): { text: Tracked; spans: number; marks: number; problems: Problem[] } {
  const problems: Problem[] = [];
  let spans = 0;
  let marks = 0;
  repairs.forEach((r, i) => {
    const re = new RegExp(escapeRe(r.raw), 'g');
    const found = [...t.text.matchAll(re)];
    if (found.length !== r.count) {
      const first = found[0];
      problems.push({
        message: `garble repair ${i + 1} "${excerpt(r.raw)}": expected ${r.count} occurrence${r.count === 1 ? '' : 's'}, found ${found.length}; update "count" in ${overridesPath(where.sourceId)} or fix the pattern`,
        location: first ? where.at(rawOffset(t, first.index)) : overridesPath(where.sourceId),
      });
    }
    t = rewrite(t, re, (m) => {
      ledger.replace('garbled span repaired', m[0], r.clean);
      spans++;
      marks += [...m[0]].filter((c) => c === '?').length;
      return r.clean;
    });
  });
  return { text: t, spans, marks, problems };
}

const CJK = `[${HAN}${CJK_PUNCT}]`;
const LEFTOVER_MARK = new RegExp(`(?<=${CJK})\\?+(?=${CJK})`, 'gu');
const BROKEN_ANNOTATION = new RegExp(`\\?${TONE_LOOKAHEAD}[${PINYIN_CLASS}]{1,6}\\)`, 'gu');
const TONE_LETTER = new RegExp(`[${TONED}]`, 'gu');
const OPENERS: Record<string, string> = { ')': '(', '）': '（' };

const FIX = (sourceId: string): string =>
  `add the raw span and its repair to ${overridesPath(sourceId)}`;

/**
 * Run on the stripped text: anything here means a garbled span the table did not repair. Each
 * problem carries the raw location.
 */
export function findLeftoverGarble(t: Tracked, where: Locator): Problem[] {
  const problems: Problem[] = [];
  const context = (i: number, len: number): string =>
    excerpt(t.text.slice(Math.max(0, i - 8), i + len + 8).replace(/\n/g, ' '), 40);
  const report = (i: number, len: number, what: string): void => {
    problems.push({
      message: `leftover garble: ${what} in "${context(i, len)}"; expected every garbled span to be repaired before stripping annotations; ${FIX(where.sourceId)}`,
      location: where.at(rawOffset(t, i)),
    });
  };
  const broken = new Set<number>();
  for (const m of t.text.matchAll(BROKEN_ANNOTATION)) {
    report(m.index, m[0].length, `broken annotation "${m[0]}" (its "(" was lost)`);
    for (let i = m.index; i < m.index + m[0].length; i++) broken.add(i);
  }
  for (const m of t.text.matchAll(LEFTOVER_MARK)) if (!broken.has(m.index)) report(m.index, m[0].length, `"${m[0]}" between CJK characters`);
  for (const m of t.text.matchAll(TONE_LETTER)) if (!broken.has(m.index)) report(m.index, 1, `tone-marked letter "${m[0]}"`);
  problems.push(...unbalancedBrackets(t, where));
  return problems;
}

function unbalancedBrackets(t: Tracked, where: Locator): Problem[] {
  const problems: Problem[] = [];
  const open: { ch: string; i: number }[] = [];
  const report = (i: number, what: string): void => {
    problems.push({
      message: `unbalanced brackets: ${what} in "${excerpt(t.text.slice(Math.max(0, i - 8), i + 12).replace(/\n/g, ' '), 40)}"; expected every "(" to close on the same line; a garbled span probably ate one — ${FIX(where.sourceId)}`,
      location: where.at(rawOffset(t, i)),
    });
  };
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i] ?? '';
    if (ch === '(' || ch === '（') open.push({ ch, i });
    else if (ch === ')' || ch === '）') {
      const top = open.pop();
      if (!top) report(i, `"${ch}" without an opening bracket`);
      else if (top.ch !== OPENERS[ch]) report(i, `"${top.ch}" closed by "${ch}"`);
    } else if (ch === '\n') {
      for (const o of open.splice(0)) report(o.i, `"${o.ch}" never closed`);
    }
  }
  for (const o of open) report(o.i, `"${o.ch}" never closed`);
  return problems;
}
