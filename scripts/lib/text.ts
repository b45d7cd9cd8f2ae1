/**
 * Text repairs shared by every format (docs/pipeline.md, "Shared text steps"). Each function is
 * pure; pass a Ledger to have its changes accounted for.
 */
import { Ledger } from './ledger.ts';

/** Han ideographs (incl. 〇). */
export const HAN = '\\p{Script=Han}〇';
/** Chinese (full-width) punctuation and brackets. */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》「」『』【】〈〉—…·～';
const hanRe = new RegExp(`[${HAN}]`, 'u');

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && hanRe.test(ch);
}

/**
 * Step 1: decode-level normalization. NFC, CRLF → LF, U+00A0/U+3000 → space, zero-width
 * characters and other controls (but \n and \t) dropped. The BOM is stripped by the read stage.
 */
export function normalizeInput(text: string, ledger?: Ledger): string {
  let t = text.normalize('NFC').replace(/\r\n?/g, '\n');
  t = t.replace(/[\u00a0\u3000]/g, ' ');
  // A form feed (U+000C) stays: PDF-to-text exports write one at every page break.
  const drop = /[\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
  if (ledger) t = ledger.replaceAll(t, drop, '', 'zero-width or control character', 'removed');
  else t = t.replace(drop, '');
  return t;
}

/**
 * Step 7: widen ASCII punctuation, in Chinese context only (docs/formats/article.md, "Widening").
 *
 * The text is cut into runs of non-Chinese characters (Latin, digits, ASCII punctuation, spaces)
 * between Han characters or Chinese punctuation. An ASCII `, : ; ? ! ( )` widens when it stands
 * at the edge of its run next to Chinese (`60%,小红书`, `官宣!`, `说:Hello`), or closes a compact
 * run that ends its line after Chinese (`还是Ak47?`); `,` and `;` also widen inside a run with no
 * spaces that touches Chinese (`增长210%,ARPU值`), or between the only two words of a run with
 * Chinese on both sides (`据Wind, 5月`) or before the last word of such a run
 * (`（Secure Multi-party Computation, MPC）`). Otherwise a mark inside a run stays: `a:b`,
 * `foo(bar)`, `Hello, world`. URLs are never touched (`http://a.com/x?y=1,2`). A bracket pair is decided as
 * one: it widens when it holds Chinese or either bracket is in Chinese context, unless it is a
 * call (`foo(bar)`, `f(x, y)`: a lower-case identifier glued to `(` and code-like contents).
 * `,` and `:` between two digits never widen (4,046,000; 19:49).
 */
export function widenPunctuation(text: string, ledger?: Ledger): string {
  const widened = widenedOffsets(text);
  const re = /[,:;?!()]/g;
  const widen = (ch: string, at: number): string => (widened[at] ? (WIDE[ch] ?? ch) : ch);
  if (ledger) return ledger.replaceAll(text, re, (m) => widen(m[0], m.index), 'ASCII punctuation widened');
  return text.replace(re, (ch: string, at: number) => widen(ch, at));
}

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const MARKS = new Set([0x2c, 0x3a, 0x3b, 0x3f, 0x21, 0x28, 0x29]);
const OPEN = 0x28;
const CLOSE = 0x29;
/** Punctuation outside the CJK blocks that still makes a Chinese context (quotes, dashes, ·…). */
const CJK_EXTRA = new Set([...`〇${CJK_PUNCT}「」『』〔〕〖〗`].map((c) => c.codePointAt(0) as number));

/** Han, CJK symbols and punctuation, full-width forms, CJK quotes and dashes. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    CJK_EXTRA.has(c)
  );
}
const isAsciiWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);
const otherWordRe = /[\p{L}\p{N}]/u;
/** Characters of call arguments (`f(x, y)`, `print("a")`). */
const isCodeArg = (c: number): boolean => c === 0x3d || c === 0x2c || c === 0x22 || c === 0x27 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x3c || c === 0x3e;
const isIdent = (c: number): boolean => isAsciiWord(c) || c === 0x5f || c === 0x24 || c === 0x2e;
const isLowerIdent = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24 || c === 0x2e;
const isIdentStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;

/** A URL up to whitespace or Chinese; trailing sentence punctuation is prose, not URL. */
const urlRe = new RegExp(`(?:https?|ftp)://[^\\s${HAN}${CJK_PUNCT}]+|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+[^\\s${HAN}${CJK_PUNCT}]*`, 'gu');
/** How far back a call's identifier is looked for. */
const CALLEE_MAX = 64;

/**
 * 1 at the UTF-16 offset of every ASCII mark that widenPunctuation widens. Linear in the text:
 * typed arrays and prefix counts, no rescanning of runs or bracket contents (a 5 MB line is fine).
 */
function widenedOffsets(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  const keep = new Uint8Array(text.length);
  // URLs: every mark inside stays (trailing . , ; : ! ? and an unbalanced ) belong to the prose).
  for (const m of text.matchAll(urlRe)) {
    let url = m[0];
    for (;;) {
      const t = url.replace(/[.,;:!?'"]+$/, '');
      const u = t.endsWith(')') && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0) ? t.slice(0, -1) : t;
      if (u === url) break;
      url = u;
    }
    keep.fill(1, m.index, m.index + url.length);
  }
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    widenLine(text, start, end, keep, out);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const enum Cls {
  Other = 0,
  Cjk = 1,
  Word = 2,
  Space = 3,
}

/** Decide the marks of text[from, to) (one line); offsets in `keep`/`out` are text offsets. */
function widenLine(text: string, from: number, to: number, keep: Uint8Array, out: Uint8Array): void {
  // Code points of the line: code, UTF-16 offset, class.
  const size = to - from;
  const code = new Uint32Array(size);
  const at = new Int32Array(size);
  const cls = new Uint8Array(size);
  let n = 0;
  for (let i = from; i < to; ) {
    const c = text.codePointAt(i) as number;
    code[n] = c;
    at[n] = i;
    cls[n] = isCjkCode(c) ? Cls.Cjk : isAsciiWord(c) ? Cls.Word : isSpace(c) ? Cls.Space : c > 0x7f && otherWordRe.test(String.fromCodePoint(c)) ? Cls.Word : Cls.Other;
    n++;
    i += c > 0xffff ? 2 : 1;
  }
  if (n === 0) return;
  const cjkP = new Int32Array(n + 1);
  const wordP = new Int32Array(n + 1);
  const spaceP = new Int32Array(n + 1);
  const codeP = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    cjkP[i + 1] = (cjkP[i] as number) + (cls[i] === Cls.Cjk ? 1 : 0);
    wordP[i + 1] = (wordP[i] as number) + (cls[i] === Cls.Word ? 1 : 0);
    spaceP[i + 1] = (spaceP[i] as number) + (cls[i] === Cls.Space ? 1 : 0);
    codeP[i + 1] = (codeP[i] as number) + (isCodeArg(code[i] as number) ? 1 : 0);
  }
  const count = (p: Int32Array, a: number, b: number): number => (p[b] as number) - (p[a] as number);

  // Runs of non-Chinese characters: start, end, and flags per run (index by code point).
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n);
  /** bit 1: Chinese on the left; 2: Chinese on the right; 4: an English phrase; 8: no inner space; 16: two chunks at most. */
  const runFlags = new Uint8Array(n);
  /** End of the run without trailing spaces. */
  const runTrimEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (cls[i] === Cls.Cjk) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && cls[j] !== Cls.Cjk) j++;
    let a = i;
    let b = j;
    while (a < b && cls[a] === Cls.Space) a++;
    while (b > a && cls[b - 1] === Cls.Space) b--;
    let phrase = false;
    for (let x = a + 1; x < b && !phrase; x++) {
      if (cls[x] !== Cls.Space || cls[x - 1] !== Cls.Word) continue;
      let y = x;
      while (y < b && cls[y] === Cls.Space) y++;
      if (y < b && cls[y] === Cls.Word) phrase = true;
    }
    // Space-separated chunks in the run: two at most is a pair of tokens, not an English phrase.
    let chunks = 0;
    for (let x = a; x < b; x++) if (cls[x] !== Cls.Space && (x === a || cls[x - 1] === Cls.Space)) chunks++;
    const flags = (i > 0 ? 1 : 0) | (j < n ? 2 : 0) | (phrase ? 4 : 0) | (count(spaceP, a, b) === 0 ? 8 : 0) | (chunks <= 2 ? 16 : 0);
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
      runFlags[k] = flags;
      runTrimEnd[k] = b;
    }
    i = j;
  }
  /** Is the mark at code point k in Chinese context (edge of its run, next to Chinese)? */
  const chinese = (k: number): boolean => {
    const s = runStart[k] as number;
    if (s < 0) return false;
    const e = runEnd[k] as number;
    const f = runFlags[k] as number;
    const cjkLeft = (f & 1) !== 0;
    const cjkRight = (f & 2) !== 0;
    const leftEdge = count(wordP, s, k) === 0;
    const rightEdge = count(wordP, k + 1, e) === 0;
    if (leftEdge && cjkLeft) return true;
    if (rightEdge && cjkRight) return true;
    // A token closing (or opening) a line of Chinese: 是原子弹还是Ak47?
    if (rightEdge && !cjkRight && cjkLeft && (f & 4) === 0) return true;
    if (leftEdge && !cjkLeft && cjkRight && (f & 4) === 0) return true;
    // A clause break inside a compact run touching Chinese: 同比增长210%,ARPU值 / 降低35%;AI审核;
    // or between the only two words of a run with Chinese on both sides: 据Wind, 5月 / 至98.26, COMEX黄金.
    const c = code[k];
    if ((c === 0x2c || c === 0x3b) && (f & 8) !== 0 && (cjkLeft || cjkRight)) return true;
    if ((c === 0x2c || c === 0x3b) && cjkLeft && cjkRight && (f & 16) !== 0) return true;
    // …or before the last word of such a run: 安全多方计算（Secure Multi-party Computation, MPC）.
    if ((c === 0x2c || c === 0x3b) && cjkLeft && cjkRight) {
      let y = k + 1;
      while (y < e && cls[y] === Cls.Space) y++;
      const end = runTrimEnd[k] as number;
      if (y < end && count(spaceP, y, end) === 0) return true;
    }
    return false;
  };
  const digitsAround = (k: number): boolean => k > 0 && k + 1 < n && isDigit(code[k - 1] as number) && isDigit(code[k + 1] as number);
  /** Is the `(` at code point o glued to a call-like identifier (foo, console.log, _x)? */
  const callee = (o: number): boolean => {
    let x = o - 1;
    let lower = false;
    let len = 0;
    while (x >= 0 && len < CALLEE_MAX && isIdent(code[x] as number)) {
      if (isLowerIdent(code[x] as number)) lower = true;
      x--;
      len++;
    }
    return len > 0 && lower && isIdentStart(code[x + 1] as number);
  };
  /** Bracket decisions: 0 undecided, 1 keep, 2 widen. */
  const decided = new Uint8Array(n);
  const callDelta = new Int32Array(n + 1);
  const stack: number[] = [];
  for (let k = 0; k < n; k++) {
    const c = code[k];
    if (c !== OPEN && c !== CLOSE) continue;
    if (keep[at[k] as number]) continue;
    if (c === OPEN) stack.push(k);
    else if (stack.length > 0) {
      const o = stack.pop() as number;
      const holdsCjk = count(cjkP, o + 1, k) > 0;
      const call = callee(o) && !holdsCjk && (count(spaceP, o + 1, k) === 0 || count(codeP, o + 1, k) > 0);
      if (call) {
        callDelta[o] = (callDelta[o] as number) + 1;
        callDelta[k + 1] = (callDelta[k + 1] as number) - 1;
      }
      const wide = !call && (holdsCjk || chinese(o) || chinese(k));
      decided[o] = wide ? 2 : 1;
      decided[k] = wide ? 2 : 1;
    }
  }
  // Marks inside a call stay.
  for (let k = 0, depth = 0; k < n; k++) {
    depth += callDelta[k] as number;
    const c = code[k] as number;
    if (!MARKS.has(c)) continue;
    const off = at[k] as number;
    if (keep[off] || depth > 0) continue;
    const d = decided[k];
    const wide = d === 2 || (d === 0 && chinese(k) && !((c === 0x2c || c === 0x3a) && digitsAround(k)));
    if (wide) out[off] = 1;
  }
}

/**
 * Step 6: spacing. Removes spaces between a Han character and an ASCII letter, digit, `%` or
 * `+` (either order), spaces next to Chinese punctuation, and spaces around a hyphen between
 * digits (30 - 39 → 30-39). Keeps Latin–Latin spaces (Apple Watch) and Han–Han spaces, which
 * only a format knows the meaning of. Visual CJK–Latin spacing is CSS's job.
 */
export function fixSpacing(text: string): string {
  const han = `[${HAN}]`;
  const ascii = '[A-Za-z0-9%+]';
  const punct = `[${CJK_PUNCT}]`;
  return text
    .replace(new RegExp(`(${han}) +(?=${ascii})`, 'gu'), '$1')
    .replace(new RegExp(`(${ascii}) +(?=${han})`, 'gu'), '$1')
    .replace(new RegExp(` +(?=${punct})`, 'gu'), '')
    .replace(new RegExp(`(${punct}) +`, 'gu'), '$1')
    .replace(/(\d) +([-–]) +(?=\d)/g, '$1$2');
}

/** 1-based line and column of a string offset, for error locations. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** A short excerpt for messages: at most `max` characters, with an ellipsis. */
export function excerpt(s: string, max = 30): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max).join('') + '…';
}
