/**
 * What surrounds the report: the cover (series, title, board, date) and the editorial board
 * become doc metadata, the colophon goes to the footer. All of it is moved, not kept in the body.
 */
import type { JsonValue } from '../../lib/doc.ts';
import { widenPunctuation } from '../../lib/text.ts';
import type { Ctx } from './context.ts';
import { spaceText } from './inline.ts';
import type { Line } from './lines.ts';

const clean = (s: string): string => spaceText(widenPunctuation(spaceText(s)));

const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月$/;
const SERIES = /系列之?$/;
const BOARD = /编委会$/;

export interface Cover {
  series: string;
  title: string;
  board: string;
  date: string;
}

/** Cover lines up to the date; everything after is the editorial board. */
export function parseCover(lines: readonly Line[], ctx: Ctx): { cover: Cover; rest: Line[] } {
  const filled = lines.filter((l) => l.text !== '');
  const dateAt = filled.findIndex((l) => DATE.test(l.text));
  const coverLines = dateAt < 0 ? filled : filled.slice(0, dateAt + 1);
  const find = (re: RegExp): string => coverLines.find((l) => re.test(l.text))?.text ?? '';
  const titleLine = coverLines.find((l) => !DATE.test(l.text) && !SERIES.test(l.text) && !BOARD.test(l.text));
  const cover: Cover = {
    series: clean(find(SERIES).replace(/之$/, '')),
    title: clean(titleLine?.text ?? ''),
    board: clean(find(BOARD)),
    date: clean(find(DATE)),
  };
  for (const [key, value] of Object.entries(cover))
    if (!value)
      ctx.issues.error(
        `cover: expected a ${key} line (series ending 系列之, a title, a board ending 编委会, a date like 2025 年 12 月) before 前言, found none; check the first lines of the file`,
        ctx.at(filled[0]?.offset ?? 0),
      );
  for (const l of coverLines) ctx.ledger.move('cover → metadata', l.text);
  return { cover, rest: dateAt < 0 ? [] : filled.slice(dateAt + 1) };
}

export interface Credit {
  role: string;
  names: string[];
  [key: string]: JsonValue;
}

const ROLE_END = /(主任|委员?|组|长)$/;

/**
 * `编 委 李 强 吕 坚 汪立东` → 编委: 李强, 吕坚, 汪立东. The role is the first token, or a run of
 * single characters, whose text ends like a role; the names pair runs of single characters
 * (padded two-character names). A line with no role continues the previous role's names.
 */
export function parseCredits(lines: readonly Line[], ctx: Ctx): Credit[] {
  const credits: Credit[] = [];
  for (const line of lines) {
    ctx.ledger.move('editorial board → credits', line.text);
    const tokens = line.text.split(/\s+/);
    if (BOARD.test(line.text) && tokens.length === 1) continue; // the board's own heading
    let take = 0;
    if (ROLE_END.test(tokens[0] ?? '')) take = 1;
    else
      for (let j = 0, acc = ''; j < tokens.length && [...(tokens[j] ?? '')].length === 1; j++) {
        acc += tokens[j];
        if (ROLE_END.test(acc)) {
          take = j + 1;
          break;
        }
      }
    const names: string[] = [];
    let pending = '';
    for (const t of tokens.slice(take)) {
      if ([...t].length > 1) {
        if (pending) names.push(pending);
        pending = '';
        names.push(t);
      } else if (pending) {
        names.push(pending + t);
        pending = '';
      } else pending = t;
    }
    if (pending) {
      ctx.issues.warn(`credits: expected padded names in pairs of single characters, found a lone "${pending}"; kept it as a one-character name`, ctx.at(line.offset));
      names.push(pending);
    }
    const prev = credits[credits.length - 1];
    if (take > 0) credits.push({ role: tokens.slice(0, take).join(''), names });
    else if (prev) prev.names.push(...names);
    else ctx.issues.error(`credits: expected a role such as 编委会主任 or 编 委 first, found "${line.text}"; check the editorial board lines`, ctx.at(line.offset));
  }
  return credits;
}

/** The colophon as one footer string; its bold phone numbers become plain text. */
export function parseColophon(lines: readonly Line[], ctx: Ctx): string {
  const filled = lines.filter((l) => l.text !== '');
  for (const l of filled) {
    ctx.ledger.move('colophon → metadata', l.text);
    ctx.count('colophonBoldSpans', (l.text.match(/\*\*[^*]+\*\*/g) ?? []).length);
  }
  return filled.map((l) => clean(l.text.replace(/\*\*([^*]+)\*\*/g, '$1'))).join('\n');
}
