/**
 * Bar charts whose value labels the scraper glued into one digit run (002 图2, 图3). The run
 * is split back into one value per period label; a split is trusted only when it is the one
 * possible, and the result is checked against the sentence that cites the figure.
 */
import { figureBase, problem, type Decoded, type FigureContext, figureTable } from './context.ts';

/**
 * Every split of `digits` into `count` integers within [min, max] (no leading zeros: a printed
 * value never has them). Returns the split only when exactly one exists; null when none or several.
 */
export function splitDigitRun(digits: string, count: number, min: number, max: number): number[] | null {
  if (!/^\d+$/.test(digits) || count < 1) return null;
  const maxLen = String(Math.max(Math.trunc(max), 0)).length;
  const found: number[][] = [];
  const walk = (at: number, acc: number[]): void => {
    if (found.length > 1) return;
    const left = count - acc.length;
    if (left === 0) {
      if (at === digits.length) found.push(acc);
      return;
    }
    if (digits.length - at < left || digits.length - at > left * maxLen) return;
    for (let len = 1; len <= maxLen && at + len <= digits.length; len++) {
      const part = digits.slice(at, at + len);
      if (len > 1 && part.startsWith('0')) break;
      const v = Number(part);
      if (v >= min && v <= max) walk(at + len, [...acc, v]);
    }
  };
  walk(0, []);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The last `count` values of a run of glued two-decimal numbers (`1234563.093.844.695.265.97`):
 * each value is one digit, a dot and two digits; the digits before them are axis-tick noise.
 */
export function splitDecimalRun(run: string, count: number): number[] | null {
  if (count < 1) return null;
  const m = new RegExp(`^\\d*?((?:\\d\\.\\d{2}){${count}})$`).exec(run);
  return m ? [...m[1]!.matchAll(/\d\.\d{2}/g)].map((v) => Number(v[0])) : null;
}

interface Label {
  text: string;
  iso: string;
}

export function periodLabels(raw: string): Label[] {
  return [...raw.matchAll(/(20\d\d)年(\d{1,2})月/g)].map((m) => ({ text: m[0], iso: `${m[1]}-${m[2]!.padStart(2, '0')}` }));
}

/** The longest run of digits (and dots) that is not part of a period label or tick list. */
export function valueRun(raw: string, count: number): string | null {
  const runs = [...raw.matchAll(/[\d.]+(?![\d.]|年|月| \d)/g)].map((m) => m[0]).filter((r) => /^\d/.test(r) && r.length >= Math.max(6, 2 * count));
  return runs.reduce<string | null>((best, r) => (best === null || r.length > best.length ? r : best), null);
}

/** Leading space-separated integers of the raw: the value axis. */
function ticksOf(raw: string): number[] {
  const m = /^(?:\d+ )+/.exec(raw);
  return m ? m[0].trim().split(' ').map(Number) : [];
}

const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The value of the prose number in the figure's unit, and how far rounding may move it. */
function inUnit(value: string, scale: string, unit: string): { v: number; tol: number } | null {
  const from = SCALE[scale];
  const to = SCALE[unit.replace(/人$/, '')];
  if (from === undefined || to === undefined) return null;
  const decimals = value.split('.')[1]?.length ?? 0;
  return { v: (Number(value) * from) / to, tol: (0.5 * 10 ** -decimals * from) / to + 1e-9 };
}

/** Compare the figure with the sentences that cite it (`截至2024年12月…8.33亿人（见图2）…较2023年12月增长1737万人`). */
export function checkProse(ctx: FigureContext, unit: string, series: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  const cite = new RegExp(`见图${ctx.block.n}(?!\\d)`);
  for (const text of ctx.prose) {
    for (const sentence of text.match(/[^。！？]+[。！？]?/g) ?? []) {
      if (!cite.test(sentence)) continue;
      const at = /截至(\d{4})年(\d{1,2})月[^。]*?(\d+(?:\.\d+)?)(万|亿)人/.exec(sentence);
      if (!at) continue;
      const period = `${at[1]}-${at[2]!.padStart(2, '0')}`;
      const value = series.get(period);
      const prose = inUnit(at[3]!, at[4]!, unit);
      if (value === undefined) problems.push(problem(ctx, `the text gives ${at[0]} but the figure has no ${period} value`));
      else if (prose && Math.abs(prose.v - value) > prose.tol)
        problems.push(problem(ctx, `the text says ${at[3]}${at[4]}人 for ${period}, the decoded figure ${value}${unit}`));
      const growth = /较(\d{4})年(\d{1,2})月增长(\d+(?:\.\d+)?)(万|亿)人/.exec(sentence);
      const base = growth ? series.get(`${growth[1]}-${growth[2]!.padStart(2, '0')}`) : undefined;
      const delta = growth ? inUnit(growth[3]!, growth[4]!, unit) : null;
      if (value !== undefined && base !== undefined && delta && Math.abs(value - base - delta.v) > delta.tol)
        problems.push(problem(ctx, `the text gives growth ${growth![0]}, the decoded figure ${value - base}${unit}`));
    }
  }
  return problems;
}

export function decodeDigitRun(ctx: FigureContext): Decoded | null {
  const raw = ctx.block.raw ?? '';
  const labels = periodLabels(raw);
  const run = valueRun(raw, labels.length);
  if (labels.length < 2 || run === null) return null;
  const ticks = ticksOf(raw);
  const values = run.includes('.')
    ? splitDecimalRun(run, labels.length)
    : ticks.length >= 2
      ? splitDigitRun(run, labels.length, Math.min(...ticks), Math.max(...ticks))
      : null;
  const unit = /单位：(.+)/.exec(ctx.block.note ?? '')?.[1] ?? /\(([万亿]?人)\)/.exec(raw)?.[1] ?? null;
  const base = figureBase(ctx);
  if (values === null || unit === null) {
    const why = values === null ? `the digit run ${run} has no single split into ${labels.length} values` : 'no unit in the note or the raw';
    return {
      figure: { ...base, type: 'bar', table: null, x: null, y: null, unit, completeness: 'none', method: 'none', note: ctx.block.note ?? null, quote: null },
      table: null,
      problems: [problem(ctx, why)],
    };
  }
  // Labels are printed newest first while the values run oldest first.
  const periods = labels.map((l) => l.iso);
  if (periods[0]! > periods[periods.length - 1]!) periods.reverse();
  const series = new Map(periods.map((p, i) => [p, values[i]!]));
  const y = unit.endsWith('人') ? 'users' : 'value';
  const table = figureTable(
    ctx,
    [
      { key: 'period', label: '时间', type: 'date', unit: null, hidden: false },
      { key: y, label: ctx.block.caption.replace(/^\d{4}—\d{4}年/, ''), type: 'number', unit, hidden: false },
    ],
    periods.map((p, i) => ({ period: p, [y]: values[i]! })),
    '据原图数据标签解码',
  );
  return {
    figure: { ...base, type: 'bar', table: table.id, x: 'period', y, unit, completeness: 'complete', method: 'digit-run', note: ctx.block.note ?? null, quote: run },
    table,
    problems: checkProse(ctx, unit, series),
  };
}
