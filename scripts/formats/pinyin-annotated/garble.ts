/**
 * Garbled spans. The annotations were inserted into GBK bytes by search and replace; where a
 * target straddled two characters (the trail byte of 當 and the lead byte of 地 read as 數) the
 * annotation landed inside a character, the decoder produced `?` and mis-paired what followed
 * until an ASCII byte put it back in step (`當(dāng)?shù)剞r(nóng)戶`). Three steps, in order:
 * the source's own repair table (seeds/overrides/<id>.json), then an automatic re-decode of each
 * remaining span (autoRepair), then a check that reports anything still garbled as a warning.
 * A bare character without an annotation is normal, never a garble. See
 * docs/formats/pinyin-annotated.md.
 */
import { CJK_PUNCT, HAN, excerpt } from '../../lib/text.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { type Repair, overridesPath } from './overrides.ts';
import { PINYIN_CLASS, TONE_LOOKAHEAD, TONED } from './annotations.ts';
import { type Tracked, rawOffset, rewrite } from './tracked.ts';
import { decodePair, encodeChar } from './gbk.ts';
import type { Readings } from './readings.ts';

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

export const FIX = (sourceId: string): string =>
  `add the raw span and its repair to ${overridesPath(sourceId)}`;

/**
 * Run on the stripped text: anything here means a garbled span the table did not repair. Each
 * problem carries the raw location.
 */
export function findLeftoverGarble(t: Tracked, where: Locator, limit = Infinity): Problem[] {
  const problems: Problem[] = [];
  const context = (i: number, len: number): string =>
    excerpt(t.text.slice(Math.max(0, i - 8), i + len + 8).replace(/\n/g, ' '), 40);
  const report = (i: number, len: number, what: string): void => {
    if (problems.length >= limit) return;
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
  for (const m of t.text.matchAll(LEFTOVER_MARK)) if (!broken.has(m.index) && !isQuestionMark(t.text, m.index)) report(m.index, m[0].length, `"${m[0]}" between CJK characters`);
  for (const m of t.text.matchAll(TONE_LETTER)) if (!broken.has(m.index)) report(m.index, 1, `tone-marked letter "${m[0]}"`);
  problems.push(...unbalancedBrackets(t, where).slice(0, Math.max(0, limit - problems.length)));
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

/** Shown for a character whose bytes the garble destroyed (缺字符号). */
export const MISSING = '□';

const SYLLABLE = `${TONE_LOOKAHEAD}[${PINYIN_CLASS}]{1,6}`;
const BROKEN_AT = new RegExp(`^\\?(${SYLLABLE})\\)`, 'u');
const ANNOTATION_AT = new RegExp(`^\\((${SYLLABLE})\\)`, 'u');
const ANNOTATION_BEFORE = new RegExp(`\\((${SYLLABLE})\\)$`, 'u');
const QUESTION_WORD = /[吗嗎呢么麼何哪谁誰怎几幾否]/;
const CLAUSE_END = /[。！？!;；\n]/;
const HAN_CHAR = /^\p{Script=Han}$/u;

export interface AutoRepair {
  /** Offsets in the text repaired. */
  start: number;
  end: number;
  raw: string;
  clean: string;
  /** Characters that could not be recovered, shown as □. */
  unknown: number;
}

type Unit = { ch: string } | { lead: number } | { trail: number } | { lost: true };

/** A `?` that ends a question (为什么?) rather than a lost byte. */
function isQuestionMark(text: string, i: number): boolean {
  if (text[i + 1] === '?') return false;
  let clause = '';
  for (let k = i - 1; k >= 0 && i - k <= 20 && !CLAUSE_END.test(text[k] ?? ''); k--) clause = (text[k] ?? '') + clause;
  return QUESTION_WORD.test(clause);
}

/** Trail byte of the character before offset i (skipping its own annotation), if it has one. */
function trailBefore(text: string, i: number): number | null {
  const m = ANNOTATION_BEFORE.exec(text.slice(Math.max(0, i - 10), i));
  const at = m ? i - m[0].length - 1 : i - 1;
  return at >= 0 ? (encodeChar(text[at] ?? '')?.[1] ?? null) : null;
}

/** The one character read `syllable` whose GBK byte at `pos` is `byte`, or null. */
function byReading(readings: Readings, syllable: string | undefined, pos: 0 | 1, byte: number | null): string | null {
  if (syllable === undefined || byte === null) return null;
  const hits = [...(readings.bySyllable.get(syllable) ?? [])].filter((h) => encodeChar(h)?.[pos] === byte);
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

const isNonAscii = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) > 0x7f;

/**
 * Re-decode each garbled span left in `text` (raw, annotations still in). A broken annotation
 * `?shù)` names the character the annotation was meant for; its bytes give the byte the `?` ate,
 * and the following characters are decoded again one byte later until an ASCII byte ends the
 * run. A byte no rule can recover becomes □, unless exactly one candidate character forms, with
 * a neighbour, a pair the page spells at least twice elsewhere (`context`).
 */
export function autoRepair(text: string, readings: Readings, context: string): AutoRepair[] {
  const out: AutoRepair[] = [];
  let pairs: Map<string, number> | undefined;
  const re = /\?+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const n = m[0].length;
    const broken = BROKEN_AT.exec(text.slice(i, i + 10));
    if (!broken && (isQuestionMark(text, i) || (!isNonAscii(text[i - 1]) && !isNonAscii(text[i + n])))) continue;
    const units: Unit[] = [];
    let pending: number | 'lost' | null;
    let j: number;
    if (broken) {
      const q = trailBefore(text, i);
      const meant = byReading(readings, broken[1], 0, q);
      pending = meant ? (encodeChar(meant)?.[1] ?? 'lost') : 'lost';
      j = i + broken[0].length;
    } else {
      for (let k = 1; k < n; k++) units.push({ lost: true });
      pending = 'lost';
      j = i + n;
    }
    const flush = (): void => {
      if (pending !== null) units.push(pending === 'lost' ? { lost: true } : { lead: pending });
      pending = null;
    };
    for (; j < text.length; j++) {
      const c = text[j] ?? '';
      const code = c.charCodeAt(0);
      if (c === '?') {
        if (pending === null) break;
        const again = BROKEN_AT.exec(text.slice(j, j + 10));
        // `?guī)` while a lead byte waits: the annotated character is that lead and its trail.
        const meant = again && pending !== 'lost' ? byReading(readings, again[1], 0, pending) : null;
        if (again && meant) {
          units.push({ ch: meant });
          pending = null;
          j += again[0].length;
        } else {
          flush();
          j++;
        }
        break;
      }
      if (code < 0x80) {
        if (pending === null) break;
        if (code >= 0x40 && code <= 0x7e) {
          const ann = ANNOTATION_AT.exec(text.slice(j + 1, j + 10));
          const annotated = byReading(readings, ann?.[1], 1, code);
          const ch = pending === 'lost' ? null : decodePair(pending, code);
          if (ch && (!ann || readings.byChar.get(ch)?.has(ann[1] ?? ''))) units.push({ ch });
          else {
            // The pair does not read as annotated: a pair was dropped in between, and this byte
            // ends the annotated character.
            if (pending !== 'lost' && ann) units.push({ lead: pending });
            units.push(annotated ? { ch: annotated } : { trail: code });
          }
          pending = null;
          continue;
        }
        flush();
        break;
      }
      const b = encodeChar(c);
      if (!b || pending === null) break;
      if (pending === 'lost') units.push({ trail: b[0] });
      else {
        const ch = decodePair(pending, b[0]);
        units.push(ch ? { ch } : { lead: pending });
      }
      pending = b[1];
    }
    if (j >= text.length) flush();
    const chars = units.map((u) => ('ch' in u ? u.ch : null));
    const han = (c: string | null | undefined): string | null => (c && HAN_CHAR.test(c) ? c : null);
    const seenTwice = (pair: string): boolean => ((pairs ??= countPairs(context)).get(pair) ?? 0) >= 2;
    units.forEach((u, k) => {
      if ('ch' in u || 'lost' in u) return;
      const left = han(k > 0 ? chars[k - 1] : text[i - 1]);
      const right = han(k < chars.length - 1 ? chars[k + 1] : text[j]);
      const hits = candidatesFor(u).filter((c) => (left && seenTwice(left + c)) || (right && seenTwice(c + right)));
      if (hits.length === 1) chars[k] = hits[0] ?? null;
    });
    const clean = chars.map((c) => c ?? MISSING).join('');
    out.push({ start: i, end: j, raw: text.slice(i, j), clean, unknown: chars.filter((c) => c === null).length });
    re.lastIndex = Math.max(re.lastIndex, j);
  }
  return out;
}

const candidateCache = new Map<string, string[]>();

/** Han characters a pair with one unknown byte can be (cached per known byte). */
function candidatesFor(u: { lead: number } | { trail: number }): string[] {
  const key = 'trail' in u ? `t${u.trail}` : `l${u.lead}`;
  let list = candidateCache.get(key);
  if (!list) {
    list = [];
    const from = 'trail' in u ? 0x81 : 0x40;
    for (let x = from; x <= 0xfe; x++) {
      const c = 'trail' in u ? decodePair(x, u.trail) : decodePair(u.lead, x);
      if (c && HAN_CHAR.test(c)) list.push(c);
    }
    candidateCache.set(key, list);
  }
  return list;
}

/** How often each pair of adjacent Han characters occurs (built once, only when needed). */
function countPairs(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i] ?? '';
    const b = text[i + 1] ?? '';
    if (a.charCodeAt(0) < 0x3400 || b.charCodeAt(0) < 0x3400) continue;
    const k = a + b;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Apply auto repairs (sorted, non-overlapping) to tracked text, each recorded in the ledger. */
export function applyRepairs(t: Tracked, repairs: readonly AutoRepair[], ledger: Ledger): Tracked {
  let text = '';
  const src: number[] = [];
  let last = 0;
  for (const r of repairs) {
    text += t.text.slice(last, r.start) + r.clean;
    for (let i = last; i < r.start; i++) src.push(t.src[i] ?? 0);
    const at = rawOffset(t, r.start);
    for (let i = 0; i < r.clean.length; i++) src.push(at);
    ledger.replace('garbled span re-decoded', r.raw, r.clean);
    last = r.end;
  }
  text += t.text.slice(last);
  for (let i = last; i < t.text.length; i++) src.push(t.src[i] ?? 0);
  return { text, src };
}
