/** What a figure decoder sees: its block, its chapter, and the prose around it. */
import type { Block } from '../../lib/doc.ts';
import { inlineText } from '../../lib/measure.ts';
import type { Source } from '../../../src/schemas/source.ts';
import type { DataTable } from '../../../src/schemas/table.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

export type FigureBlock = Extract<Block, { type: 'figure' }>;

export interface FigureContext {
  source: Source;
  chapter: string;
  block: FigureBlock;
  /** Texts of the paragraphs right before the figure (up to a heading or another float), nearest first. */
  before: string[];
  /** Every paragraph and list-item text of the document, for cross-checks against the prose. */
  prose: string[];
}

export interface Decoded {
  figure: Figure;
  table: DataTable | null;
  problems: string[];
}

export const figureId = (ctx: FigureContext): string => `${ctx.source.id}-fig-${ctx.block.n}`;

/** `<source id> 图2: …` — problems name the source and figure. */
export const problem = (ctx: FigureContext, what: string): string => `${ctx.source.id} 图${ctx.block.n}: ${what}`;

export function paragraphsBefore(blocks: readonly Block[], index: number): string[] {
  const out: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'figure' || b.type === 'table') continue; // 图2 and 图3 share one lead-in paragraph
    if (b.type !== 'paragraph') break;
    out.push(inlineText(b.children));
  }
  return out;
}

export function proseOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph' ? [inlineText(b.children)] : b.type === 'list' ? b.items.map(inlineText) : b.type === 'callout' ? proseOf(b.children) : [],
  );
}

const SENTENCE_END = /[。！？]/;

/** The whole sentences of `text` covering [start, end): the exact substring a quote holds. */
export function sentencesAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = Math.max(end, from);
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  return text.slice(from, to);
}

/** The base of a figure record; decoders fill in the rest. */
export function figureBase(ctx: FigureContext): Pick<Figure, 'id' | 'source' | 'chapter' | 'n' | 'caption' | 'anchor'> {
  return { id: figureId(ctx), source: ctx.source.id, chapter: ctx.chapter, n: ctx.block.n, caption: ctx.block.caption, anchor: null };
}

/** The data table behind a figure: `<figure id>-data`, captioned like the figure. */
export function figureTable(ctx: FigureContext, columns: DataTable['columns'], rows: DataTable['rows'], note: string): DataTable {
  return { id: `${figureId(ctx)}-data`, source: ctx.source.id, chapter: ctx.chapter, caption: ctx.block.caption, columns, rows, origin: 'figure', note };
}
