/**
 * pdf-slices: a PDF report scraped by a document-sharing site (三个皮匠报告, 淘文阁, 三一文库 and
 * their mirrors) as numbered fixed-size windows of the PDF text layer. What such a scrape looks
 * like and every step below, with raw examples: docs/formats/pdf-slices.md. In order: chrome →
 * metadata and windows joined; Traditional → Simplified; doubled runs, report footers and
 * watermarks out; cover and TOC lifted where the document has them; figure regions cut; page
 * markers stripped where a running header (learned from the document) marks them; the repeated
 * text layer deduped; repairs; floats lifted; the outline from the TOC, else by pattern; floats
 * placed; paragraphs split. Missing structure is a warning and the best structure found.
 */
import type { Block, Chapter, CleanDoc, Inline } from './../lib/doc.ts';
import { Ledger } from '../lib/ledger.ts';
import { fixSpacing, widenPunctuation } from '../lib/text.ts';
import type { CleanInput, Detection, FormatModule } from './types.ts';
import { cutCover, joinSlices } from './pdf-slices/slices.ts';
import { readOverrides } from './pdf-slices/overrides.ts';
import { cutToc, parseToc } from './pdf-slices/toc.ts';
import { cutFigures } from './pdf-slices/figures.ts';
import { stripPages, type PageStrip } from './pdf-slices/pages.ts';
import { dedupe, repeatedSentences } from './pdf-slices/dedupe.ts';
import { cutFloats, type Float } from './pdf-slices/floats.ts';
import { buildOutline, outlineByPattern, type Section } from './pdf-slices/outline.ts';
import { parseTable } from './pdf-slices/table.ts';
import { placeFloats, type Anchor, type Placeable } from './pdf-slices/placement.ts';
import { pageDefault, type PageTrail } from './pdf-slices/page-default.ts';
import { offsetMap, replacementEdits, type OffsetMap } from './pdf-slices/offsets.ts';
import { splitParagraphs } from './pdf-slices/paragraphs.ts';
import { learnHeader } from './pdf-slices/header.ts';
import { collapseDoubled, stripBoilerplate } from './pdf-slices/layer.ts';
import { cutLooseToc } from './pdf-slices/toc.ts';
import { traditionalToSimplified } from '../lib/simplify.ts';

/** The site's chrome line, Simplified or Traditional. */
const CHROME_LINE = /由(?:会员|會員)分享[^\n]*?(?:请|請)在[^\n]+?上搜索/u;
/** Windows: lines opening with `N、`, counted 1, 2, 3… */
const WINDOW_LINE = /^(\d+)、/gmu;
/** A pinyin annotation after a character: 經(jīng). */
const PINYIN = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;
/** The footer of a site's report-download page (`下载积分:VIP专享`, `编号:58255 PDF 34页`). */
const REPORT_PAGE = /下载积分|下載積分|编号:\d+ PDF|編號:\d+ PDF|\(\d+页\)\.pdf|_第\d+页/u;

/**
 * How much a text looks like a slice preview: numbered windows of a fixed size (most lines
 * `N、` + the same length, numbered 1, 2, 3…), the site's chrome line, a report-page header.
 */
export function detectSlices(text: string): Detection {
  const numbers = [...text.matchAll(WINDOW_LINE)].map((m) => Number(m[1]));
  let run = 0;
  for (const n of numbers) if (n === run + 1) run++;
  // Windows of one size: the non-final ones within 5% (at least two characters) of their most
  // common length (a mirror's conversion may shift a window by a few characters).
  const lengths = text.split('\n').filter((l) => /^\d+、/.test(l)).map((l) => [...l.replace(/^\d+、/, '')].length);
  const inner = lengths.slice(0, -1);
  const size = inner.length ? [...inner].sort((a, b) => inner.filter((x) => x === b).length - inner.filter((x) => x === a).length || b - a)[0]! : 0;
  const near = inner.filter((x) => Math.abs(x - size) <= Math.max(2, size * 0.05)).length;
  const fixed = inner.length >= 1 && size >= 100 && near >= inner.length * 0.6;
  const chrome = CHROME_LINE.test(text.slice(0, 3000));
  const page = REPORT_PAGE.test(text.slice(0, 1500));
  const startsWithWindow = /^\s*1、/.test(text);
  // Pinyin after characters (經(jīng)) is the annotated kind's mark, not this one's.
  const pinyin = (text.match(PINYIN) ?? []).length;
  let score = 0;
  if (run >= 2) score += 0.25;
  if (fixed) score += 0.3;
  if (chrome) score += 0.35;
  else if (page) score += 0.2;
  else if (startsWithWindow && fixed) score += 0.15;
  if (run < 2) score = Math.min(score, 0.2);
  if (pinyin >= 5) score *= 0.5;
  const bits = [
    `${run} numbered windows`,
    fixed ? `${near} of ${inner.length} inner windows of ~${size} characters` : 'no common window length',
    chrome ? 'a document-site share line' : page ? 'a report-page header' : 'no chrome line',
  ];
  if (pinyin >= 5) bits.push(`${pinyin} pinyin annotations`);
  return { score: Math.min(1, Math.round(score * 100) / 100), evidence: bits.join(', ') };
}

export const pdfSlices: FormatModule = {
  id: 'pdf-slices',
  label: 'PDF 预览切片',
  defaults: { reliability: 'research' },
  detect: detectSlices,
  clean(input: CleanInput): CleanDoc {
    const { ledger, issues } = input;
    const file = `seeds/${input.source.file}`;
    const ov = readOverrides(input);
    // 1. Chrome → metadata; windows joined into the PDF text stream.
    const joined = joinSlices(input);
    const meta = { ...joined.meta };
    let stream = joined.stream;
    let title = joined.title;
    // 2. Traditional → Simplified (the site's metadata too, unrecorded: it is not body text).
    if (input.source.script === 'Hant') {
      stream = traditionalToSimplified(stream, ledger).text;
      const quiet = new Ledger();
      if (title) title = traditionalToSimplified(title, quiet).text;
      if (typeof meta.publisher === 'string') meta.publisher = traditionalToSimplified(meta.publisher, quiet).text;
    }
    if (title) meta.title = title;
    // A scrape cut off mid-sentence (checked before chart runs and footers are cut from its end).
    const tail = stream.replace(/[\s\d]+$/u, '');
    const truncated = tail !== '' && !/[。！？!?”」）)…]$/u.test(tail);
    // 3. Runs the layer printed twice, report footers, the site's watermark.
    const doubled = collapseDoubled(stream, ledger);
    const plate = stripBoilerplate(doubled.text, ledger);
    stream = plate.text;
    // 4. The running header, learned from the document; the cover → metadata (二二五年 → 二〇二五年).
    const header = learnHeader(stream, title);
    const { cover, rest } = cutCover(stream, header?.header ?? null, typeof meta.publisher === 'string' ? meta.publisher : null, input);
    if (cover) {
      meta.cover = { ...cover };
      meta.title = cover.title;
    }
    // 5. TOC out of the dedupe dictionary; it builds and validates the outline.
    const cut = cutToc(rest, header?.header ?? null, input);
    const toc = cut ? parseToc(cut.toc) : [];
    let text = cut ? cut.before + cut.after : cutLooseToc(rest, ledger);
    // A document that opens with its own title (the site's title, printed first) → metadata.
    const lead = text.match(/^\s*/u)![0].length;
    if (!cover && title && text.startsWith(title, lead)) {
      ledger.move('title line → metadata', title);
      text = text.slice(0, lead) + text.slice(lead + title.length);
    }
    // 6. Figure regions out, for the figure parsers (labels may repeat body sentences).
    const figs = cutFigures(text, ov, input);
    // 7. Page numbers and running headers; the seams tell each float's page.
    const pages: PageStrip = header
      ? stripPages(figs.text, toc, header.header, ov.pages ?? null, input)
      : { text: figs.text, seams: [], map: (x) => x };
    // 8. The repeated text layer.
    const dd = dedupe(pages.text, input);
    for (const s of repeatedSentences(dd.text))
      issues.warn(`expected each sentence once after dedupe, found "${s.slice(0, 30)}…" twice`, file, {
        rule: 'pdf-slices/repeated-sentence',
        hint: 'a copy shorter than the dedupe threshold, or a sentence the document repeats',
      });
    // 9. Repairs that no rule can decide.
    text = dd.text;
    const repaired: OffsetMap[] = [];
    for (const r of ov.repairs) {
      if (!text.includes(r.from))
        issues.warn(`expected repair "${r.from}" to match the text, found no match`, `seeds/overrides/${input.source.id}.json`, {
          rule: 'pdf-slices/stale-repair',
          hint: 'remove it from the overrides file',
        });
      repaired.push(offsetMap(replacementEdits(text, r.from, r.to)));
      text = text.split(r.from).join(r.to);
      for (let k = dd.text.split(r.from).length - 1; k > 0; k--) ledger.replace(r.reason, r.from, r.to);
    }
    // 10. Floats (专栏, table, transition) out; outline from the TOC, else headings by pattern.
    const openers = toc.filter((e) => e.level === 'chapter').map((e) => e.label + e.title);
    const fl = cutFloats(text, ov, openers, input);
    const fallbackTitle = title ?? '正文';
    const byPattern = toc.length ? null : outlineByPattern(fl.text, fallbackTitle);
    const sections = byPattern ? byPattern.sections : buildOutline(fl.text, toc, input);
    if (byPattern?.titleLine) {
      ledger.move('title line → metadata', byPattern.titleLine);
      meta.title = fixSpacing(byPattern.titleLine.replace(/\s+/g, ' '));
    }
    const opening = sections[0];
    if (!toc.length && opening?.path === 'opening' && opening.heading === fallbackTitle) ledger.insert('document title as opening heading', fallbackTitle);
    // 11. Floats into place; chapters of headings, paragraphs and floats. The page-aware default
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
    // Extractor spaces after ASCII punctuation only show once it is widened (`公司， 难以`).
    const cleanPara = (s: string): string => fixSpacing(clean(joinWrapped(s))).replace(/ {2,}/g, ' ');
    const items: Placeable[] = [
      ...figs.figures.map((f, i) => ({ id: `figure-${f.n}`, at: pageDefault(pages.map(figs.at[i]!), trail), block: f })),
      ...fl.floats.map((f) => ({ id: f.id, at: pageDefault(dd.origin(unrepair(f.start)), trail), block: floatBlock(f, ov, clean, input) })),
    ];
    const anchors = placeFloats(sections, items, ov, input);
    const chapters = assemble(sections, anchors, clean, cleanPara, ledger.insert.bind(ledger));
    // 12. A scrape cut off mid-sentence is marked for readers.
    const last = chapters[chapters.length - 1];
    if (truncated && last) {
      last.meta = { ...last.meta, truncated: true };
      issues.warn(`expected the text to end with a sentence, found it cut off at "${tail.slice(-20)}"`, file, {
        rule: 'pdf-slices/truncated',
        hint: 'the site previews only part of the document; the last chapter is marked as cut off',
      });
    }
    const table = items.find((i) => i.block.type === 'table')?.block;
    return {
      meta,
      chapters,
      stats: {
        windows: joined.windows,
        streamChars: [...joined.stream].length,
        tocEntries: toc.length,
        repeatedPassagesRemoved: dd.copies,
        doubledRunsCollapsed: doubled.collapsed,
        reportFooters: plate.footers,
        lostCharacters: plate.mojibake,
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

/**
 * A space between two Han characters inside running prose (a comma or sentence end within
 * NEAR characters) is where the PDF wrapped a line (`华大 基因`, `历 史`): joined. Kept between
 * title-block lines (`证券研究报告 汽车行业研究方法培训框架`) and in a list of three or more
 * labels of 2–4 characters (`产能 销量 库存`), which a chart or table printed.
 */
const PROSE = /[,，、;；。！？]/u;
const NEAR = 20;

export function joinWrapped(s: string): string {
  const han = /\p{Script=Han}/u;
  // A label list: runs of 2–4 Han characters separated by single spaces, three or more in a row.
  const labels = new Set<number>();
  for (const m of s.matchAll(/(?<!\S)\p{Script=Han}{2,4}(?: \p{Script=Han}{2,4}){2,}(?!\S)/gu)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (s[k] === ' ') labels.add(k);
  }
  const out: string[] = [];
  let prev = '';
  for (let k = 0; k < s.length; k++) {
    if (s[k] === ' ' && !labels.has(k) && han.test(prev)) {
      let e = k;
      while (s[e] === ' ') e++;
      // Inside running prose (a comma or sentence end nearby), not between title-block lines.
      const prose = PROSE.test(s.slice(Math.max(0, k - NEAR), k)) || PROSE.test(s.slice(e, e + NEAR));
      if (han.test(s[e] ?? '') && prose) {
        k = e - 1;
        continue;
      }
    }
    out.push(s[k]!);
    prev = s[k]!;
  }
  return out.join('');
}

function assemble(
  sections: readonly Section[],
  anchors: readonly Anchor[],
  clean: (s: string) => string,
  cleanPara: (s: string) => string,
  insert: (r: string, t: string) => void,
): Chapter[] {
  const chapters: Chapter[] = [];
  sections.forEach((s, si) => {
    const title = headingText(s, clean, insert);
    if (s.depth === 1) {
      const slug = s.slug ?? (s.entry ? `ch-${chapters.length}` : 'preface');
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
      for (const p of splitParagraphs(s.body.slice(from, to))) ch.blocks.push({ type: 'paragraph', children: [txt(cleanPara(p))] });
      if (a) ch.blocks.push(a.block);
      from = to;
    }
  });
  return chapters;
}

