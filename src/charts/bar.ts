/**
 * Bar chart. A series over time (date or number x) stands upright in source order; categories
 * lie flat so long Chinese labels read on one line. A missing value leaves a labelled gap.
 */
import { scaleBand } from 'd3-scale';
import { valueScale, tickLabels, xGrid, yGrid } from './axis.ts';
import { describe, toData, valueFormatter } from './format.ts';
import { el, fill, frame, mark, missing, text, textWidth, INK, INK_3, MISSING, SERIES } from './svg.ts';
import type { ChartOptions, Datum, Row } from './types.ts';

export function barChart(rows: readonly Row[], o: ChartOptions): string {
  const data = toData(rows, o);
  const fmt = valueFormatter(data.map((d) => d.value), o.unit);
  const desc = o.desc ?? describe(o.title, data, fmt);
  const upright = (o.xType === 'date' || o.xType === 'number') && data.length <= 12;
  return upright ? columns(data, o, fmt, desc) : lying(data, o, fmt, desc);
}

function columns(data: Datum[], o: ChartOptions, fmt: (v: number) => string, desc: string): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const y0 = valueScale(data.map((d) => d.value), [height - 40, 44]);
  const left = 16 + Math.max(...tickLabels(y0).map((t) => textWidth(t, 12)), textWidth(`（${o.unit ?? ''}）`, 12) - 8);
  const x = scaleBand().domain(data.map((d) => d.key)).range([left, width - 12]).padding(0.35);
  const y = y0;
  const base = y(0);
  const color = fill(o, SERIES[0]);
  const marks = data.map((d) => {
    const cx = (x(d.key) ?? 0) + x.bandwidth() / 2;
    const label = text({ x: cx, y: height - 16, 'text-anchor': 'middle', fill: INK, 'font-size': 13 }, d.label);
    if (d.value === null)
      return missing(d.label, label + el('rect', { x: x(d.key), y: base - 28, width: x.bandwidth(), height: 28, fill: 'none', stroke: INK_3, 'stroke-dasharray': '4 3' }) +
        text({ x: cx, y: base - 36, 'text-anchor': 'middle', fill: INK_3, 'font-size': 12 }, MISSING));
    const top = Math.min(y(d.value), base);
    const bar = el('rect', { x: x(d.key), y: top, width: x.bandwidth(), height: Math.max(Math.abs(base - y(d.value)), 1), fill: color });
    const value = text({ x: cx, y: top - 6, 'text-anchor': 'middle', fill: INK, 'font-size': 13, 'font-weight': 600 }, fmt(d.value));
    return mark(d.label, fmt(d.value), bar + value, { 'data-key': d.key }) + label;
  });
  return frame({ id: o.id, width, height, title: o.title, desc, illustrative: o.illustrative },
    yGrid(y, left - 4, width - 12, o.unit) + el('g', { class: 'marks' }, marks.join('')));
}

function lying(data: Datum[], o: ChartOptions, fmt: (v: number) => string, desc: string): string {
  const width = o.width ?? 640;
  const row = 36;
  const top = o.illustrative ? 36 : 12;
  const height = o.height ?? top + data.length * row + 28;
  const labelW = Math.min(width * 0.4, Math.max(...data.map((d) => textWidth(d.label, 13))));
  const valueW = Math.max(...data.map((d) => (d.value === null ? textWidth(MISSING, 12) : textWidth(fmt(d.value), 13))));
  const left = 12 + labelW + 8;
  const x = valueScale(data.map((d) => d.value), [left, width - 12 - valueW - 8]);
  const y = scaleBand().domain(data.map((d) => d.key)).range([top, top + data.length * row]).padding(0.25);
  const base = x(0);
  const color = fill(o, SERIES[0]);
  const marks = data.map((d) => {
    const by = y(d.key) ?? 0;
    const cy = by + y.bandwidth() / 2;
    const label = text({ x: left - 8, y: cy, dy: '0.35em', 'text-anchor': 'end', fill: INK, 'font-size': 13 }, d.label);
    if (d.value === null)
      return missing(d.label, label + el('rect', { x: base, y: by, width: 28, height: y.bandwidth(), fill: 'none', stroke: INK_3, 'stroke-dasharray': '4 3' }) +
        text({ x: base + 34, y: cy, dy: '0.35em', fill: INK_3, 'font-size': 12 }, MISSING));
    const end = x(d.value);
    const bar = el('rect', { x: Math.min(base, end), y: by, width: Math.max(Math.abs(end - base), 1), height: y.bandwidth(), fill: color });
    const value = text({ x: Math.max(base, end) + 6, y: cy, dy: '0.35em', fill: INK, 'font-size': 13, 'font-weight': 600 }, fmt(d.value));
    return mark(d.label, fmt(d.value), bar + value, { 'data-key': d.key }) + label;
  });
  const plotBottom = top + data.length * row;
  return frame({ id: o.id, width, height, title: o.title, desc, illustrative: o.illustrative },
    xGrid(x, top, plotBottom, o.unit) + el('g', { class: 'marks' }, marks.join('')));
}
