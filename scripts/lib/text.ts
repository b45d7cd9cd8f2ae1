/**
 * Text repairs shared by every format (sources.md "Shared pipeline order"). Each function is
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
  const drop = /[\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
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
 * spaces that touches Chinese (`增长210%,ARPU值`). Otherwise a mark inside a run stays: `a:b`,
 * `foo(bar)`, `Hello, world`. URLs are never touched (`http://a.com/x?y=1,2`). A bracket pair is decided as
 * one: it widens when it holds Chinese or either bracket is in Chinese context, unless it is a
 * call (`foo(bar)`, `f(x, y)`: a lower-case identifier glued to `(` and code-like contents).
 * `,` and `:` between two digits never widen (4,046,000; 19:49).
 */
export function widenPunctuation(text: string, ledger?: Ledger): string {
  const widened = widenedOffsets(text);
  const re = /[,:;?!()]/g;
  const widen = (ch: string, at: number): string => (widened.has(at) ? (WIDE[ch] ?? ch) : ch);
  if (ledger) return ledger.replaceAll(text, re, (m) => widen(m[0], m.index), 'ASCII punctuation widened');
  return text.replace(re, (ch: string, at: number) => widen(ch, at));
}

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Characters that make a Chinese context: Han, CJK and full-width punctuation, CJK quotes. */
const cjkRe = new RegExp(`[${HAN}${CJK_PUNCT}「」『』〔〕〖〗\\u3000-\\u303f\\uff00-\\uffef]`, 'u');
const wordRe = /[\p{L}\p{N}]/u;
/** A URL up to whitespace or Chinese; trailing sentence punctuation is prose, not URL. */
const urlRe = new RegExp(`(?:https?|ftp)://[^\\s${HAN}${CJK_PUNCT}]+|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+[^\\s${HAN}${CJK_PUNCT}]*`, 'gu');
const CALLEE = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const CODE_ARGS = /[=,"'\[\]{}<>]/;

type Ctx = 'cjk' | 'edge';

/** UTF-16 offsets of the ASCII marks that widenPunctuation widens. */
function widenedOffsets(text: string): Set<number> {
  const out = new Set<number>();
  const keep = new Set<number>();
  // URLs: every mark inside stays (trailing . , ; : ! ? and an unbalanced ) belong to the prose).
  for (const m of text.matchAll(urlRe)) {
    let url = m[0];
    for (;;) {
      const t = url.replace(/[.,;:!?'"]+$/, '');
      const u = t.endsWith(')') && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0) ? t.slice(0, -1) : t;
      if (u === url) break;
      url = u;
    }
    for (let i = m.index; i < m.index + url.length; i++) keep.add(i);
  }
  for (const line of linesWithOffsets(text)) widenLine(line.text, line.offset, keep, out);
  return out;
}

function linesWithOffsets(text: string): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const l of text.split('\n')) {
    lines.push({ text: l, offset });
    offset += l.length + 1;
  }
  return lines;
}

interface Run {
  start: number;
  end: number;
  left: Ctx;
  right: Ctx;
  /** Words separated by spaces (an English phrase), as opposed to one token such as Ak47?. */
  phrase: boolean;
  /** No whitespace inside (210%,ARPU): not English prose. */
  compact: boolean;
}

function widenLine(line: string, base: number, keep: Set<number>, out: Set<number>): void {
  // Code points with their UTF-16 offsets in the line.
  const cps: { ch: string; at: number }[] = [];
  for (let at = 0; at < line.length; ) {
    const ch = String.fromCodePoint(line.codePointAt(at) ?? 0);
    cps.push({ ch, at });
    at += ch.length;
  }
  const isCjk = (i: number): boolean => cjkRe.test(cps[i]?.ch ?? '');
  const isWord = (i: number): boolean => !isCjk(i) && wordRe.test(cps[i]?.ch ?? '');
  const runOf: (Run | null)[] = cps.map(() => null);
  for (let i = 0; i < cps.length; ) {
    if (isCjk(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && !isCjk(j)) j++;
    const body = cps.slice(i, j).map((c) => c.ch).join('').trim();
    const run: Run = { start: i, end: j, left: i > 0 ? 'cjk' : 'edge', right: j < cps.length ? 'cjk' : 'edge', phrase: /[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(body), compact: !/\s/.test(body) };
    for (let k = i; k < j; k++) runOf[k] = run;
    i = j;
  }
  /** Is the mark at code point k in Chinese context (edge of its run, next to Chinese)? */
  const chinese = (k: number): boolean => {
    const run = runOf[k];
    if (!run) return false;
    let leftEdge = true;
    for (let x = run.start; x < k; x++) if (isWord(x)) leftEdge = false;
    let rightEdge = true;
    for (let x = k + 1; x < run.end; x++) if (isWord(x)) rightEdge = false;
    if (leftEdge && run.left === 'cjk') return true;
    if (rightEdge && run.right === 'cjk') return true;
    // A token closing (or opening) a line of Chinese: 是原子弹还是Ak47?
    if (rightEdge && run.right === 'edge' && run.left === 'cjk' && !run.phrase) return true;
    if (leftEdge && run.left === 'edge' && run.right === 'cjk' && !run.phrase) return true;
    // A clause break inside a compact run touching Chinese: 同比增长210%,ARPU值 / 降低35%;AI审核.
    const ch = cps[k]?.ch;
    if ((ch === ',' || ch === ';') && run.compact && (run.left === 'cjk' || run.right === 'cjk')) return true;
    return false;
  };
  const digitsAround = (k: number): boolean => /\d/.test(cps[k - 1]?.ch ?? '') && /\d/.test(cps[k + 1]?.ch ?? '');
  const decided = new Map<number, boolean>();
  const codeInside = new Set<number>();
  // Bracket pairs, decided as one.
  const stack: number[] = [];
  for (let k = 0; k < cps.length; k++) {
    const ch = cps[k]?.ch;
    if (keep.has(base + (cps[k]?.at ?? 0))) continue;
    if (ch === '(') stack.push(k);
    else if (ch === ')' && stack.length > 0) {
      const o = stack.pop() as number;
      const inner = cps.slice(o + 1, k);
      const innerText = inner.map((c) => c.ch).join('');
      const holdsCjk = inner.some((_, x) => isCjk(o + 1 + x));
      const before = line.slice(0, cps[o]?.at ?? 0);
      const callee = CALLEE.exec(before)?.[0] ?? '';
      const call = callee !== '' && /[a-z_$.]/.test(callee) && !holdsCjk && (!/\s/.test(innerText) || CODE_ARGS.test(innerText));
      if (call) for (let x = o; x <= k; x++) codeInside.add(x);
      const wide = !call && (holdsCjk || chinese(o) || chinese(k));
      decided.set(o, wide);
      decided.set(k, wide);
    }
  }
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k];
    if (!c || !(c.ch in WIDE)) continue;
    const at = base + c.at;
    if (keep.has(at) || codeInside.has(k)) continue;
    let wide = decided.get(k);
    if (wide === undefined) wide = chinese(k) && !((c.ch === ',' || c.ch === ':') && digitsAround(k));
    if (wide) out.add(at);
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
