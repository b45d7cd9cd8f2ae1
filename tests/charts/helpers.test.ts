import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimals, describe as describeData, valueFormatter, xLabel } from '../../src/charts/format.ts';
import { tableView } from '../../src/charts/table-view.ts';
import { captionNote } from '../../src/charts/caption.ts';
import { n, textWidth, INK, INK_2, INK_3, SERIES } from '../../src/charts/svg.ts';
import * as ex from './examples.ts';

describe('labels and numbers', () => {
  it('reads ISO dates in Chinese only for date columns', () => {
    expect(xLabel('2024-12', 'date')).toBe('2024年12月');
    expect(xLabel('2025-02-07', 'date')).toBe('2025年2月7日');
    expect(xLabel('2016', 'date')).toBe('2016年');
    expect(xLabel('2024-12', 'string')).toBe('2024-12');
    expect(xLabel(null, 'date')).toBe('');
  });

  it('keeps the decimals the source wrote', () => {
    expect(decimals([61685, 70337])).toBe(0);
    expect(decimals([3.09, 3.8, null])).toBe(2);
    expect(decimals([37.0, 36.8])).toBe(1);
    expect(valueFormatter([3.09, 3.8], '亿人')(3.8)).toBe('3.80亿人');
    expect(valueFormatter([83303], '万人')(83303)).toBe('83,303万人');
    expect(valueFormatter([66.3], '%')(66.3)).toBe('66.3%');
  });

  it('summarizes long series by their extremes', () => {
    const data = Array.from({ length: 10 }, (_, i) => ({ key: `${2015 + i}`, label: `${2015 + i}年`, value: i === 3 ? null : i * 10 }));
    expect(describeData('t', data, (v) => `${v}亿元`)).toBe('t，共10项；最高为2024年90亿元，最低为2015年0亿元；其中1项原文未提供。');
  });

  it('rounds coordinates to two decimals without a negative zero', () => {
    expect([n(1 / 3), n(2), n(-0.001), n(408.4099)]).toEqual(['0.33', '2', '0', '408.41']);
    expect(textWidth('2024年12月', 10)).toBe(2 * 10 + 6 * 6);
  });
});

/** WCAG relative luminance contrast. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('colours', () => {
  it('text colours reach 4.5:1 on white and on the page paper', () => {
    for (const c of [INK, INK_2, INK_3]) for (const bg of ['#ffffff', '#fbfaf7']) expect(contrast(c, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#5c4300', '#fff4d6')).toBeGreaterThanOrEqual(4.5); // the 示意 badge
  });
  it('series fills carry white labels at 4.5:1', () => {
    for (const c of SERIES) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('table view', () => {
  it('puts units in headers, groups numbers and says 原文未提供 for null', () => {
    const v = tableView({ ...ex.liveUsersGap.table, columns: [...ex.liveUsersGap.table.columns, { key: 'iso', label: 'ISO', type: 'string', unit: null, hidden: true }] });
    expect(v.head).toEqual(['时间', '网络直播用户规模（万人）']);
    expect(v.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['2020年12月', '61,685'], ['2021年12月', '70,337'], ['2022年12月', '原文未提供'], ['2023年12月', '81,566'], ['2024年12月', '83,303'],
    ]);
    expect(v.rows[2]?.[1]).toEqual({ text: '原文未提供', missing: true, numeric: false });
    expect(v.rows[0]?.[1]?.numeric).toBe(true);
  });
});

describe('caption note', () => {
  it('names the method, the completeness and the unit once', () => {
    expect(captionNote(ex.liveUsers.figure)).toBe('据原图数据标签还原；单位：万人');
    expect(captionNote({ ...ex.liveUsers.figure, note: '单位：万人' })).toBe('据原图数据标签还原；单位：万人');
    expect(captionNote({ method: 'text', completeness: 'complete', note: '据正文数据重绘', unit: null })).toBe('据正文数据重绘');
    expect(captionNote(ex.smartProducts.figure)).toBe('据正文数据重绘；原图其余类别数据未在正文给出；单位：%');
    expect(captionNote({ ...ex.zGenSmart.figure, note: null })).toBe('据正文数据重绘；原图其余类别数据未在正文给出；单位：%');
    expect(captionNote(ex.diagram.figure)).toBe('');
  });
});

describe('imports', () => {
  const root = join(import.meta.dirname, '../../src/charts');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
  const specifiers = (f: string) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

  it("no chart module imports the 'd3' umbrella; only d3's own modules", () => {
    const all = files(root).flatMap(specifiers);
    expect(all).not.toContain('d3');
    expect([...new Set(all.filter((s) => s.startsWith('d3')))].sort()).toEqual(['d3-array', 'd3-format', 'd3-scale', 'd3-shape']);
  });

  it('the client enhancement imports nothing (no d3 shipped to readers)', () => {
    expect(files(join(root, 'client')).flatMap(specifiers)).toEqual([]);
  });
});
