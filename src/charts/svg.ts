/**
 * SVG string building shared by the chart kinds. Text from sources is escaped here and nowhere
 * else, and every coordinate goes through `n()` so output is byte-stable across platforms.
 */
export const MISSING = '原文未提供';

/** Palette: every fill has ≥ 4.5:1 against white so white labels on it and it on the page both read. */
export const INK = '#1d1f23';
export const INK_2 = '#4a4f57';
export const INK_3 = '#5f6670';
export const LINE = '#d6d2c8';
export const TRACK = '#ece9e2';
export const SERIES = ['#1f5f8b', '#9b2c1f', '#2d6a45', '#6b4391', '#7a5200', '#3d4f63'] as const;

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Two decimals at most, no trailing zeros, no "-0". */
export function n(v: number): string {
  const s = v.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`)
    .join('');
}

export function el(tag: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`;
}

export function text(a: Attrs, s: string): string {
  return el('text', a, esc(s));
}

/** A data mark: focusable, labelled, carrying what the client tooltip shows. */
export function mark(label: string, value: string, body: string, extra: Attrs = {}): string {
  return el('g', { class: 'mark', tabindex: 0, role: 'img', 'aria-label': `${label}：${value}`, 'data-label': label, 'data-value': value, ...extra }, body);
}

/** A row the source leaves empty: drawn as a labelled gap, never as zero, and not a data point. */
export function missing(label: string, body: string): string {
  return el('g', { class: 'missing', 'data-label': label, 'data-value': MISSING }, body);
}

export interface Frame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  illustrative?: boolean;
}

/** Fill of a mark: the hatch pattern for illustrative data, so it never passes for a statistic. */
export function fill(f: Pick<Frame, 'id' | 'illustrative'>, color: string): string {
  return f.illustrative ? `url(#${f.id}-hatch-${color.slice(1)})` : color;
}

function hatches(id: string): string {
  return SERIES.map((c) =>
    el('pattern', { id: `${id}-hatch-${c.slice(1)}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 6, height: 6, fill: c, 'fill-opacity': 0.55 }) + el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: c, 'stroke-width': 3 })),
  ).join('');
}

/** The root element: responsive, titled, described; fonts inherit the page's. */
export function frame(f: Frame, body: string): string {
  const badge = f.illustrative
    ? el('g', { class: 'illustrative' }, el('rect', { x: f.width - 52, y: 4, width: 48, height: 24, rx: 4, fill: '#fff4d6', stroke: '#b38600' }) + text({ x: f.width - 28, y: 21, 'text-anchor': 'middle', 'font-size': 14, fill: '#5c4300' }, '示意'))
    : '';
  const defs = f.illustrative ? el('defs', {}, hatches(f.id)) : '';
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', class: 'chart-svg', role: 'img', width: '100%', viewBox: `0 0 ${n(f.width)} ${n(f.height)}`,
    'aria-labelledby': `${f.id}-title ${f.id}-desc`, 'font-family': 'inherit', 'font-size': 14, fill: INK,
  }, el('title', { id: `${f.id}-title` }, esc(f.title)) + el('desc', { id: `${f.id}-desc` }, esc(f.desc)) + defs + body + badge);
}

/** Width of a label without a DOM: CJK and full-width forms take 1em, everything else ~0.6em. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return w * size;
}
