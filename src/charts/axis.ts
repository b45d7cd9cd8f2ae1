/** A linear value axis from d3-scale: ticks, grid lines and their labels, as SVG. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { el, text, INK_3, LINE } from './svg.ts';

/** The value scale always includes 0: bars start there, and lines stay honest about size. */
export function valueScale(values: readonly (number | null)[], range: [number, number]): ScaleLinear<number, number> {
  const [lo = 0, hi = 0] = extent(values.filter((v): v is number => v !== null));
  const domain: [number, number] = [Math.min(0, lo), Math.max(0, hi)];
  if (domain[0] === domain[1]) domain[1] = 1;
  return scaleLinear().domain(domain).range(range).nice(5);
}

export function tickLabels(y: ScaleLinear<number, number>): string[] {
  const f = y.tickFormat(5, ',f');
  return y.ticks(5).map((t) => f(t));
}

/** Horizontal grid for a vertical value axis, labels right-aligned at `x0`. */
export function yGrid(y: ScaleLinear<number, number>, x0: number, x1: number, unit: string | null): string {
  const f = y.tickFormat(5, ',f');
  const ticks = y.ticks(5).map((t) =>
    el('line', { x1: x0, x2: x1, y1: y(t), y2: y(t), stroke: LINE, 'stroke-width': t === 0 ? 1.5 : 1 }) +
    text({ x: x0 - 6, y: y(t), dy: '0.35em', 'text-anchor': 'end', fill: INK_3, 'font-size': 12 }, f(t)));
  const u = unit ? text({ x: x0 - 6, y: (y.range()[1] ?? 0) - 12, 'text-anchor': 'end', fill: INK_3, 'font-size': 12 }, `（${unit}）`) : '';
  return el('g', { class: 'axis', 'aria-hidden': 'true' }, ticks.join('') + u);
}

/** Vertical grid for a horizontal value axis, labels under the plot at `y1`. */
export function xGrid(x: ScaleLinear<number, number>, y0: number, y1: number, unit: string | null): string {
  const f = x.tickFormat(5, ',f');
  const ticks = x.ticks(5).map((t) =>
    el('line', { x1: x(t), x2: x(t), y1: y0, y2: y1, stroke: LINE, 'stroke-width': t === 0 ? 1.5 : 1 }) +
    text({ x: x(t), y: y1 + 16, 'text-anchor': 'middle', fill: INK_3, 'font-size': 12 }, f(t) + (unit === '%' ? '%' : '')));
  return el('g', { class: 'axis', 'aria-hidden': 'true' }, ticks.join(''));
}
