/**
 * Shares, never as a pie. When the rows add up to the whole (100%), one 100% bar split into
 * segments; otherwise each share on its own 0–100% track, so a partial figure (only some
 * categories given) never looks like a whole.
 */
import { scaleLinear } from 'd3-scale';
import { sum } from 'd3-array';
import { describe, toData, valueFormatter } from './format.ts';
import { el, fill, frame, mark, missing, text, textWidth, INK, INK_3, MISSING, SERIES, TRACK } from './svg.ts';
import type { ChartOptions, Datum, Row } from './types.ts';

/** Within rounding of the source's one decimal. */
export function isWhole(data: readonly Datum[], unit: string | null): boolean {
  return unit === '%' && data.length > 1 && data.every((d) => d.value !== null) && Math.abs(sum(data, (d) => d.value ?? 0) - 100) <= 0.5;
}

export function shareChart(rows: readonly Row[], o: ChartOptions): string {
  const data = toData(rows, o);
  const fmt = valueFormatter(data.map((d) => d.value), o.unit);
  const desc = o.desc ?? describe(o.title, data, fmt) + (isWhole(data, o.unit) ? '' : '各项为占比，未构成整体。');
  return isWhole(data, o.unit) ? whole(data, o, fmt, desc) : tracks(data, o, fmt, desc);
}

function whole(data: Datum[], o: ChartOptions, fmt: (v: number) => string, desc: string): string {
  const width = o.width ?? 640;
  const top = o.illustrative ? 40 : 16;
  const barH = 44;
  const legendRow = 26;
  const height = o.height ?? top + barH + 20 + data.length * legendRow + 8;
  const x = scaleLinear().domain([0, sum(data, (d) => d.value ?? 0)]).range([12, width - 12]);
  let acc = 0;
  const marks = data.map((d, i) => {
    const v = d.value ?? 0;
    const color = SERIES[i % SERIES.length] ?? SERIES[0];
    const x0 = x(acc);
    const w = x(acc + v) - x0;
    acc += v;
    const seg = el('rect', { x: x0, y: top, width: w, height: barH, fill: fill(o, color), stroke: '#fff', 'stroke-width': 2 });
    const inside = !o.illustrative && textWidth(fmt(v), 14) + 8 < w
      ? text({ x: x0 + w / 2, y: top + barH / 2, dy: '0.35em', 'text-anchor': 'middle', fill: '#fff', 'font-size': 14, 'font-weight': 600 }, fmt(v)) : '';
    const ly = top + barH + 20 + i * legendRow;
    const legend = el('rect', { x: 12, y: ly, width: 14, height: 14, fill: color }) +
      text({ x: 34, y: ly + 7, dy: '0.35em', fill: INK, 'font-size': 14 }, `${d.label}　${fmt(v)}`);
    return mark(d.label, fmt(v), seg + inside + legend, { 'data-key': d.key });
  });
  return frame({ id: o.id, width, height, title: o.title, desc, illustrative: o.illustrative }, el('g', { class: 'marks' }, marks.join('')));
}

function tracks(data: Datum[], o: ChartOptions, fmt: (v: number) => string, desc: string): string {
  const width = o.width ?? 640;
  const top = o.illustrative ? 40 : 12;
  const row = 34;
  const height = o.height ?? top + data.length * row + 8;
  const labelW = Math.min(width * 0.4, Math.max(...data.map((d) => textWidth(d.label, 13))));
  const valueW = Math.max(textWidth(MISSING, 12), ...data.map((d) => (d.value === null ? 0 : textWidth(fmt(d.value), 13))));
  const left = 12 + labelW + 8;
  const max = o.unit === '%' ? 100 : Math.max(...data.map((d) => d.value ?? 0), 1);
  const x = scaleLinear().domain([0, max]).range([left, width - 12 - valueW - 8]);
  const color = fill(o, SERIES[0]);
  const marks = data.map((d, i) => {
    const by = top + i * row + 6;
    const h = row - 12;
    const cy = by + h / 2;
    const label = text({ x: left - 8, y: cy, dy: '0.35em', 'text-anchor': 'end', fill: INK, 'font-size': 13 }, d.label);
    const track = el('rect', { x: x(0), y: by, width: x(max) - x(0), height: h, fill: TRACK });
    if (d.value === null)
      return missing(d.label, label + el('rect', { x: x(0), y: by, width: x(max) - x(0), height: h, fill: 'none', stroke: INK_3, 'stroke-dasharray': '4 3' }) +
        text({ x: x(max) + 6, y: cy, dy: '0.35em', fill: INK_3, 'font-size': 12 }, MISSING));
    const bar = el('rect', { x: x(0), y: by, width: Math.max(x(Math.min(d.value, max)) - x(0), 1), height: h, fill: color });
    const value = text({ x: x(max) + 6, y: cy, dy: '0.35em', fill: INK, 'font-size': 13, 'font-weight': 600 }, fmt(d.value));
    return label + mark(d.label, fmt(d.value), track + bar + value, { 'data-key': d.key });
  });
  return frame({ id: o.id, width, height, title: o.title, desc, illustrative: o.illustrative }, el('g', { class: 'marks' }, marks.join('')));
}
