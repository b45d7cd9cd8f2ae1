/**
 * How values and labels read in Chinese: ISO dates as 2024年12月, numbers with grouping and the
 * data's own number of decimals (3.09 stays 3.09, 61685 stays 61,685), the unit glued on.
 */
import { format } from 'd3-format';
import type { ChartOptions, Datum, Event, Row } from './types.ts';

export function xLabel(v: string | number | null, type: ChartOptions['xType']): string {
  if (v === null) return '';
  const s = String(v);
  if (type !== 'date') return s;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
  if (!m) return s;
  return `${m[1]}年` + (m[2] ? `${Number(m[2])}月` : '') + (m[3] ? `${Number(m[3])}日` : '');
}

/** Decimals as the source wrote them: the most any value has, at most 3. */
export function decimals(values: readonly (number | null)[]): number {
  let d = 0;
  for (const v of values) {
    if (v === null) continue;
    const frac = /\.(\d+)$/.exec(String(v))?.[1] ?? '';
    d = Math.max(d, Math.min(frac.length, 3));
  }
  return d;
}

export function valueFormatter(values: readonly (number | null)[], unit: string | null): (v: number) => string {
  const f = format(`,.${decimals(values)}f`);
  return (v) => f(v) + (unit ?? '');
}

export function toData(rows: readonly Row[], o: ChartOptions): Datum[] {
  return rows.map((r, i) => {
    const x = r[o.x] ?? null;
    const y = r[o.y] ?? null;
    return { key: x === null ? `row-${i}` : String(x), label: xLabel(x, o.xType), value: typeof y === 'number' && Number.isFinite(y) ? y : null };
  });
}

export function toEvents(rows: readonly Row[], o: ChartOptions): Event[] {
  return rows.map((r, i) => {
    const x = r[o.x] ?? null;
    const y = r[o.y] ?? null;
    return { key: x === null ? `row-${i}` : String(x), label: xLabel(x, o.xType), text: y === null || y === '' ? null : String(y) };
  });
}

/** The <desc>: every value for short series, otherwise the range; gaps are counted, not hidden. */
export function describe(title: string, data: readonly Datum[], fmt: (v: number) => string): string {
  const known = data.filter((d): d is Datum & { value: number } => d.value !== null);
  const gaps = data.length - known.length;
  const parts = [`${title}，共${data.length}项`];
  if (known.length <= 8) parts.push(data.map((d) => `${d.label}${d.value === null ? '原文未提供' : fmt(d.value)}`).join('，'));
  else {
    const max = known.reduce((a, b) => (b.value > a.value ? b : a));
    const min = known.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(`最高为${max.label}${fmt(max.value)}，最低为${min.label}${fmt(min.value)}`);
  }
  if (gaps > 0) parts.push(`其中${gaps}项原文未提供`);
  return parts.join('；') + '。';
}

export function describeEvents(title: string, events: readonly Event[]): string {
  const known = events.filter((e) => e.text !== null);
  const first = events[0];
  const last = events[events.length - 1];
  const span = first && last ? `，自${first.label}至${last.label}` : '';
  return `${title}${span}，共${events.length}条` + (known.length < events.length ? `，其中${events.length - known.length}条原文未提供` : '') + '。';
}
