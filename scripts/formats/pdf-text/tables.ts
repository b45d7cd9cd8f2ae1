/**
 * 表1: a caption line, then tab-separated rows (header 发文时间/文件名称/发文机构, nine rows).
 * Dates must read `2025年11月` and run newest first; issuer counts that disagree with the body
 * (6部门 here, 五部门 in 第六章) are reported, never fixed.
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
function checkIssuers(title: string, issuer: string, row: Line, ctx: Ctx): void {
  const own = /等(\d+|[两二三四五六七八九十])(?:个)?部门/.exec(issuer);
  if (!own || !title) return;
  const re = new RegExp(`等(\\d+|[两二三四五六七八九十])(?:个)?部门[^。\\n]{0,8}${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
  for (const m of ctx.text.matchAll(re)) {
    if (count(m[1] ?? '') === count(own[1] ?? '')) continue;
    ctx.issues.warn(
      `表1 row "${title}": issuer "${issuer}" says ${own[1]}部门, but the text at ${ctx.at(m.index)} says ${m[1]}部门; expected the same count; kept both as written (check the original report)`,
      ctx.at(row.offset),
    );
  }
}

/** Caption line + following tab rows → a table block with ISO months for validation. */
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
      ctx.issues.error(`表${m[1]} row ${i + 1}: expected ${header.length} tab-separated cells, found ${cells.length}; fix the tabs in the seed's table rows`, ctx.at(row.offset));
    const d = DATE.exec((cells[0] ?? '').trim());
    if (!d) {
      ctx.issues.error(`表${m[1]} row ${i + 1}: expected a date like 2025年11月, found "${cells[0] ?? ''}"`, ctx.at(row.offset));
      return;
    }
    const iso = `${d[1]}-${String(d[2]).padStart(2, '0')}`;
    if (prev && iso > prev)
      ctx.issues.error(`表${m[1]} row ${i + 1}: expected months not to increase down the table (newest first), found ${iso} after ${prev}`, ctx.at(row.offset));
    prev = iso;
    months.push(iso);
    checkIssuers((cells[1] ?? '').trim(), (cells[2] ?? '').trim(), row, ctx);
  });
  ctx.count('tableRows', body.length);
  return {
    table: { type: 'table', id: `table-${m[1]}`, caption: cell(m[2] ?? '', ctx), header, rows: body.map((r) => r.map((c) => cell(c, ctx))) },
    months,
  };
}
