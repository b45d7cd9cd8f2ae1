/**
 * Format `pdf-text`: a PDF-to-text export of a printed report (pdftotext and its like). What it
 * looks like and each cleaning step, with raw examples: docs/formats/pdf-text.md.
 *
 * Two layouts of the same kind: hard-wrapped lines with a form feed, a page number and often a
 * running header on every page (pdftotext), or one paragraph per line between blank lines. Both
 * carry a cover, optional 前言/目录/版权声明 parts, numbered headings (第一章, 一、, （一）),
 * footnotes printed at the page bottoms that split paragraphs in two, figure captions whose
 * images are gone, and tables as text.
 */
import type { CleanDoc, JsonValue } from '../lib/doc.ts';
import type { Detection, FormatModule } from './types.ts';
import { assemble } from './pdf-text/assemble.ts';
import { makeCtx } from './pdf-text/context.ts';
import { attachFootnotes } from './pdf-text/footnotes.ts';
import { parseColophon, parseCopyright, parseCover, parseCredits } from './pdf-text/front-matter.ts';
import { joinSplits } from './pdf-text/joins.ts';
import { splitLines } from './pdf-text/lines.ts';
import { SUPERSCRIPTS } from './pdf-text/markers.ts';
import { markupOf, parseOverrides } from './pdf-text/overrides.ts';
import { stripPages } from './pdf-text/pages.ts';
import { reflow, wrapWidth } from './pdf-text/reflow.ts';
import { findRegions } from './pdf-text/regions.ts';
import { checkToc, parseToc } from './pdf-text/toc.ts';

const DEF_LINE = new RegExp(`^[${SUPERSCRIPTS}]+ ?\\S`, 'mu');
const HEADING = /^(?:第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*\S{2,40}$/mu;
const TOC_LINE = /^目\s*录$|^目$/mu;
const TOC_ENTRY = /^.{2,40}?(?:\t|[.．·…]{4,}\s*)\d{1,3}$/mu;
const CAPTION = /^图\s*\d+\s*\S/mu;
const PAGE_NUMBER_BEFORE_BREAK = /(?:^|\n)[ \t]*\d{1,3}[ \t]*\n[\s]*\f/g;

/**
 * Printed-report evidence, each worth a share: form feeds with page numbers before them, a
 * table of contents, numbered headings on lines of their own, figure captions, footnote
 * definition lines, and (for the hard-wrapped layout) lines cut at one page width.
 */
export function detectPdfText(text: string): Detection {
  const lines = splitLines(text);
  const filled = lines.filter((l) => l.text !== '');
  if (filled.length === 0) return { score: 0, evidence: 'no text' };
  const pages = (text.match(/\f/g) ?? []).length;
  const numbered = (text.match(PAGE_NUMBER_BEFORE_BREAK) ?? []).length;
  const headings = filled.filter((l) => HEADING.test(l.text)).length;
  const captions = filled.filter((l) => CAPTION.test(l.text)).length;
  const defs = (text.match(new RegExp(DEF_LINE.source, 'gmu')) ?? []).length;
  const wrap = wrapWidth(lines);
  const seen: [boolean, number, string][] = [
    [pages >= 3 && numbered >= pages * 0.3, 0.35, `${pages} form feeds, ${numbered} after a page number`],
    [wrap !== null, 0.25, `lines wrapped at ${wrap?.width ?? 0} columns`],
    [TOC_LINE.test(text) || (text.match(new RegExp(TOC_ENTRY.source, 'gmu')) ?? []).length >= 3, 0.2, 'a table of contents'],
    [headings >= 3, 0.2, `${headings} numbered headings`],
    [captions >= 1, 0.1, `${captions} figure captions`],
    [defs >= 3, 0.2, `${defs} footnote definitions`],
  ];
  const hits = seen.filter(([ok]) => ok);
  // Long lines that run for thousands of characters are page slices, not a printed layout.
  const longLines = filled.filter((l) => l.width > 400).length;
  const score = longLines > filled.length * 0.3 ? 0 : Math.min(1, hits.reduce((s, [, w]) => s + w, 0));
  return { score: Math.round(score * 100) / 100, evidence: hits.map(([, , e]) => e).join(', ') || 'no page breaks, TOC, numbered headings or footnotes' };
}

export const pdfText: FormatModule = {
  id: 'pdf-text',
  label: 'PDF 文本导出',
  defaults: { reliability: 'research' },
  detect: detectPdfText,

  clean({ text, source, overrides, ledger, issues }) {
    // 1. Overrides: what only this document needs (markup its exporter writes, figure specs).
    const overridesFile = `seeds/overrides/${source.id}.json`;
    const opts = parseOverrides(overrides, overridesFile, { issues });
    const ctx = makeCtx(text, source.file, ledger, issues, markupOf(opts));

    // 2. Lines, classified before anything is joined; page chrome out, page-bottom notes lifted.
    const { lines, stats: pageStats } = stripPages(splitLines(text), ctx);

    // 3. The report's parts: cover, copyright page, TOC, body, colophon (each optional).
    const regions = findRegions(lines, ctx);

    // 4. Cover, board, copyright page and colophon → metadata (moved out of the body).
    const { cover, stated, rest } = parseCover(regions.front, ctx);
    const credits = parseCredits(rest, ctx);
    const copyright = regions.copyright.length ? parseCopyright(regions.copyright, ctx) : '';
    const colophon = parseColophon(regions.colophon, ctx);

    // 5. The TOC is dropped but kept: it finds unnumbered headings and checks the outline.
    const toc = parseToc(regions.toc, ctx);

    // 6. Paragraphs: wrapped lines rejoined, or page-break splits rejoined (notes pass through).
    const wrap = wrapWidth(regions.body);
    ctx.wrapped = wrap !== null;
    const joined = wrap ? { units: reflow(regions.body, wrap, ctx), joins: [] } : joinSplits(regions.body, ctx);
    const joins = joined.joins;

    // 7. Chapters: headings, cases, tables, figures, paragraphs (spacing, widening).
    const { chapters, defs } = assemble(joined.units, { overrides: opts, toc, title: stated.title ?? source.title, wrapped: wrap !== null }, ctx);
    if (chapters.length === 0) issues.bug('pdf-text assemble', 'expected at least one chapter from a readable text, found none');

    // 8. Notes to the chapter that references them; missing ones get a flagged placeholder.
    const { missing } = attachFootnotes(chapters, defs, ctx);

    // 9. Outline check against the TOC; TOC page numbers become chapter metadata.
    const tocMatched = toc.length ? checkToc(chapters, toc, ctx) : 0;
    for (const ch of chapters) {
      const entry = toc.find((e) => e.title === ch.title && e.page !== null);
      if (entry) ch.meta.toc_page = entry.page;
    }
    for (const n of Object.keys(opts.figures))
      if (!chapters.some((c) => c.blocks.some((b) => b.type === 'figure' && b.n === Number(n)) || c.blocks.some((b) => b.type === 'callout' && b.children.some((x) => x.type === 'figure' && x.n === Number(n)))))
        issues.warn(`overrides: figures has 图 ${n}, expected a caption 图 ${n} in the text, found none; the spec is not used`, overridesFile, { rule: 'pdf-text/override-figure' });

    const meta: Record<string, JsonValue> = { cover: { ...cover }, credits, colophon, missing_notes: missing };
    if (copyright) meta.copyright = copyright;
    if (stated.title) meta.title = stated.title;
    if (stated.publisher) meta.publisher = stated.publisher;
    if (stated.published) meta.published = stated.published;
    const doc: CleanDoc = {
      meta,
      chapters,
      stats: {
        joins: joins.length,
        joinsByTerminator: joins.filter((j) => j.rule === 'terminator').length,
        joinsByOverlap: joins.filter((j) => j.rule === 'overlap').length,
        footnotesDefined: defs.length,
        footnotesMissing: missing.length,
        tocTitles: toc.filter((e) => !e.list).length,
        tocMatched,
      },
    };
    if (pageStats.pages > 1) Object.assign(doc.stats, { pages: pageStats.pages, pageNumbers: pageStats.pageNumbers, runningHeaders: pageStats.runningHeaders, pageFootnotes: pageStats.footnotes });
    if (pageStats.bullets) doc.stats.bulletGlyphs = pageStats.bullets;
    if (wrap) doc.stats.wrapWidth = wrap.width;
    for (const [k, v] of [...ctx.counts].sort(([a], [b]) => (a < b ? -1 : 1))) doc.stats[k.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = v;
    return doc;
  },
};
