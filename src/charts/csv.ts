/**
 * The figure's data as CSV, for the download link. UTF-8 with a BOM so spreadsheet programs read
 * the Chinese; headers are the column keys as the published tables use them; null is empty.
 */
import type { Column } from '../schemas/table.ts';
import type { Row } from './types.ts';

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly Pick<Column, 'key'>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => field(c.key)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => field(r[c.key])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A data: URL, so the download works with no script at all. */
export function csvHref(csv: string): string {
  return 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv);
}
