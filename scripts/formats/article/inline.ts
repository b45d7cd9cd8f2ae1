/**
 * Raw line text → final reader inlines: straight quotes around Chinese paired, URLs become links
 * (widening would break them), then spacing is fixed and ASCII punctuation widened, as the last
 * step, outside links (docs/formats/article.md, "Reader text").
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';

/** Stops at whitespace, CJK characters and full-width punctuation; trailing ASCII punctuation is prose. */
const URL = /https?:\/\/[^\s\p{Script=Han}，。；：！？（）“”《》、]+?(?=[.,;:!?)]*(?:[\s\p{Script=Han}，。；：！？（）“”《》、]|$))/gu;

/**
 * Straight double quotes around Chinese become Chinese quotes: `"360智脑"` → `“360智脑”`. Only
 * when the line's quotes pair up (an even count); a pair around Latin text only stays
 * (`"hello"`), and an odd count is left as written, since pairing would be a guess.
 */
export function pairQuotes(raw: string, ledger?: Ledger): string {
  const at = [...raw.matchAll(/"/g)].map((m) => m.index);
  if (at.length === 0 || at.length % 2 !== 0) return raw;
  const chars = raw.split('');
  for (let k = 0; k < at.length; k += 2) {
    const open = at[k] as number;
    const close = at[k + 1] as number;
    if (!/\p{Script=Han}/u.test(raw.slice(open + 1, close))) continue;
    chars[open] = '“';
    chars[close] = '”';
    ledger?.replace('ASCII quotes paired', '"', '“');
    ledger?.replace('ASCII quotes paired', '"', '”');
  }
  return chars.join('');
}

export function toInlines(line: string, ledger?: Ledger): Inline[] {
  const raw = pairQuotes(line, ledger);
  const out: Inline[] = [];
  const prose = (s: string): void => {
    // Spacing again after widening: `加州: 罕见` → `加州：罕见` (no space after Chinese punctuation).
    const value = fixSpacing(widenPunctuation(fixSpacing(s), ledger));
    if (value) out.push({ type: 'text', value });
  };
  let last = 0;
  for (const m of raw.matchAll(URL)) {
    prose(raw.slice(last, m.index));
    out.push({ type: 'link', url: m[0], children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  prose(raw.slice(last));
  return out;
}

/** Reader text of a raw line with no ledger: for metadata, which the ledger does not measure. */
export function toPlainText(raw: string): string {
  return fixSpacing(widenPunctuation(fixSpacing(pairQuotes(raw))));
}
