/**
 * Timeline: events down a vertical rule, year on the left, text wrapped on the right. Vertical
 * because the events are Chinese sentences and a phone screen is narrow.
 */
import { describeEvents, toEvents } from './format.ts';
import { el, esc, fill, frame, mark, missing, n, text, textWidth, INK, INK_3, LINE, MISSING, SERIES } from './svg.ts';
import type { ChartOptions, Row } from './types.ts';

const SIZE = 15;
const LEAD = 22;

/** Greedy wrap by estimated width; punctuation never starts a line. */
export function wrap(s: string, maxWidth: number, size = SIZE): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (cur && textWidth(cur + ch, size) > maxWidth && !/[，。、；：！？）》”’,.;:!?)]/.test(ch)) {
      lines.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function timelineChart(rows: readonly Row[], o: ChartOptions): string {
  const events = toEvents(rows, o);
  const width = o.width ?? 640;
  const yearW = Math.max(...events.map((e) => textWidth(e.label, SIZE)), 0);
  const rule = 16 + yearW + 16;
  const textX = rule + 18;
  const top = o.illustrative ? 40 : 16;
  let y = top;
  const items = events.map((e) => {
    const lines = wrap(e.text ?? MISSING, width - textX - 12);
    const cy = y + SIZE / 2;
    const year = text({ x: rule - 16, y: y + SIZE - 2, 'text-anchor': 'end', fill: INK, 'font-size': SIZE, 'font-weight': 700 }, e.label);
    const body = el('text', { x: textX, y: y + SIZE - 2, fill: e.text === null ? INK_3 : INK, 'font-size': SIZE },
      lines.map((l, i) => `<tspan x="${n(textX)}"${i ? ` dy="${LEAD}"` : ''}>${esc(l)}</tspan>`).join(''));
    y += lines.length * LEAD + 14;
    if (e.text === null) return missing(e.label, year + el('circle', { cx: rule, cy, r: 5, fill: '#fff', stroke: INK_3, 'stroke-dasharray': '2 2' }) + body);
    return mark(e.label, e.text, year + el('circle', { cx: rule, cy, r: 6, fill: fill(o, SERIES[0]), stroke: SERIES[0], 'stroke-width': 1.5 }) + body, { 'data-key': e.key });
  });
  const height = o.height ?? y + 4;
  const axis = el('line', { x1: rule, x2: rule, y1: top, y2: y - 14, stroke: LINE, 'stroke-width': 2, 'aria-hidden': 'true' });
  return frame({ id: o.id, width, height, title: o.title, desc: o.desc ?? describeEvents(o.title, events), illustrative: o.illustrative },
    axis + el('g', { class: 'marks' }, items.join('')));
}
