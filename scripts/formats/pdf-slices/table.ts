/**
 * The policy table, flattened: header run, then rows that start with a date. Rows split only
 * at a date that follows 。 (a date inside a cell, `将于2020年7月1日起施行`, never starts a
 * row). Cells: date | name (up to the first `,`) + issuer clause | content.
 */
import type { Block } from '../../lib/doc.ts';
import type { CleanInput } from '../types.ts';
import type { Overrides } from './overrides.ts';

export type TableBlock = Extract<Block, { type: 'table' }>;
type TableSpec = NonNullable<Overrides['table']>;

const DATE = /^20\d\d年\d{1,2}月\d{1,2}日/;

export function parseTable(text: string, spec: TableSpec, clean: (s: string) => string, input: CleanInput): TableBlock {
  let body = text.startsWith(spec.header_run) ? text.slice(spec.header_run.length) : text;
  // The caption was printed after row 1; it moves above the table.
  const cap = body.indexOf(spec.caption);
  if (cap >= 0) body = body.slice(0, cap) + body.slice(cap + spec.caption.length);
  else input.issues.warn(`expected the table caption "${spec.caption}" inside the table run, found none`);

  const extra = spec.row_splits.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const split = new RegExp(String.raw`(?<=。)(?=20\d\d年\d{1,2}月\d{1,2}日)${extra ? `|(?=${extra})` : ''}`, 'u');
  const rows: string[][] = [];
  for (const raw of body.split(split)) {
    const row = raw.trim();
    if (!row) continue;
    const date = DATE.exec(row)?.[0];
    const m = /^([^,]+),([^,。]*?(?:发布|发起))(.*)$/su.exec(date ? row.slice(date.length) : row);
    if (!date || !m) {
      input.issues.warn(`table row "${row.slice(0, 30)}" does not read date | name,issuer | content; kept as one cell`);
      rows.push([clean(row), '', '']);
      continue;
    }
    rows.push([date, clean(`${m[1]!},${m[2]!}`), clean(m[3]!)]);
  }
  return { type: 'table', id: spec.id, caption: spec.caption, header: spec.header, rows };
}
