/**
 * Format `pdf-text`: a PDF-to-text export of a printed report (004, 数字消费发展报告（2025）).
 * Full-width punctuation, blank-line paragraphs, superscript footnote markers with definitions
 * at page bottoms that split paragraphs in two, a TOC, one tab-separated table, figure captions
 * whose images are gone, and boxed cases.
 */
import type { CleanDoc } from '../lib/doc.ts';
import type { FormatModule } from './types.ts';
import { assemble } from './pdf-text/assemble.ts';
import { makeCtx } from './pdf-text/context.ts';
import { attachFootnotes } from './pdf-text/footnotes.ts';
import { parseColophon, parseCover, parseCredits } from './pdf-text/front-matter.ts';
import { joinSplits } from './pdf-text/joins.ts';
import { splitLines } from './pdf-text/lines.ts';
import { SUPERSCRIPTS } from './pdf-text/markers.ts';
import { parseOverrides } from './pdf-text/overrides.ts';
import { findRegions } from './pdf-text/regions.ts';
import { checkToc, parseToc } from './pdf-text/toc.ts';

const DEF_LINE = new RegExp(`^[${SUPERSCRIPTS}]+ ?\\S`, 'mu');
const CHAPTER_LINE = /^第[一二三四五六七八九十]+章 /m;
const TOC_LINE = /^目\s*录$/m;

export const pdfText: FormatModule = {
  id: 'pdf-text',

  // Footnote definition lines, a 目 录 and 第X章 headings together mark a printed report.
  label: 'PDF 文本导出',
  defaults: { reliability: 'research' },
  detect(text) {
    const seen = [DEF_LINE.test(text) && 'footnote definitions', CHAPTER_LINE.test(text) && 'chapter lines', TOC_LINE.test(text) && 'TOC lines'].filter(Boolean);
    return { score: seen.length === 3 ? 0.85 : seen.length * 0.2, evidence: seen.join(', ') || 'no footnotes, chapters or TOC' };
  },

  clean({ text, source, overrides, ledger, issues }) {
    const ctx = makeCtx(text, source.file, ledger, issues);

    // 1. Overrides: which figures the text describes only in part (no rule can tell).
    const opts = parseOverrides(overrides, `seeds/overrides/${source.id}.json`, ctx);

    // 2. Lines, classified before anything is joined; then the report's parts.
    const regions = findRegions(splitLines(text), ctx);

    // 3. Cover, board and colophon → metadata (moved out of the body).
    const { cover, rest } = parseCover(regions.front, ctx);
    const credits = parseCredits(rest, ctx);
    const colophon = parseColophon(regions.colophon, ctx);

    // 4. The TOC is dropped but kept to validate the outline.
    const toc = parseToc(regions.toc, ctx);

    // 5. Page-break splits rejoined (definitions between the halves pass through).
    const pre = joinSplits(regions.preface, ctx);
    const main = joinSplits(regions.body, ctx);
    const joins = [...pre.joins, ...main.joins];

    // 6. Chapters: headings, cases, table, figures, paragraphs (inline markup, spacing, widening).
    const { chapters, defs } = assemble(pre.units, main.units, opts, ctx);

    // 7. Notes to the chapter that references them; missing ones get a flagged placeholder.
    const { missing } = attachFootnotes(chapters, defs, ctx);

    // 8. Outline check against the TOC; TOC page numbers become chapter metadata.
    const tocMatched = checkToc(chapters, toc, ctx);
    for (const ch of chapters) {
      const entry = toc.find((e) => e.title === ch.title);
      if (entry) ch.meta.toc_page = entry.page;
    }
    for (const n of opts.partial_figures)
      if (!chapters.some((c) => c.blocks.some((b) => b.type === 'figure' && b.n === n)))
        issues.error(`overrides: partial_figures lists 图 ${n}, expected a figure caption 图 ${n} in the text, found none; fix the override file`, `seeds/overrides/${source.id}.json`);

    const doc: CleanDoc = {
      meta: { cover: { ...cover }, credits, colophon, missing_notes: missing },
      chapters,
      stats: {
        joins: joins.length,
        joinsByTerminator: joins.filter((j) => j.rule === 'terminator').length,
        joinsByOverlap: joins.filter((j) => j.rule === 'overlap').length,
        footnotesDefined: defs.length,
        footnotesMissing: missing.length,
        tocTitles: toc.length,
        tocMatched,
      },
    };
    for (const [k, v] of [...ctx.counts].sort(([a], [b]) => (a < b ? -1 : 1))) doc.stats[k.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = v;
    return doc;
  },
};
