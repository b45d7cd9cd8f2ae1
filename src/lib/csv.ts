/** CSV for spreadsheet programs: UTF-8 with a BOM, so Chinese opens correctly in Excel. */
import { stringify } from 'csv-stringify/sync';
import type { Column } from '../schemas/table.ts';

export function toCsv(columns: readonly Pick<Column, 'key' | 'label' | 'unit'>[], rows: readonly Record<string, unknown>[]): string {
  const header = columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label));
  const body = rows.map((r) => columns.map((c) => (r[c.key] === null || r[c.key] === undefined ? '' : String(r[c.key]))));
  return '\ufeff' + stringify([header, ...body], { record_delimiter: '\r\n' });
}

export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
