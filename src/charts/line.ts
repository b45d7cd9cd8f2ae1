/**
 * Line chart for a series over time. d3-shape's `defined` breaks the line at a missing value,
 * and the gap gets a dashed tick and 原文未提供 instead of a point at zero.
 */
import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { valueScale, tickLabels, yGrid } from './axis.ts';
import { describe, toData, valueFormatter } from './format.ts';
import { el, frame, mark, missing, text, textWidth, INK, INK_3, MISSING, SERIES } from './svg.ts';
import type { ChartOptions, Datum, Row } from './types.ts';

export function lineChart(rows: readonly Row[], o: ChartOptions): string {
  const data = toData(rows, o);
  const fmt = valueFormatter(data.map((d) => d.value), o.unit);
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const y = valueScale(data.map((d) => d.value), [height - 40, 44]);
  const left = 16 + Math.max(...tickLabels(y).map((t) => textWidth(t, 12)), textWidth(`（${o.unit ?? ''}）`, 12) - 8);
  const x = scalePoint().domain(data.map((d) => d.key)).range([left, width - 12]).padding(0.5);
  const px = (d: Datum) => x(d.key) ?? 0;
  const color = SERIES[0];
  const path = line<Datum>().defined((d) => d.value !== null).x(px).y((d) => y(d.value ?? 0)).digits(2)(data) ?? '';
  const stroke = el('path', { d: path, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': o.illustrative ? '6 4' : undefined });
  const marks = data.map((d) => {
    const cx = px(d);
    const label = text({ x: cx, y: height - 16, 'text-anchor': 'middle', fill: INK, 'font-size': 13 }, d.label);
    if (d.value === null)
      return missing(d.label, label + el('line', { x1: cx, x2: cx, y1: y(0), y2: y(0) - 28, stroke: INK_3, 'stroke-dasharray': '3 3' }) +
        text({ x: cx, y: y(0) - 34, 'text-anchor': 'middle', fill: INK_3, 'font-size': 12 }, MISSING));
    const cy = y(d.value);
    const dot = el('circle', { cx, cy, r: 5, fill: '#fff', stroke: color, 'stroke-width': 2.5 });
    const value = text({ x: cx, y: cy - 12, 'text-anchor': 'middle', fill: INK, 'font-size': 13, 'font-weight': 600 }, fmt(d.value));
    return mark(d.label, fmt(d.value), dot + value, { 'data-key': d.key }) + label;
  });
  return frame({ id: o.id, width, height, title: o.title, desc: o.desc ?? describe(o.title, data, fmt), illustrative: o.illustrative },
    yGrid(y, left - 4, width - 12, o.unit) + stroke + el('g', { class: 'marks' }, marks.join('')));
}
