/**
 * A timeline figure (002 图1) rebuilt from the milestone sentences its section states
 * (`2016年，蘑菇街试水…。同年，淘宝直播上线；2018年，…`). The figure's own labels are glued
 * into one run and cannot be paired with events, so the text is the source; the labels only
 * decide whether the text covers every milestone the figure shows.
 */
import { figureBase, problem, type Decoded, type FigureContext, figureTable } from './context.ts';

export interface Milestone {
  year: string;
  event: string;
}

const CLAUSE = /(?<=^|[。；])(\d{4}年(?:至今)?|同年)，([^。；]+)[。；]?/g;

/** Milestones of a paragraph in order, `同年` resolved to the year before it; with their exact span. */
export function milestones(text: string): { rows: Milestone[]; start: number; end: number } {
  const rows: Milestone[] = [];
  let start = -1;
  let end = -1;
  let year: string | null = null;
  for (const m of text.matchAll(CLAUSE)) {
    const said = m[1]!;
    const resolved: string | null = said === '同年' ? year : said;
    if (resolved === null) continue;
    year = resolved.replace(/至今$/, '');
    rows.push({ year: resolved, event: m[2]! });
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  return { rows, start, end };
}

/** Year labels the figure prints (`2016年3月`, `2024年至今`), as year keys with `至今` kept. */
function labelKeys(raw: string): string[] {
  return [...raw.matchAll(/(20\d\d)年(至今)?/g)].map((m) => m[1]! + (m[2] ?? ''));
}

/** Complete when the text has at least as many milestones per year as the figure has labels. */
export function coversLabels(raw: string, rows: readonly Milestone[]): boolean {
  const need = new Map<string, number>();
  for (const k of labelKeys(raw)) need.set(k, (need.get(k) ?? 0) + 1);
  const have = new Map<string, number>();
  for (const r of rows) {
    const k = r.year.replace(/年/, '');
    have.set(k, (have.get(k) ?? 0) + 1);
  }
  return [...need].every(([k, n]) => (have.get(k) ?? 0) >= n);
}

export function decodeTimeline(ctx: FigureContext): Decoded | null {
  const raw = ctx.block.raw ?? '';
  if (labelKeys(raw).length < 2) return null;
  const best = ctx.before
    .map((text) => ({ text, ...milestones(text) }))
    .reduce<{ text: string; rows: Milestone[]; start: number; end: number } | null>((b, c) => (c.rows.length > (b?.rows.length ?? 1) ? c : b), null);
  if (best === null) return null;
  const complete = coversLabels(raw, best.rows);
  const table = figureTable(
    ctx,
    [
      { key: 'year', label: '时间', type: 'string', unit: null, hidden: false },
      { key: 'event', label: '事件', type: 'string', unit: null, hidden: false },
    ],
    best.rows.map((r) => ({ year: r.year, event: r.event })),
    '据正文数据整理',
  );
  return {
    figure: {
      ...figureBase(ctx),
      type: 'timeline',
      table: table.id,
      x: 'year',
      y: 'event',
      unit: null,
      completeness: complete ? 'complete' : 'partial',
      method: 'text',
      note: complete ? '据正文数据重绘' : '据正文数据重绘；原图部分节点未在正文给出',
      quote: best.text.slice(best.start, best.end),
    },
    table,
    problems: complete ? [] : [problem(ctx, 'the text does not state every milestone the figure labels')],
  };
}
