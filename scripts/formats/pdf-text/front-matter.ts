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
const CN_DATE = /^[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月$/u;
const SERIES = /系列之?$/;
const BOARD = /编委会$/;
/** `No.202209`, `N o.202226`, `V1.0.0`, a lone page number: cover furniture, not a title. */
const FURNITURE = /^(?:N\s*o\s*\.\s*\d+|[Vv]\s*\d+(?:\.\d+)*|\d{1,3}|秘密.*|内部资料.*)$/;
/** `编写单位：X`, `指导单位：X`: who made it (编写, 编制, 主编, 出品, 发布) or who guided it. */
const UNIT = /^(编写|编制|主编|出品|发布|研究|撰写|指导|支持|联合发布)(?:单位|机构)?[：:]\s*(.+)$/;
const INSTITUTION = /(研究院|研究中心|信息中心|委员会|办公室|有限公司|公司|大学|学院|协会|联盟|研究所|事务所|出版社|集团|编委会|[^（(]部|局|署|厅)$/;
/** `(2022 年)`, `（2025）`: the edition that belongs to the title above it. */
const EDITION = /^[（(]\s*\d{4}\s*年?\s*[)）]$/;

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `2025 年 12 月` / `二〇二五年五月` → 2025-12 / 2025-05, or null. */
export function coverDate(text: string): string | null {
  const d = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(text);
  if (d) return `${d[1]}-${d[2]!.padStart(2, '0')}`;
  const c = /^(.{4})年(.{1,3})月$/u.exec(text);
  if (!c || !CN_DATE.test(text)) return null;
  const year = [...c[1]!].map((ch) => CN_DIGIT[ch] ?? '').join('');
  const m = c[2]!;
  const month = m === '十' ? 10 : m.startsWith('十') ? 10 + Number(CN_DIGIT[m[1]!]) : m.endsWith('十') && m.length === 2 ? Number(CN_DIGIT[m[0]!]) * 10 : Number(CN_DIGIT[m] ?? NaN);
  return year.length === 4 && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

export interface Cover {
  series?: string;
  title?: string;
  board?: string;
  date?: string;
  publisher?: string;
  guide?: string;
}

export interface CoverFacts {
  cover: Cover;
  /** What the document states, for doc.meta (title, publisher, published). */
  stated: { title?: string; publisher?: string; published?: string };
  /** Lines after the date: an editorial board, if any. */
  rest: Line[];
}

/**
 * Cover lines up to the date become metadata; everything after the date is the editorial
 * board, when there is one. Series, title, board, date and publisher are each optional.
 */
export function parseCover(lines: readonly Line[], ctx: Ctx): CoverFacts {
  const filled = lines.filter((l) => l.text !== '');
  const dateAt = filled.findIndex((l) => DATE.test(l.text) || CN_DATE.test(l.text));
  const coverLines = dateAt < 0 ? filled : filled.slice(0, dateAt + 1);
  const found: Cover = {};
  const publishers: string[] = [];
  let unit: string | null = null;
  let titleParts: string[] = [];
  let titleDone = false;
  for (const l of coverLines) {
    const t = l.text;
    const u = UNIT.exec(t);
    if (DATE.test(t) || CN_DATE.test(t)) found.date = clean(t);
    else if (SERIES.test(t) && !found.series) found.series = clean(t.replace(/之$/, ''));
    else if (BOARD.test(t) && !found.board) found.board = clean(t);
    else if (FURNITURE.test(t)) continue;
    else if (u) {
      unit = u[1]!;
      if (unit === '指导' || unit === '支持') found.guide = clean(u[2]!);
      else publishers.push(clean(u[2]!));
    } else if (unit && unit !== '指导' && unit !== '支持' && INSTITUTION.test(t)) publishers.push(clean(t));
    else if (!titleDone && titleParts.length && EDITION.test(t)) {
      titleParts.push(t);
      titleDone = true;
    } else if (INSTITUTION.test(t) && (titleParts.length > 0 || coverLines.length > 2)) {
      titleDone = titleParts.length > 0;
      publishers.push(clean(t));
    } else if (!titleDone && titleParts.length === 0) titleParts = [t];
    else titleDone = true;
  }
  if (titleParts.length) found.title = clean(titleParts.join(''));
  if (publishers.length && !found.board) found.publisher = publishers.join('、');
  // Fixed key order, so the emitted metadata is stable.
  const cover: Cover = {};
  for (const k of ['series', 'title', 'board', 'date', 'publisher', 'guide'] as const) if (found[k]) cover[k] = found[k];
  if (!cover.title && filled.length)
    ctx.issues.warn('expected a report title on the cover, found none (the cover title may be an image)', ctx.at(filled[0]!.offset), {
      rule: 'pdf-text/no-title',
      hint: 'give "title" in seeds/sources.json',
    });
  for (const l of coverLines) ctx.ledger.move('cover → metadata', l.text);
  const published = cover.date ? (coverDate(cover.date.replace(/\s+/g, '')) ?? undefined) : undefined;
  const publisher = cover.board ?? cover.publisher;
  return {
    cover,
    stated: { ...(cover.title ? { title: cover.title } : {}), ...(publisher ? { publisher } : {}), ...(published ? { published } : {}) },
    rest: dateAt < 0 ? [] : filled.slice(dateAt + 1),
  };
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

/**
 * The colophon as one footer string. Where the overrides say the export marks bold with `**`,
 * its bold phone numbers become plain text; otherwise asterisks are text like any other.
 */
export function parseColophon(lines: readonly Line[], ctx: Ctx): string {
  const filled = lines.filter((l) => l.text !== '');
  for (const l of filled) {
    ctx.ledger.move('colophon → metadata', l.text);
    if (ctx.markup.bold) ctx.count('colophonBoldSpans', (l.text.match(/\*\*[^*]+\*\*/g) ?? []).length);
  }
  return filled.map((l) => clean(ctx.markup.bold ? l.text.replace(/\*\*([^*]+)\*\*/g, '$1') : l.text)).join('\n');
}

/** The 版权声明 page as one string (moved to metadata). */
export function parseCopyright(lines: readonly Line[], ctx: Ctx): string {
  const filled = lines.filter((l) => l.text !== '');
  for (const l of filled) ctx.ledger.move('copyright page → metadata', l.text);
  return filled
    .slice(1)
    .map((l) => l.text)
    .join('')
    .replace(/\s+/g, (sp, at: number, all: string) => (/[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + sp.length] ?? '') ? ' ' : ''));
}
