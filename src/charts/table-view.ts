/**
 * The figure's data as table cells for <ChartTable>: hidden columns dropped, units moved into
 * the headers, numbers grouped with the column's own decimals, and a missing cell said in words.
 */
import type { DataTable } from '../schemas/table.ts';
import { valueFormatter, xLabel } from './format.ts';
import { MISSING } from './svg.ts';

export interface TableCell {
  text: string;
  missing: boolean;
  numeric: boolean;
}

export interface TableView {
  head: string[];
  rows: TableCell[][];
}

export function tableView(table: Pick<DataTable, 'columns' | 'rows'>): TableView {
  const cols = table.columns.filter((c) => !c.hidden);
  const formats = cols.map((c) =>
    c.type === 'number' ? valueFormatter(table.rows.map((r) => (typeof r[c.key] === 'number' ? (r[c.key] as number) : null)), null) : null);
  return {
    head: cols.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label)),
    rows: table.rows.map((r) =>
      cols.map((c, i) => {
        const v = r[c.key] ?? null;
        if (v === null || v === '') return { text: MISSING, missing: true, numeric: false };
        const f = formats[i];
        if (f && typeof v === 'number') return { text: f(v), missing: false, numeric: true };
        return { text: xLabel(v, c.type === 'date' ? 'date' : 'string'), missing: false, numeric: false };
      })),
  };
}
