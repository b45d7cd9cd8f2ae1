/**
 * Doubled text layers. A page extracted from a PowerPoint deck often carries every text run
 * twice, back to back: `內容生產內容生產`, `20002000年年8 8月月`. When a page shows that
 * signature throughout, each run repeated immediately (with at most a space between) is kept
 * once. Text that only doubles a word here and there (研究研究, 一一) is never touched.
 * See docs/formats/pinyin-annotated.md.
 */
import type { Ledger } from '../../lib/ledger.ts';

/** Longest run looked for. */
const MAX_RUN = 40;
/** Share of the Han characters inside doubled runs of two or more characters that marks a page. */
export const DOUBLED_SHARE = 0.2;

const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/** Length of the run at i that repeats right after itself (after an optional space), or 0. */
function repeatAt(s: string, i: number, min: number): { len: number; gap: number } | null {
  for (let len = Math.min(MAX_RUN, Math.floor((s.length - i) / 2)); len >= min; len--) {
    // Cheap test first: the run's first character must come back after it.
    if (s[i + len] !== s[i] && !(s[i + len] === ' ' && s[i + len + 1] === s[i])) continue;
    const a = s.slice(i, i + len);
    if (!a.trim()) continue;
    if (s.startsWith(a, i + len)) return { len, gap: 0 };
    if (s[i + len] === ' ' && s.startsWith(a, i + len + 1)) return { len, gap: 1 };
  }
  return null;
}

/** How much text the share is measured on: a page that doubles does so throughout. */
const SAMPLE = 20000;

/** Share of Han characters that sit in an immediately repeated run of ≥ 2 characters (measured on the page's start). */
export function doubledShare(full: string): number {
  const text = full.slice(0, SAMPLE);
  let han = 0;
  let doubled = 0;
  for (let i = 0; i < text.length; ) {
    const r = isHan(text[i]) ? repeatAt(text, i, 2) : null;
    if (r) {
      const run = text.slice(i, i + 2 * r.len + r.gap);
      const h = [...run].filter(isHan).length;
      han += h;
      doubled += h;
      i += run.length;
    } else {
      if (isHan(text[i])) han++;
      i++;
    }
  }
  return han ? doubled / han : 0;
}

/** Keep each immediately repeated run once; every dropped copy goes to the ledger. */
export function undouble(text: string, ledger: Ledger): { text: string; runs: number } {
  let out = '';
  let runs = 0;
  for (let i = 0; i < text.length; ) {
    const r = repeatAt(text, i, 1);
    // A single repeated ASCII character (--, 11) is left alone, except a digit doubled across a
    // space (`8 8月月`).
    const asciiSingle = r !== null && r.len === 1 && text.charCodeAt(i) < 0x80 && !(r.gap === 1 && /\d/.test(text[i] ?? ''));
    if (r && !asciiSingle) {
      const once = text.slice(i, i + r.len);
      ledger.remove('doubled text layer', text.slice(i + r.len, i + 2 * r.len + r.gap));
      out += once;
      runs++;
      i += 2 * r.len + r.gap;
    } else {
      out += text[i] ?? '';
      i++;
    }
  }
  return { text: out, runs };
}
