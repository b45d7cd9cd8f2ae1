import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../scripts/extract/figures.ts';
import type { FigureContext } from '../../../scripts/extract/figures/context.ts';
import { checkProse, periodLabels, splitDecimalRun, splitDigitRun, valueRun } from '../../../scripts/extract/figures/digit-run.ts';
import { cloneDoc, load } from './load.ts';

const RAW2 = '0 20000 40000 60000 80000 100000 2024年12月 2023年12月 2022年12月 2021年12月 2020年12月 人数(万人)6168570337750658156683303网络直播用户规模(万人)';
const RAW3 = '0 1232024年6月2023年6月2022年6月2021年6月2020年6月1234563.093.844.695.265.97\n直播电商用户规模(亿人)人数(亿人)';

describe('splitDigitRun', () => {
  it('finds the one split of 图2 within the axis ticks', () => {
    expect(splitDigitRun('6168570337750658156683303', 5, 0, 100000)).toEqual([61685, 70337, 75065, 81566, 83303]);
  });
  it('returns null when several splits fit (ambiguous)', () => {
    // 1|234, 12|34 and 123|4 are all within [0, 1000].
    expect(splitDigitRun('1234', 2, 0, 1000)).toBeNull();
    // Without the tick bound 图2 itself is ambiguous.
    expect(splitDigitRun('6168570337750658156683303', 5, 0, 10 ** 9)).toBeNull();
  });
  it('returns null when no split fits (impossible)', () => {
    expect(splitDigitRun('999999', 2, 0, 100)).toBeNull();
    expect(splitDigitRun('12', 3, 0, 100)).toBeNull();
    expect(splitDigitRun('', 1, 0, 100)).toBeNull();
    expect(splitDigitRun('12a4', 2, 0, 100)).toBeNull();
  });
  it('never reads a value with a leading zero, and respects the lower tick', () => {
    // 1|005 and 10|05 would need a leading zero: 100|5 is the only split, and out of range below 100.
    expect(splitDigitRun('1005', 2, 0, 1000)).toEqual([100, 5]);
    expect(splitDigitRun('1005', 2, 0, 99)).toBeNull();
    expect(splitDigitRun('5050', 2, 10, 100)).toEqual([50, 50]);
    expect(splitDigitRun('5050', 2, 0, 10000)).toBeNull();
  });
});

describe('splitDecimalRun', () => {
  it('drops the tick noise of 图3 and splits the two-decimal values', () => {
    expect(splitDecimalRun('1234563.093.844.695.265.97', 5)).toEqual([3.09, 3.84, 4.69, 5.26, 5.97]);
  });
  it('returns null when the run holds fewer values than labels', () => {
    expect(splitDecimalRun('1234563.093.844.695.265.97', 6)).toBeNull();
    expect(splitDecimalRun('3.0938', 2)).toBeNull();
  });
});

describe('raw parsing', () => {
  it('reads the period labels newest first as printed', () => {
    expect(periodLabels(RAW2).map((l) => l.iso)).toEqual(['2024-12', '2023-12', '2022-12', '2021-12', '2020-12']);
    expect(periodLabels(RAW3).map((l) => l.text)).toEqual(['2024年6月', '2023年6月', '2022年6月', '2021年6月', '2020年6月']);
  });
  it('picks the glued value run, not a tick or a label', () => {
    expect(valueRun(RAW2, 5)).toBe('6168570337750658156683303');
    expect(valueRun(RAW3, 5)).toBe('1234563.093.844.695.265.97');
    expect(valueRun('2016年3月2016年5月2018年2019年', 2)).toBeNull();
  });
});

describe('002 图2 and 图3', () => {
  const { source, doc } = load('live-commerce-2024');
  const out = figuresOf(source, doc);
  const fig = (n: number) => out.figures.find((f) => f.n === n)!;
  const data = (n: number) => out.tables.find((t) => t.id === `live-commerce-2024-fig-${n}-data`)!;

  it('图2: five values oldest first, in 万人, quoted from the raw digit run', () => {
    expect(fig(2)).toMatchObject({
      id: 'live-commerce-2024-fig-2',
      chapter: 'ch-1',
      type: 'bar',
      table: 'live-commerce-2024-fig-2-data',
      x: 'period',
      y: 'users',
      unit: '万人',
      completeness: 'complete',
      method: 'digit-run',
      quote: '6168570337750658156683303',
    });
    expect(RAW2).toContain(fig(2).quote!);
    expect(data(2).rows).toEqual([
      { period: '2020-12', users: 61685 },
      { period: '2021-12', users: 70337 },
      { period: '2022-12', users: 75065 },
      { period: '2023-12', users: 81566 },
      { period: '2024-12', users: 83303 },
    ]);
    expect(data(2).columns.find((c) => c.key === 'users')).toEqual({ key: 'users', label: '网络直播用户规模', type: 'number', unit: '万人', hidden: false });
  });

  it('图3: 2024年6月 is the last period and holds 5.97亿人, as the prose says', () => {
    expect(fig(3)).toMatchObject({ type: 'bar', unit: '亿人', completeness: 'complete', method: 'digit-run', quote: '1234563.093.844.695.265.97' });
    expect(data(3).rows).toEqual([
      { period: '2020-06', users: 3.09 },
      { period: '2021-06', users: 3.84 },
      { period: '2022-06', users: 4.69 },
      { period: '2023-06', users: 5.26 },
      { period: '2024-06', users: 5.97 },
    ]);
  });

  it('agrees with the prose: no problems on the real text', () => {
    expect(out.problems).toEqual([]);
  });

  const ctx2 = (prose: string[]): FigureContext => ({ source, chapter: 'ch-1', block: { type: 'figure', n: 2, caption: '2020—2024年网络直播用户规模', raw: RAW2 }, before: [], prose });
  const series = new Map([['2020-12', 61685], ['2023-12', 81566], ['2024-12', 83303]]);

  it('cross-check: 8.33亿人 = 83303万人 within rounding, and the 1737万人 growth matches', () => {
    const s = '截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年12月增长1737万人，占网民整体的75.2%。';
    expect(checkProse(ctx2([s]), '万人', series)).toEqual([]);
  });

  it('cross-check: reports a value, a growth or a period that disagrees', () => {
    expect(checkProse(ctx2(['截至2024年12月，我国网络直播用户规模达8.43亿人（见图2）。']), '万人', series)).toEqual([
      'live-commerce-2024 图2: the text says 8.43亿人 for 2024-12, the decoded figure 83303万人',
    ]);
    expect(checkProse(ctx2(['截至2024年12月，用户规模达8.33亿人（见图2），较2023年12月增长2000万人。']), '万人', series)).toEqual([
      'live-commerce-2024 图2: the text gives growth 较2023年12月增长2000万人, the decoded figure 1737万人',
    ]);
    expect(checkProse(ctx2(['截至2022年6月，用户规模达7亿人（见图2）。']), '万人', series)[0]).toMatch(/no 2022-06 value/);
    // A sentence citing another figure is not checked against this one.
    expect(checkProse(ctx2(['截至2024年12月，用户规模达9亿人（见图21）。']), '万人', series)).toEqual([]);
  });

  it('a tampered digit run becomes a problem, not an exception', () => {
    const bad = cloneDoc(doc);
    for (const ch of bad.chapters)
      for (const b of ch.blocks) if (b.type === 'figure' && b.n === 2) b.raw = RAW2.replace('6168570337750658156683303', '61685703377506581566833031');
    const r = figuresOf(source, bad);
    expect(r.figures.find((f) => f.n === 2)).toMatchObject({ table: null, completeness: 'none', method: 'none' });
    expect(r.tables.some((t) => t.id === 'live-commerce-2024-fig-2-data')).toBe(false);
    expect(r.problems).toEqual(['live-commerce-2024 图2: the digit run 61685703377506581566833031 has no single split into 5 values']);
  });
});
