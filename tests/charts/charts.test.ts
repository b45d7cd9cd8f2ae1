import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { lineChart } from '../../src/charts/line.ts';
import { shareChart, isWhole } from '../../src/charts/share.ts';
import { timelineChart, wrap } from '../../src/charts/timeline.ts';
import { renderChart, noChartReason } from '../../src/charts/render.ts';
import { toData } from '../../src/charts/format.ts';
import type { ChartOptions, Row } from '../../src/charts/types.ts';
import { assertBalanced, count, markLabels, rootAttr } from './svg-check.ts';
import * as ex from './examples.ts';

const examples = {
  'live-users-bar': ex.liveUsers,
  'live-users-gap-bar': ex.liveUsersGap,
  'live-commerce-users-line': ex.liveCommerceUsers,
  'live-history-timeline': ex.liveHistory,
  'consumption-share-whole': ex.consumptionShare,
  'smart-products-share-partial': ex.smartProducts,
  'z-gen-smart-bar-partial': ex.zGenSmart,
} as const;

function render(e: (typeof examples)[keyof typeof examples], illustrative = false): string {
  const r = renderChart(e.figure, e.table, { illustrative });
  if (!r) throw new Error(`no chart for ${e.figure.id}`);
  return r.svg;
}

describe('SVG snapshots (pinned files)', () => {
  for (const [name, e] of Object.entries(examples))
    it(name, async () => {
      await expect(render(e)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  it('illustrative bar', async () => {
    await expect(render(ex.zGenSmart, true)).toMatchFileSnapshot('./__snapshots__/z-gen-smart-bar-illustrative.svg');
  });
});

describe('every chart kind', () => {
  for (const [name, e] of Object.entries(examples))
    it(`${name}: titled, described, well-formed, one focusable mark per non-null row`, () => {
      const svg = render(e);
      assertBalanced(svg);
      const id = e.figure.id;
      expect(rootAttr(svg, 'role')).toBe('img');
      expect(rootAttr(svg, 'width')).toBe('100%');
      expect(rootAttr(svg, 'viewBox')).toMatch(/^0 0 640 \d+(\.\d+)?$/);
      expect(rootAttr(svg, 'aria-labelledby')).toBe(`${id}-title ${id}-desc`);
      expect(rootAttr(svg, 'font-family')).toBe('inherit');
      expect(svg).toContain(`<title id="${id}-title">图${e.figure.n} ${e.figure.caption.replace(/"/g, '&quot;')}</title>`);
      expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]{10,}</desc>`));
      const y = e.figure.y ?? '';
      const known = e.table.rows.filter((r) => r[y] !== null).length;
      expect(count(svg, /tabindex="0"/)).toBe(known);
      expect(count(svg, /class="missing"/)).toBe(e.table.rows.length - known);
      // ids inside the SVG all derive from the figure id, so two charts on one page never clash.
      for (const m of svg.matchAll(/\sid="([^"]+)"/g)) expect(m[1]?.startsWith(`${id}-`)).toBe(true);
    });

  it('is deterministic: same input, same bytes; input rows are not mutated', () => {
    for (const e of Object.values(examples)) {
      const before = JSON.stringify(e.table.rows);
      expect(render(e)).toBe(render(structuredClone(e)));
      expect(JSON.stringify(e.table.rows)).toBe(before);
    }
  });

  it('writes coordinates with at most two decimals', () => {
    for (const e of Object.values(examples))
      for (const m of render(e).matchAll(/\s(?:x|y|x1|x2|y1|y2|width|height|cx|cy)="(-?[\d.]+)"/g)) expect(m[1]).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });
});

describe('bar chart', () => {
  it('labels each bar in Chinese with grouped numbers and the unit', () => {
    expect(markLabels(render(ex.liveUsers))).toEqual([
      '2020年12月：61,685万人', '2021年12月：70,337万人', '2022年12月：75,065万人', '2023年12月：81,566万人', '2024年12月：83,303万人',
    ]);
    expect(render(ex.liveUsers)).toContain('data-label="2024年12月" data-value="83,303万人" data-key="2024-12"');
  });

  it('describes the data in <desc>', () => {
    expect(render(ex.liveUsers)).toContain(
      '<desc id="live-commerce-2024-fig-2-desc">图2 2020—2024年网络直播用户规模，共5项；2020年12月61,685万人，2021年12月70,337万人，2022年12月75,065万人，2023年12月81,566万人，2024年12月83,303万人。</desc>');
  });

  it('leaves a gap marked 原文未提供 for a missing value, never a zero bar', () => {
    const svg = render(ex.liveUsersGap);
    expect(markLabels(svg)).not.toContain('2022年12月：0万人');
    expect(markLabels(svg).map((l) => l.slice(0, 8))).toEqual(['2020年12月', '2021年12月', '2023年12月', '2024年12月']);
    const gap = /<g class="missing" data-label="2022年12月" data-value="原文未提供">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(gap).toContain('>原文未提供</text>');
    expect(gap).toContain('fill="none"');
    expect(svg).not.toMatch(/>0万人</);
    expect(svg).toContain('其中1项原文未提供');
  });

  it('lays category bars flat and keeps two of N categories as two', () => {
    const svg = render(ex.zGenSmart);
    expect(markLabels(svg)).toEqual(['智能可穿戴设备：37.0%', '3C数码产品：36.8%']);
    expect(svg).toContain('>10%</text>');
  });

  it('marks illustrative data: hatch pattern and a visible 示意 label', () => {
    const svg = render(ex.zGenSmart, true);
    expect(svg).toContain('<pattern id="digital-consumption-2025-fig-3-hatch-1f5f8b"');
    expect(svg).toContain('fill="url(#digital-consumption-2025-fig-3-hatch-1f5f8b)"');
    expect(svg).toContain('>示意</text>');
    expect(render(ex.zGenSmart)).not.toContain('示意');
  });

  it('escapes text from sources', () => {
    const o: ChartOptions = { id: 'x-fig-1', x: 'k', y: 'v', unit: '%', title: 'a<b>"c"&d' };
    const svg = barChart([{ k: '<script>"x"</script>', v: 1 }], o);
    assertBalanced(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('<title id="x-fig-1-title">a&lt;b&gt;&quot;c&quot;&amp;d</title>');
  });
});

describe('line chart', () => {
  it('keeps the source decimals and breaks the line at a gap', () => {
    expect(markLabels(render(ex.liveCommerceUsers))).toEqual([
      '2020年12月：3.09亿人', '2021年12月：3.84亿人', '2022年12月：4.69亿人', '2023年12月：5.26亿人', '2024年12月：5.97亿人',
    ]);
    const rows: Row[] = ex.liveCommerceUsers.table.rows.map((r) => (r.period === '2022-12' ? { ...r, value: null } : r));
    const svg = lineChart(rows, { id: 'live-commerce-2024-fig-3', x: 'period', y: 'value', unit: '亿人', title: 't', xType: 'date' });
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(count(d, /M/)).toBe(2);
    expect(count(svg, /tabindex="0"/)).toBe(4);
    expect(svg).toContain('data-label="2022年12月" data-value="原文未提供"');
  });
});

describe('timeline', () => {
  it('has one focusable event per row, in source order', () => {
    const labels = markLabels(render(ex.liveHistory));
    expect(labels).toHaveLength(10);
    expect(labels[0]).toBe('2016年：蘑菇街试水直播导购开启“直播+电商”新模式');
    expect(labels[9]).toBe('2024年至今：多地密集出台政策助力直播经济，直播电商进入高质量发展阶段');
  });

  it('wraps long events without starting a line on punctuation', () => {
    const lines = wrap('快手推出了直播电商解决方案，成为第一家开创直播电商模式的短视频直播平台', 13 * 15);
    expect(lines).toEqual(['快手推出了直播电商解决方案，', '成为第一家开创直播电商模式', '的短视频直播平台']);
    expect(lines.join('')).toBe('快手推出了直播电商解决方案，成为第一家开创直播电商模式的短视频直播平台');
  });

  // 16 top + 11 lines × 22 + 10 gaps × 14 + 4: one of the ten events wraps onto a second line.
  it('grows in height with the text', () => {
    const one = timelineChart([{ y: '2016年', e: '淘宝直播上线' }], { id: 'a-fig-1', x: 'y', y: 'e', unit: null, title: 't' });
    expect(rootAttr(one, 'viewBox')).toBe('0 0 640 56');
    expect(rootAttr(render(ex.liveHistory), 'viewBox')).toBe('0 0 640 402');
  });
});

describe('share chart (no pie)', () => {
  it('draws a whole as one 100% bar of segments', () => {
    const svg = render(ex.consumptionShare);
    expect(isWhole(toData(ex.consumptionShare.table.rows, { id: 'a', x: 'category', y: 'share', unit: '%', title: '' }), '%')).toBe(true);
    expect(markLabels(svg)).toEqual(['实物商品：66.3%', '数字服务：29.2%', '数字内容：4.5%']);
    expect(svg).not.toMatch(/<path|<circle/);
    // 66.3% of the 616-unit bar.
    expect(svg).toContain('<rect x="12" y="16" width="408.41" height="44"');
  });

  it('draws a partial figure as separate 0–100% tracks, never as a whole', () => {
    const svg = render(ex.smartProducts);
    expect(markLabels(svg)).toEqual(['智能可穿戴设备：22.6%', '智能手机数码：22.4%', '智能家居家电：11.9%']);
    expect(svg).toContain('各项为占比，未构成整体。');
    expect(count(svg, /fill="#ece9e2"/)).toBe(3);
  });

  it('counts a null share as missing, not as part of a whole', () => {
    const rows: Row[] = [{ c: '实物商品', s: 66.3 }, { c: '服务', s: null }];
    const svg = shareChart(rows, { id: 'a-fig-1', x: 'c', y: 's', unit: '%', title: '数字消费额占比' });
    expect(markLabels(svg)).toEqual(['实物商品：66.3%']);
    expect(svg).toContain('<g class="missing" data-label="服务" data-value="原文未提供">');
  });
});

describe('renderChart', () => {
  it('returns the reserved size with the SVG', () => {
    const r = renderChart(ex.liveUsers.figure, ex.liveUsers.table);
    expect([r?.width, r?.height]).toEqual([640, 360]);
  });

  it('draws nothing for a diagram or a figure without data, and says why', () => {
    expect(renderChart(ex.diagram.figure, null)).toBeNull();
    expect(noChartReason(ex.diagram.figure, null)).toBe('此图为示意图，原文未提供可绘制的数据。');
    const empty = { ...ex.liveUsers.table, rows: ex.liveUsers.table.rows.map((r) => ({ ...r, value: null })) };
    expect(renderChart(ex.liveUsers.figure, empty)).toBeNull();
    expect(noChartReason(ex.liveUsers.figure, empty)).toBe('原文未提供此图的数据。');
    expect(noChartReason(ex.liveUsers.figure, ex.liveUsers.table)).toBeNull();
  });
});
