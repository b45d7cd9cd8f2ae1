/**
 * Raw line text → final reader inlines: URLs become links first (widening would break them),
 * then spacing is fixed and ASCII punctuation widened, as the last step, outside links.
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';

/** Stops at whitespace, CJK characters and full-width punctuation; trailing ASCII punctuation is prose. */
const URL = /https?:\/\/[^\s\p{Script=Han}，。；：！？（）“”《》、]+?(?=[.,;:!?)]*(?:[\s\p{Script=Han}，。；：！？（）“”《》、]|$))/gu;

export function toInlines(raw: string, ledger?: Ledger): Inline[] {
  const out: Inline[] = [];
  const prose = (s: string): void => {
    const value = widenPunctuation(fixSpacing(s), ledger);
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
  return widenPunctuation(fixSpacing(raw));
}
