/**
 * pdf-slices: a PDF report scraped by a document site as numbered 300-character windows of
 * the text layer, which repeats every frame's remaining text on each page (002). The steps
 * follow sources.md: join, lift cover and TOC, cut figure regions, strip page markers, dedupe,
 * repair, lift floats, build the outline from the TOC, place floats (page-aware default plus
 * the override's pins), split paragraphs.
 */
import type { Block, Chapter, CleanDoc, Inline } from '../lib/doc.ts';
import { fixSpacing, widenPunctuation } from '../lib/text.ts';
import type { CleanInput, FormatModule } from './types.ts';
import { cutCover, joinSlices } from './pdf-slices/slices.ts';
import { readOverrides } from './pdf-slices/overrides.ts';
import { cutToc, parseToc } from './pdf-slices/toc.ts';
import { cutFigures } from './pdf-slices/figures.ts';
import { stripPages } from './pdf-slices/pages.ts';
import { dedupe, repeatedSentences } from './pdf-slices/dedupe.ts';
import { cutFloats, type Float } from './pdf-slices/floats.ts';
import { buildOutline, type Section } from './pdf-slices/outline.ts';
import { parseTable } from './pdf-slices/table.ts';
import { placeFloats, type Anchor, type Placeable } from './pdf-slices/placement.ts';
import { pageDefault, type PageTrail } from './pdf-slices/page-default.ts';
import { offsetMap, replacementEdits, type OffsetMap } from './pdf-slices/offsets.ts';
import { splitParagraphs } from './pdf-slices/paragraphs.ts';

/** Printed page numbers of the body (the PDF's 24 pages minus cover, front matter, back). */
const BODY_PAGES = 19;

export const pdfSlices: FormatModule = {
  id: 'pdf-slices',
  label: 'PDF 预览切片',
  defaults: { reliability: 'research' },
  detect: (text) =>
    /^《.+\.pdf》由会员分享/.test(text) && /\n1、/.test(text)
      ? { score: 0.9, evidence: 'a 《….pdf》由会员分享 line and numbered windows' }
      : { score: 0, evidence: 'no document-site chrome line' },
  clean(input: CleanInput): CleanDoc {
    const { ledger, issues } = input;
    const file = `seeds/${input.source.file}`;
    const ov = readOverrides(input);
    // 1. Chrome → metadata; windows joined into the PDF text stream.
    const joined = joinSlices(input);
    const meta = { ...joined.meta };
    // 2. Cover → metadata (二二五年 → 二〇二五年).
    const { cover, rest } = cutCover(joined.stream, input);
    if (cover) meta.cover = { ...cover };
    // 3. TOC out of the dedupe dictionary; it builds and validates the outline.
    const cut = cutToc(rest, input);
    const toc = cut ? parseToc(cut.toc) : [];
    let text = cut ? cut.before + cut.after : rest;
    // 4. Figure regions out, for the figure parsers (图 1's labels repeat body sentences).
    const figs = cutFigures(text, ov, input);
    // 5. Page numbers and running headers; the seams tell each float's page.
    const pages = stripPages(figs.text, toc, BODY_PAGES, input);
    // 6. The repeated text layer.
    const dd = dedupe(pages.text, input);
    for (const s of repeatedSentences(dd.text))
      issues.error(`expected each sentence once after dedupe, found "${s.slice(0, 30)}…" twice; lower MIN_COPY or check the page markers`, file);
    // 7. Repairs that no rule can decide.
    text = dd.text;
    const repaired: OffsetMap[] = [];
    for (const r of ov.repairs) {
      if (!text.includes(r.from)) issues.warn(`repair "${r.from}" no longer matches the text; remove it from seeds/overrides/${input.source.id}.json`);
      repaired.push(offsetMap(replacementEdits(text, r.from, r.to)));
      text = text.split(r.from).join(r.to);
      for (let k = dd.text.split(r.from).length - 1; k > 0; k--) ledger.replace(r.reason, r.from, r.to);
    }
    // 8. Floats (专栏, table, transition) out; outline from the TOC.
    const openers = toc.filter((e) => e.level === 'chapter').map((e) => e.label + e.title);
    const fl = cutFloats(text, ov, openers, input);
    const sections = buildOutline(fl.text, toc, input);
    // 9. Floats into place; chapters of headings, paragraphs and floats. The page-aware default
    // decides in the stripped text (figures: where cut; floats: where dedupe kept them) and
    // places in the outlined text, so positions are carried across repairs and float cuts.
    const trail: PageTrail = {
      text: pages.text,
      seams: pages.seams,
      dd,
      toOutline: (x) => fl.map.forward(repaired.reduce((y, m) => m.forward(y), x)),
    };
    const unrepair = (x: number): number => repaired.reduceRight((y, m) => m.back(y), x);
    const clean = (s: string): string => widenPunctuation(fixSpacing(s.trim()), ledger);
    const items: Placeable[] = [
      ...figs.figures.map((f, i) => ({ id: `figure-${f.n}`, at: pageDefault(pages.map(figs.at[i]!), trail), block: f })),
      ...fl.floats.map((f) => ({ id: f.id, at: pageDefault(dd.origin(unrepair(f.start)), trail), block: floatBlock(f, ov, clean, input) })),
    ];
    const anchors = placeFloats(sections, items, ov, input);
    const chapters = assemble(sections, anchors, clean, ledger.insert.bind(ledger));
    const table = items.find((i) => i.block.type === 'table')?.block;
    return {
      meta,
      chapters,
      stats: {
        windows: joined.windows,
        streamChars: [...joined.stream].length,
        tocEntries: toc.length,
        repeatedPassagesRemoved: dd.copies,
        pageMarkers: pages.seams.length,
        figures: figs.figures.length,
        callouts: fl.floats.filter((f) => f.id.startsWith('callout-')).length,
        tableRows: table?.type === 'table' ? table.rows.length : 0,
      },
    };
  },
};

function floatBlock(f: Float, ov: ReturnType<typeof readOverrides>, clean: (s: string) => string, input: CleanInput): Block {
  if (f.id === 'table' && ov.table) return parseTable(f.text, ov.table, clean, input);
  const paras = splitParagraphs(f.text).map((p): Block => ({ type: 'paragraph', children: [txt(clean(p))] }));
  if (f.id === 'transition') return paras[0] ?? { type: 'paragraph', children: [] };
  return { type: 'callout', kind: 'case', n: f.n, title: [txt(clean(f.title ?? ''))], children: paras };
}

const txt = (value: string): Inline => ({ type: 'text', value });

function headingText(s: Section, clean: (s: string) => string, insert: (reason: string, t: string) => void): string {
  if (s.entry?.level !== 'chapter') return clean(s.heading);
  insert('、 after chapter number', '、');
  return clean(`${s.entry.label}、${s.heading.slice(s.entry.label.length)}`);
}

function assemble(sections: readonly Section[], anchors: readonly Anchor[], clean: (s: string) => string, insert: (r: string, t: string) => void): Chapter[] {
  const chapters: Chapter[] = [];
  sections.forEach((s, si) => {
    const title = headingText(s, clean, insert);
    if (s.depth === 1) {
      const slug = s.entry ? `ch-${chapters.length}` : 'preface';
      chapters.push({ slug, title, blocks: [], footnotes: [], meta: s.entry ? { toc_page: s.entry.page } : {} });
    }
    const ch = chapters[chapters.length - 1];
    if (!ch) return;
    if (s.depth > 1) ch.blocks.push({ type: 'heading', depth: s.depth, children: [txt(title)] });
    else ch.blocks.push({ type: 'heading', depth: 1, children: [txt(title)] });
    const mine = anchors.filter((a) => a.section === si);
    let from = 0;
    for (const a of [...mine, null]) {
      const to = a ? a.offset : s.body.length;
      for (const p of splitParagraphs(s.body.slice(from, to))) ch.blocks.push({ type: 'paragraph', children: [txt(clean(p))] });
      if (a) ch.blocks.push(a.block);
      from = to;
    }
  });
  return chapters;
}

