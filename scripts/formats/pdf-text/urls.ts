/**
 * URLs in the notes become links before punctuation is widened (widening would turn the `:` of
 * `https:` into `：`). A URL ends at whitespace, a Han character, Chinese punctuation or `<>`, so
 * the `，` after a bare URL and the date behind it stay text. Angle brackets are dropped; a URL
 * without a scheme keeps its visible text and gets https:// in its href.
 */
import type { Ledger } from '../../lib/ledger.ts';
import { CJK_PUNCT, HAN } from '../../lib/text.ts';

export type UrlKind = 'angle' | 'bare' | 'schemeless';

export type Segment = { type: 'text'; value: string } | { type: 'url'; href: string; text: string; kind: UrlKind };

const BODY = `(?:https?://|www\\.)[^\\s<>${HAN}${CJK_PUNCT}]+`;
const URL_RE = new RegExp(`<(${BODY})>|(${BODY})`, 'gu');

export function splitUrls(raw: string, ledger: Ledger): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of raw.matchAll(URL_RE)) {
    if (m.index > last) out.push({ type: 'text', value: raw.slice(last, m.index) });
    const text = m[1] ?? m[2] ?? '';
    const schemeless = !/^https?:\/\//.test(text);
    if (m[1] !== undefined) ledger.remove('URL angle brackets', '<>');
    out.push({
      type: 'url',
      href: schemeless ? `https://${text}` : text,
      text,
      kind: m[1] !== undefined ? 'angle' : schemeless ? 'schemeless' : 'bare',
    });
    last = m.index + m[0].length;
  }
  if (last < raw.length) out.push({ type: 'text', value: raw.slice(last) });
  return out;
}
