/**
 * Sentences of a paragraph or list item, as exact contiguous slices: their texts joined give
 * the input back, so a quote is always a substring of the chapter text.
 *
 * A sentence ends at 。！？ (ASCII !? too) plus any closing quotes or brackets right after it.
 * It also ends at ； when both the clause before it and the text after it run to at least
 * SEMICOLON_MIN characters: these reports chain whole statements with ； (002's history runs
 * eight years through one 。, 000 writes "…12.59亿次；“惊喜”…"), and a quote that long hides the
 * number; short ；-runs are enumerations (一是…；二是…) that read badly cut apart.
 * Whitespace after a boundary stays with the sentence before it, so every sentence starts on ink.
 *
 * No sentence is longer than MAX_SENTENCE (grammar/bounds.ts): text that has lost its
 * punctuation is cut after its last clause break or space within that length, else at the last
 * place that does not split a number, a unit or a Latin word. One pass, constant work per
 * character.
 */
import { MAX_SENTENCE, charge } from './grammar/bounds.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const SEMICOLON_MIN = 12;

const TERMINAL = /[。！？!?]/;
const SEMICOLON = /[；;]/;
const CLOSING = /[”’」』）》)\]"'】]/;
/** Where an over-long run may be cut: after a clause break or a space. */
const SOFT = /[，,、；;：:\s]/;
/** Characters a forced cut never separates: digits, numerals, magnitudes, number signs, Latin letters. */
const BOUND = /[\d０-９.．,，%％+＋\-–—~～/零〇一二两三四五六七八九十百千万亿A-Za-z]/;
/** A number within this many characters before a cut may still be followed by its unit (个百分点, 元人民币). */
const NUMERIC = /[\d０-９零〇一二两三四五六七八九十百千万亿]/;
const UNIT_REACH = 5;
/** How far back from the limit a forced cut looks for a place that splits nothing. */
const HARD_LOOKBACK = 40;

const isInk = (ch: string): boolean => !/\s/.test(ch);

/** A URL's own ? ! ; never end a sentence (the quantity masks need the URL whole). */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+=%;,]+/g;
function urlMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(URL)) {
    // Sentence punctuation right after a URL belongs to the prose.
    const url = m[0].replace(/[.,;:!?]+$/, '');
    mask.fill(1, m.index, m.index + url.length);
  }
  return mask;
}

/**
 * A forced cut at or before `limit` (and after `start`): where it splits no number, no unit
 * after a number and no Latin word; failing that, where it splits no number or word; failing
 * that, at the limit (never inside a surrogate pair).
 */
function hardCut(text: string, start: number, limit: number): number {
  const from = Math.max(start + 1, limit - HARD_LOOKBACK);
  const lowSurrogate = (p: number): boolean => text[p] !== undefined && text[p]! >= '\udc00' && text[p]! <= '\udfff';
  const apart = (p: number): boolean => !BOUND.test(text[p - 1]!) && !BOUND.test(text[p]!) && !lowSurrogate(p);
  for (let p = limit; p >= from; p--) if (apart(p) && !NUMERIC.test(text.slice(Math.max(start, p - UNIT_REACH), p))) return p;
  for (let p = limit; p >= from; p--) if (apart(p)) return p;
  return lowSurrogate(limit) ? limit - 1 : limit;
}

export function splitSentences(text: string): Sentence[] {
  charge(text.length);
  const inUrl = urlMask(text);
  const out: Sentence[] = [];
  let start = 0;
  // The index of the last character that is not whitespace: the length of the text after a
  // semicolon, trimmed, without slicing it.
  let lastInk = text.length - 1;
  while (lastInk >= 0 && !isInk(text[lastInk]!)) lastInk--;
  // Within the current sentence: its first ink, the last ink seen, and the last soft break.
  let firstInk = -1;
  let prevInk = -1;
  let soft = -1;
  const cut = (end: number): void => {
    while (end < text.length && /\s/.test(text[end]!)) end++;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
    firstInk = -1;
    prevInk = -1;
    soft = -1;
  };
  for (let i = 0; i < text.length; i++) {
    if (i - start >= MAX_SENTENCE) {
      // An unterminated run: cut after its last soft break, else where nothing is split.
      cut(soft > start ? soft : hardCut(text, start, i));
      i = start - 1;
      continue;
    }
    const ch = text[i]!;
    if (TERMINAL.test(ch) && !inUrl[i]) {
      let end = i + 1;
      while (end < text.length && (TERMINAL.test(text[end]!) || CLOSING.test(text[end]!))) end++;
      if (end >= text.length) break;
      cut(end);
      i = start - 1;
      continue;
    }
    if (SEMICOLON.test(ch) && !inUrl[i]) {
      // text.slice(start, i).trim().length and text.slice(i + 1).trim().length, counted in place.
      const before = firstInk < 0 ? 0 : prevInk - firstInk + 1;
      let next = i + 1;
      while (next <= lastInk && !isInk(text[next]!)) next++;
      const after = next > lastInk ? 0 : lastInk - next + 1;
      if (before >= SEMICOLON_MIN && after >= SEMICOLON_MIN) {
        cut(i + 1);
        i = start - 1;
        continue;
      }
    }
    if (isInk(ch)) {
      if (firstInk < 0) firstInk = i;
      prevInk = i;
    }
    if (SOFT.test(ch)) soft = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}
