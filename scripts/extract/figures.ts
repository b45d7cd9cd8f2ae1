/**
 * Figures as chart specs with their data tables. Each figure goes to the first decoder that
 * recognizes it: a text spec the document's overrides put on the block (pdf-text), a glued
 * digit run with period labels (002 图2, 图3), milestone labels rebuilt from the text (002 图1),
 * or a diagram with no data at all (002 图4, 图5). A caption whose image the export lost (a
 * pdf-text figure with no raw text and no spec) is a placeholder. Problems are returned, never
 * thrown, so one bad figure does not stop the build.
 */
import type { Block, CleanDoc } from '../lib/doc.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { DataTable } from '../../src/schemas/table.ts';
import { figureBase, paragraphsBefore, problem, proseOf, type Decoded, type FigureContext } from './figures/context.ts';
import { decodeDigitRun } from './figures/digit-run.ts';
import { rebuildFromText, type FigureBlockWithSpec } from './figures/text-rebuild.ts';
import { decodeTimeline } from './figures/timeline.ts';

function diagram(ctx: FigureContext): Decoded {
  return {
    figure: { ...figureBase(ctx), type: 'diagram', table: null, x: null, y: null, unit: null, completeness: 'none', method: 'none', note: '原图为示意图，无数据', quote: null },
    table: null,
    problems: [],
  };
}

export function decodeFigure(ctx: FigureContext): Decoded {
  const spec = (ctx.block as FigureBlockWithSpec).textSpec;
  if (spec) return rebuildFromText(ctx, spec);
  if (ctx.block.raw === undefined) {
    // Only the caption survived the export: nothing to decode, nothing missing to report.
    const d = diagram(ctx);
    return { ...d, figure: { ...d.figure, note: '原图未随文本导出' } };
  }
  const raw = ctx.block.raw;
  const decoded = decodeDigitRun(ctx) ?? decodeTimeline(ctx);
  if (decoded) return decoded;
  if (raw !== '' && !/\d/.test(raw)) return diagram(ctx);
  const d = diagram(ctx);
  return { ...d, figure: { ...d.figure, note: '原图数据未能恢复' }, problems: [problem(ctx, 'expected chart values in its raw text or a text spec, found neither; it is shown as a placeholder')] };
}

export function figuresOf(source: Source, doc: CleanDoc): { figures: Figure[]; tables: DataTable[]; problems: string[] } {
  const figures: Figure[] = [];
  const tables: DataTable[] = [];
  const problems: string[] = [];
  const prose = doc.chapters.flatMap((c) => proseOf(c.blocks));
  const seen = new Set<number>();
  const walk = (chapter: string, blocks: readonly Block[]): void => {
    blocks.forEach((block, i) => {
      if (block.type === 'callout') return walk(chapter, block.children);
      if (block.type !== 'figure') return;
      const ctx: FigureContext = { source, chapter, block, before: paragraphsBefore(blocks, i), prose };
      if (seen.has(block.n)) problems.push(problem(ctx, 'the figure number occurs twice; ids would collide'));
      seen.add(block.n);
      const d = decodeFigure(ctx);
      figures.push(d.figure);
      if (d.table) tables.push(d.table);
      problems.push(...d.problems);
    });
  };
  for (const ch of doc.chapters) walk(ch.slug, ch.blocks);
  return { figures, tables, problems };
}
