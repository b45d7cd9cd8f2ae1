/**
 * A table: a caption line (表 1 …), then tab-separated rows, the first one the header (e.g. 发文时间 /
 * 文件名称 / 发文机构). When the first column holds months (`2025年11月`) they
 * should run newest first; issuer counts that disagree with the body (6部门 in the table,
 * 五部门 in the text) are reported, never fixed.
 */
import type { Block } from '../../lib/doc.ts';
import { widenPunctuation } from '../../lib/text.ts';
import type { Ctx } from './context.ts';
import { spaceText } from './inline.ts';
import type { Line } from './lines.ts';

const CAPTION = /^表\s*(\d+)\s+(.+)$/;
const DATE = /^(\d{4})年(\d{1,2})月$/;
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

type Table = Extract<Block, { type: 'table' }>;

function cell(s: string, ctx: Ctx): string {
  return spaceText(widenPunctuation(spaceText(s.trim()), ctx.ledger));
}

function count(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CN_COUNT[s] ?? NaN);
}

/** Issuer counts in the body for the same document (…等五部门联合印发《title》) that differ from the row. */
function checkIssuers(title: string, issuer: string, row: Line, ctx: Ctx, n: string): void {
  const own = /等(\d+|[两二三四五六七八九十])(?:个)?部门/.exec(issuer);
  if (!own || !title) return;
  const re = new RegExp(`等(\\d+|[两二三四五六七八九十])(?:个)?部门[^。\\n]{0,8}${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
  for (const m of ctx.text.matchAll(re)) {
    if (count(m[1] ?? '') === count(own[1] ?? '')) continue;
    ctx.issues.warn(
      `表${n} row "${title}": issuer "${issuer}" says ${own[1]}部门, but the text at ${ctx.at(m.index)} says ${m[1]}部门; expected the same count; kept both as written (check the original report)`,
      ctx.at(row.offset),
      { rule: 'pdf-text/issuer-count' },
    );
  }
}

/** Caption line + following tab rows → a table block; ISO months when every first cell is a month. */
export function parseTable(caption: Line, rows: readonly Line[], ctx: Ctx): { table: Table; months: string[] } {
  const m = CAPTION.exec(caption.text);
  if (!m) throw new Error(`parseTable: not a table caption: ${caption.text}`);
  ctx.ledger.move('table number → id', `表${m[1]}`);
  const [head, ...body] = rows.map((r) => r.text.split('\t'));
  const header = (head ?? []).map((c) => cell(c, ctx));
  const months: string[] = [];
  let prev = '';
  body.forEach((cells, i) => {
    const row = rows[i + 1] as Line;
    if (cells.length !== header.length)
      ctx.issues.warn(`表${m[1]} row ${i + 1}: expected ${header.length} tab-separated cells, found ${cells.length}; the row is published as it is`, ctx.at(row.offset), { rule: 'pdf-text/table-cells' });
    const d = DATE.exec((cells[0] ?? '').trim());
    if (!d) return;
    const iso = `${d[1]}-${String(d[2]).padStart(2, '0')}`;
    if (prev && iso > prev)
      ctx.issues.warn(`表${m[1]} row ${i + 1}: expected months not to increase down the table (newest first), found ${iso} after ${prev}; kept in the order printed`, ctx.at(row.offset), { rule: 'pdf-text/table-order' });
    prev = iso;
    months.push(iso);
    checkIssuers((cells[1] ?? '').trim(), (cells[2] ?? '').trim(), row, ctx, m[1] ?? '');
  });
  ctx.count('tableRows', body.length);
  return {
    table: { type: 'table', id: `table-${m[1]}`, caption: cell(m[2] ?? '', ctx), header, rows: body.map((r) => r.map((c) => cell(c, ctx))) },
    months: months.length === body.length ? months : [],
  };
}
