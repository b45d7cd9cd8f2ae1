/**
 * Figures survive only as a lone-space line and a caption (`图 1 数字消费额占比情况`, once
 * `图3 …` without the space). The chart is rebuilt later from the text before the caption; here
 * the caption keeps its place, and figures the text describes only in part carry a note.
 */
import type { Block } from '../../lib/doc.ts';
import type { Ctx } from './context.ts';
import { toInlines } from './inline.ts';
import { inlineText } from '../../lib/measure.ts';
import type { Line } from './lines.ts';
import type { Overrides } from './overrides.ts';

type Figure = Extract<Block, { type: 'figure' }>;

const CAPTION = /^图\s*(\d+)\s*(.+)$/;

export function parseFigure(line: Line, overrides: Overrides, ctx: Ctx): Figure {
  const m = CAPTION.exec(line.text);
  if (!m) throw new Error(`parseFigure: not a figure caption: ${line.text}`);
  ctx.ledger.move('figure number → n', `图${m[1]}`);
  const n = Number(m[1]);
  const fig: Figure = { type: 'figure', n, caption: inlineText(toInlines(m[2] ?? '', ctx)) };
  if (overrides.partial_figures.includes(n)) fig.note = overrides.partial_note;
  return fig;
}
