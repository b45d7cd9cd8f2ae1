/**
 * One entry point for the site: a figure spec and its table in, the finished SVG (or null when
 * there is nothing to draw) out, with the size the page reserves for it.
 */
import type { Figure } from '../schemas/figure.ts';
import type { DataTable } from '../schemas/table.ts';
import { barChart } from './bar.ts';
import { lineChart } from './line.ts';
import { shareChart } from './share.ts';
import { timelineChart } from './timeline.ts';
import type { ChartOptions, Row } from './types.ts';

export interface Rendered {
  svg: string;
  width: number;
  height: number;
}

const kinds = { bar: barChart, line: lineChart, share: shareChart, timeline: timelineChart } as const;

/** Why a figure has no chart, for the placeholder; null when it has one. */
export function noChartReason(figure: Figure, table: DataTable | null | undefined): string | null {
  if (figure.type === 'diagram') return '此图为示意图，原文未提供可绘制的数据。';
  if (!table || !figure.x || !figure.y || figure.completeness === 'none') return '原文未提供此图的数据。';
  if (!table.rows.some((r) => r[figure.y ?? ''] !== null && r[figure.y ?? ''] !== undefined)) return '原文未提供此图的数据。';
  return null;
}

export function renderChart(figure: Figure, table: DataTable | null | undefined, opts: { illustrative?: boolean } = {}): Rendered | null {
  if (noChartReason(figure, table) !== null || !table || !figure.x || !figure.y || figure.type === 'diagram') return null;
  const xCol = table.columns.find((c) => c.key === figure.x);
  const o: ChartOptions = {
    id: figure.id, x: figure.x, y: figure.y, unit: figure.unit, title: `图${figure.n} ${figure.caption}`,
    illustrative: opts.illustrative, xType: xCol?.type,
  };
  const svg = kinds[figure.type](table.rows as Row[], o);
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { svg, width: Number(box?.[1] ?? 640), height: Number(box?.[2] ?? 360) };
}
