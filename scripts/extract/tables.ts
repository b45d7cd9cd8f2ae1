/**
 * Source tables (002 policy index, 004 表1) as typed DataTable records: every row in source
 * order, every cell as written, plus a hidden ISO date beside the date column so the site can
 * sort and filter without reparsing Chinese dates.
 */
import type { Block, CleanDoc } from '../lib/doc.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Column, DataTable } from '../../src/schemas/table.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Keys for the headers the sources use; an unknown header still gets a stable key. */
const HEADER_KEYS: Readonly<Record<string, string>> = {
  发布时间: 'date',
  发文时间: 'date',
  文件名称: 'name',
  主要内容: 'content',
  发文机构: 'issuer',
};

/** `2020年11月5日` → 2020-11-05, `2025年2月` → 2025-02; null for anything else. */
export function isoDate(cell: string): string | null {
  const m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(cell.trim());
  if (!m) return null;
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return `${m[1]}-${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO dates of the first column: the format's own isoDates when it gave them, else parsed. */
function datesOf(block: TableBlock): (string | null)[] | null {
  if (block.isoDates && block.isoDates.length === block.rows.length) return block.isoDates;
  const parsed = block.rows.map((r) => isoDate(r[0] ?? ''));
  return parsed.some((d) => d !== null) ? parsed : null;
}

export function tableOf(source: Source, chapter: string, block: TableBlock): DataTable {
  const dates = datesOf(block);
  const columns: Column[] = [];
  const keys: string[] = [];
  block.header.forEach((label, i) => {
    const key = HEADER_KEYS[label] ?? `col_${i + 1}`;
    keys.push(key);
    columns.push({ key, label, type: 'string', unit: null, hidden: false });
    if (i === 0 && dates) columns.push({ key: `${key}_iso`, label: `${label}（ISO）`, type: 'date', unit: null, hidden: true });
  });
  const rows = block.rows.map((cells, r) => {
    const row: Record<string, string | null> = {};
    keys.forEach((key, i) => {
      row[key] = cells[i] ?? null;
      if (i === 0 && dates) row[`${key}_iso`] = dates[r] ?? null;
    });
    return row;
  });
  return { id: `${source.id}-${block.id}`, source: source.id, chapter, caption: block.caption, columns, rows, origin: 'table', note: null };
}

/** Every table block of the document, in document order (callouts included). */
export function tablesOf(source: Source, doc: CleanDoc): DataTable[] {
  const out: DataTable[] = [];
  const walk = (chapter: string, blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'table') out.push(tableOf(source, chapter, b));
      else if (b.type === 'callout') walk(chapter, b.children);
    }
  };
  for (const ch of doc.chapters) walk(ch.slug, ch.blocks);
  return out;
}
