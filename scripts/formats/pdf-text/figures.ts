/**
 * Figures survive only as a caption (`图 1 …`, `图3 …` without the space), at
 * most with a lone-space line where the image was. The caption keeps its place. Where the
 * document's overrides say which words of the text give the chart's numbers, the spec rides on
 * the block to the extract stage, and a figure the text describes only in part carries a note.
 */
import type { FigureBlockWithSpec } from '../../extract/figures/text-rebuild.ts';
import type { Ctx } from './context.ts';
import { toInlines } from './inline.ts';
import { inlineText } from '../../lib/measure.ts';
import type { Line } from './lines.ts';
import type { Overrides } from './overrides.ts';

const CAPTION = /^图\s*(\d+)\s*(.+)$/;

export function parseFigure(_line: Line, text: string, overrides: Overrides, ctx: Ctx): FigureBlockWithSpec & { noteRefs?: number[] } {
  const m = CAPTION.exec(text);
  if (!m) throw new Error(`parseFigure: not a figure caption: ${text}`);
  ctx.ledger.move('figure number → n', `图${m[1]}`);
  const n = Number(m[1]);
  const inlines = toInlines(m[2] ?? '', ctx);
  const fig: FigureBlockWithSpec & { noteRefs?: number[] } = { type: 'figure', n, caption: inlineText(inlines) };
  // A note marker on a caption cannot be shown in a plain-text caption; the note still belongs here.
  const refs = inlines.flatMap((x) => (x.type === 'fnref' ? [x.n] : []));
  if (refs.length) fig.noteRefs = refs;
  const spec = overrides.figures[String(n)];
  if (spec?.completeness === 'partial') fig.note = overrides.partial_note;
  if (spec) fig.textSpec = spec;
  return fig;
}
