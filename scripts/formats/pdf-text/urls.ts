/**
 * URLs become links before punctuation is widened (widening would turn the `:` of `https:` into
 * `：`). A URL ends at whitespace, a Han character, Chinese punctuation or `<>`, so the `，` after
 * a bare URL and the date behind it stay text. Angle brackets around a URL are text, unless the
 * document's overrides say the exporter wrote them as link markup (then they are dropped). A URL
 * without a scheme keeps its visible text and gets https:// in its href.
 */
import type { Ledger } from '../../lib/ledger.ts';
import { CJK_PUNCT, HAN } from '../../lib/text.ts';

export type UrlKind = 'angle' | 'bare' | 'schemeless';

export type Segment = { type: 'text'; value: string } | { type: 'url'; href: string; text: string; kind: UrlKind };

const BODY = `(?:https?://|www\\.)[^\\s<>${HAN}${CJK_PUNCT}]+`;
const URL_RE = new RegExp(`<(${BODY})>|(${BODY})`, 'gu');

export function splitUrls(raw: string, ledger: Ledger, angleLinks = false): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of raw.matchAll(URL_RE)) {
    const angled = m[1] !== undefined && angleLinks;
    // Literal angle brackets stay text around the link.
    const start = m[1] !== undefined && !angled ? m.index + 1 : m.index;
    if (start > last) out.push({ type: 'text', value: raw.slice(last, start) });
    const text = m[1] ?? m[2] ?? '';
    const schemeless = !/^https?:\/\//.test(text);
    if (angled) ledger.remove('URL angle brackets', '<>');
    out.push({
      type: 'url',
      href: schemeless ? `https://${text}` : text,
      text,
      kind: angled ? 'angle' : schemeless ? 'schemeless' : 'bare',
    });
    last = m[1] !== undefined && !angled ? m.index + m[0].length - 1 : m.index + m[0].length;
  }
  if (last < raw.length) out.push({ type: 'text', value: raw.slice(last) });
  return out;
}
