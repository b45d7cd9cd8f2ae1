/**
 * Reader text for titles, headings and bullets, in the shared order: spaces read as commas
 * (bullets only, after citations are gone), spacing, widening last; then `**label**` becomes
 * a strong node.
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { fixSpacing, HAN, widenPunctuation } from '../../lib/text.ts';

/**
 * sources.md "Spaces used in place of commas": a space between a CJK character (or a closing
 * ”」》）) and a CJK character (or an opening “「《（) stands for a lost comma. The original
 * ：or；cannot be recovered, so ，is the honest guess.
 */
const SPACE_COMMA = new RegExp(`(?<=[${HAN}”」》）]) +(?=[${HAN}“「《（])`, 'gu');
const BOLD = /\*\*([^*]+?)\*\*/g;

export interface InlineCounts {
  spaceCommas: number;
  boldLabels: number;
}

export function spaceCommas(text: string, ledger: Ledger, counts: InlineCounts): string {
  return text.replace(SPACE_COMMA, () => {
    counts.spaceCommas++;
    ledger.insert('space read as comma', '，');
    return '，';
  });
}

/** Split `**label**` runs into strong nodes; the asterisks are markup, not text. */
function boldRuns(text: string, ledger: Ledger, counts: InlineCounts): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(BOLD)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: m[1]! }] });
    ledger.remove('bold markup → strong', '****');
    counts.boldLabels++;
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/**
 * Widening runs on the whole run before bold is split, so `**地域维度**:` and
 * `**趋势三:合理发“癫”**:` both get their ：, inside and after the label.
 */
export function readerInline(raw: string, ledger: Ledger, counts: InlineCounts, commas: boolean): Inline[] {
  let t = commas ? spaceCommas(raw, ledger, counts) : raw;
  t = fixSpacing(t).trim();
  t = widenPunctuation(t, ledger);
  return boldRuns(t, ledger, counts);
}

/** Titles and headings: plain text, no comma recovery (their spaces are not commas). */
export function readerText(raw: string, ledger: Ledger): string {
  return widenPunctuation(fixSpacing(raw).trim(), ledger);
}
