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
  // A form feed (U+000C) stays: PDF-to-text exports write one at every page break.
  const drop = /[\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
  if (ledger) t = ledger.replaceAll(t, drop, '', 'zero-width or control character', 'removed');
  else t = t.replace(drop, '');
  return t;
}

/**
 * Step 7: widen ASCII punctuation in Chinese text. `,` and `:` stay when a digit stands on both
 * sides (4,046,000; 19:49); `; ? ! ( )` always widen. `.` `%` `-` `–` `—` `/` `+` `&` `·` are
 * left alone. Extract URLs before calling this: it does not know about them.
 */
export function widenPunctuation(text: string, ledger?: Ledger): string {
  const re = /[,:;?!()]/g;
  const map: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
  const widen = (m: RegExpExecArray): string => {
    const ch = m[0];
    if (ch === ',' || ch === ':') {
      const before = text[m.index - 1];
      const after = text[m.index + 1];
      if (before !== undefined && after !== undefined && /\d/.test(before) && /\d/.test(after)) return ch;
    }
    return map[ch] ?? ch;
  };
  if (ledger) return ledger.replaceAll(text, re, widen, 'ASCII punctuation widened');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += text.slice(last, m.index) + widen(m as RegExpExecArray);
    last = m.index + 1;
  }
  return out + text.slice(last);
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
