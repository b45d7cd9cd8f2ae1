/**
 * Raw line text → final Inline runs, in the shared order: URLs out first, then spacing, then
 * note markers, widening last. Source text is never read as markup: `**` is two asterisks,
 * unless the document's overrides say its exporter marks bold that way ); then a span
 * becomes a strong node rather than `**` (a span may end in `。**` before a Han character,
 * which Markdown would print literally).
 */
import type { Inline } from '../../lib/doc.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';
import type { Ctx } from './context.ts';
import { SUPERSCRIPTS, superscriptNumber } from './markers.ts';
import { splitUrls } from './urls.ts';

const MARKUP = new RegExp(`\\*\\*([^*]+?)\\*\\*|([${SUPERSCRIPTS}]+)`, 'gu');
const MARKERS = new RegExp(`()([${SUPERSCRIPTS}]+)`, 'gu');
const KEEP = '\uE000';

/**
 * fixSpacing, except inside 《》: a title keeps the spaces that separate its words
 * (《关于增开银发旅游列车 促进…》); extractor padding beside digits goes (《2025 闲鱼…》 → 《2025闲鱼…》).
 * Run again after widening, which can put a full-width mark next to a space (报告 (2025)).
 */
export function spaceText(s: string): string {
  const guarded = s.replace(/《[^《》]*》/gu, (t) => t.replace(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, KEEP));
  return fixSpacing(guarded).replaceAll(KEEP, ' ');
}

function text(value: string, ctx: Ctx): Inline[] {
  const bare = ctx.wrapped ? value.replace(/(?<=[\p{Script=Han}，。、；：！？“”‘’（）《》])\s+(?=[\p{Script=Han}，。、；：！？“”‘’（）《》])/gu, '') : value;
  const v = spaceText(widenPunctuation(bare, ctx.ledger));
  return v ? [{ type: 'text', value: v }] : [];
}

function markup(s: string, ctx: Ctx): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(ctx.markup.bold ? MARKUP : MARKERS)) {
    out.push(...text(s.slice(last, m.index), ctx));
    if (m[1] !== undefined && m[1] !== '') {
      ctx.ledger.remove('bold markup → strong', '****');
      ctx.count('boldSpans');
      out.push({ type: 'strong', children: markup(m[1], ctx) });
    } else {
      ctx.ledger.move('footnote marker → fnref', m[2] ?? '');
      out.push({ type: 'fnref', n: superscriptNumber(m[2] ?? '') });
    }
    last = m.index + m[0].length;
  }
  out.push(...text(s.slice(last), ctx));
  return out;
}

function merge(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else out.push(n);
  }
  return out;
}

export function toInlines(raw: string, ctx: Ctx): Inline[] {
  const out: Inline[] = [];
  for (const seg of splitUrls(raw.trim(), ctx.ledger, ctx.markup.angleLinks)) {
    if (seg.type === 'url') ctx.count(`links.${seg.kind}`);
    if (seg.type === 'url') out.push({ type: 'link', url: seg.href, children: [{ type: 'text', value: seg.text }] });
    else out.push(...markup(spaceText(seg.value), ctx));
  }
  return merge(out);
}
