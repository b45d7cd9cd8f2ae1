/**
 * Figures as chart specs with their data tables. Each figure goes to the first decoder that
 * recognizes it: a per-source text spec (004), a glued digit run with period labels (002 图2,
 * 图3), milestone labels rebuilt from the text (002 图1), or a diagram with no data at all
 * (002 图4, 图5). Problems are returned, never thrown, so one bad figure does not stop the build.
 */
import type { Block, CleanDoc } from '../lib/doc.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { DataTable } from '../../src/schemas/table.ts';
import { figureBase, paragraphsBefore, problem, proseOf, type Decoded, type FigureContext } from './figures/context.ts';
import { DIGITAL_CONSUMPTION_FIGURES } from './figures/digital-consumption.ts';
import { decodeDigitRun } from './figures/digit-run.ts';
import { rebuildFromText, type TextFigureSpec } from './figures/text-rebuild.ts';
import { decodeTimeline } from './figures/timeline.ts';

/** Text specs by source id and figure number. */
export const TEXT_SPECS: Readonly<Record<string, Readonly<Record<number, TextFigureSpec>>>> = {
  'digital-consumption-2025': DIGITAL_CONSUMPTION_FIGURES,
};

function diagram(ctx: FigureContext): Decoded {
  return {
    figure: { ...figureBase(ctx), type: 'diagram', table: null, x: null, y: null, unit: null, completeness: 'none', method: 'none', note: '原图为示意图，无数据', quote: null },
    table: null,
    problems: [],
  };
}

export function decodeFigure(ctx: FigureContext, specs: Readonly<Record<number, TextFigureSpec>> = {}): Decoded {
  const spec = specs[ctx.block.n];
  if (spec) return rebuildFromText(ctx, spec);
  const raw = ctx.block.raw ?? '';
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
  const specs = TEXT_SPECS[source.id] ?? {};
  const seen = new Set<number>();
  const walk = (chapter: string, blocks: readonly Block[]): void => {
    blocks.forEach((block, i) => {
      if (block.type === 'callout') return walk(chapter, block.children);
      if (block.type !== 'figure') return;
      const ctx: FigureContext = { source, chapter, block, before: paragraphsBefore(blocks, i), prose };
      if (seen.has(block.n)) problems.push(problem(ctx, 'the figure number occurs twice; ids would collide'));
      seen.add(block.n);
      const d = decodeFigure(ctx, specs);
      figures.push(d.figure);
      if (d.table) tables.push(d.table);
      problems.push(...d.problems);
    });
  };
  for (const ch of doc.chapters) walk(ch.slug, ch.blocks);
  for (const n of Object.keys(specs).map(Number))
    if (!seen.has(n)) problems.push(`${source.id} 图${n}: a text spec exists but the document has no such figure`);
  return { figures, tables, problems };
}
