import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../scripts/extract/figures.ts';
import { coversLabels, milestones } from '../../../scripts/extract/figures/timeline.ts';
import type { Block } from '../../../scripts/lib/doc.ts';
import { inlineText } from '../../../scripts/lib/measure.ts';
import { figureSchema } from '../../../src/schemas/figure.ts';
import { tableSchema } from '../../../src/schemas/table.ts';
import { SOURCE_IDS, cloneDoc, load } from './load.ts';

const paragraphs = (id: string): string[] =>
  load(id).doc.chapters.flatMap((c) => c.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => inlineText(b.children)));

describe('002 图1 timeline', () => {
  const { source, doc } = load('live-commerce-2024');
  const out = figuresOf(source, doc);
  const fig = out.figures.find((f) => f.n === 1)!;
  const data = out.tables.find((t) => t.id === 'live-commerce-2024-fig-1-data')!;

  it('rebuilds ten milestones from 一(一), 同年 resolved to the year before', () => {
    expect(fig).toMatchObject({ type: 'timeline', chapter: 'ch-1', x: 'year', y: 'event', unit: null, method: 'text', completeness: 'complete', table: data.id });
    expect(data.rows.map((r) => r.year)).toEqual(['2016年', '2016年', '2018年', '2018年', '2019年', '2020年', '2021年', '2023年', '2024年', '2024年至今']);
    expect(data.rows[0]).toEqual({ year: '2016年', event: '蘑菇街试水直播导购开启“直播+电商”新模式' });
    expect(data.rows[1]).toEqual({ year: '2016年', event: '淘宝直播上线' });
    expect(data.rows[9]).toEqual({ year: '2024年至今', event: '多地密集出台政策助力直播经济，直播电商进入高质量发展阶段' });
  });

  it('quotes the milestone sentences exactly as the paragraph has them', () => {
    expect(fig.quote!.startsWith('2016年，蘑菇街试水直播导购')).toBe(true);
    expect(fig.quote!.endsWith('直播电商进入高质量发展阶段。')).toBe(true);
    expect(paragraphs('live-commerce-2024').some((p) => p.includes(fig.quote!))).toBe(true);
  });

  it('milestones: a leading 同年 has no year to borrow and is skipped; clauses need a sentence start', () => {
    expect(milestones('同年，甲上线；2019年，乙上线。据统计2020年，丙。').rows).toEqual([{ year: '2019年', event: '乙上线' }]);
  });

  it('completeness: partial when the figure labels a year the text lacks', () => {
    const rows = [{ year: '2016年', event: 'a' }, { year: '2018年', event: 'b' }];
    expect(coversLabels('2016年3月2018年', rows)).toBe(true);
    expect(coversLabels('2016年3月2016年5月2018年', rows)).toBe(false);
    expect(coversLabels('2016年2018年2024年至今', rows)).toBe(false);
  });
});

describe('002 图4, 图5 diagrams', () => {
  it('have no data and say so', () => {
    const { source, doc } = load('live-commerce-2024');
    const out = figuresOf(source, doc);
    for (const n of [4, 5])
      expect(out.figures.find((f) => f.n === n)).toMatchObject({
        id: `live-commerce-2024-fig-${n}`,
        type: 'diagram',
        table: null,
        x: null,
        y: null,
        completeness: 'none',
        method: 'none',
        note: '原图为示意图，无数据',
        quote: null,
      });
    expect(out.figures.map((f) => [f.n, f.chapter])).toEqual([[1, 'ch-1'], [2, 'ch-1'], [3, 'ch-1'], [4, 'ch-2'], [5, 'ch-5']]);
  });
});

describe('004 figures rebuilt from the text', () => {
  const { source, doc } = load('digital-consumption-2025');
  const out = figuresOf(source, doc);
  const fig = (n: number) => out.figures.find((f) => f.n === n)!;
  const rows = (n: number) => out.tables.find((t) => t.id === `digital-consumption-2025-fig-${n}-data`)!.rows;
  const PARTIAL = '原图其余类别数据未在正文给出';

  it('图1: three shares adding to 100%, amounts as written, complete', () => {
    expect(fig(1)).toMatchObject({ type: 'share', chapter: 'ch-1', x: 'category', y: 'share', unit: '%', completeness: 'complete', method: 'text', note: '据正文数据重绘' });
    expect(rows(1)).toEqual([
      { category: '实物商品数字消费', amount: '6.21万亿元', share: 66.3 },
      { category: '数字服务消费', amount: '2.73万亿元', share: 29.2 },
      { category: '数字内容消费', amount: '4236亿元', share: 4.5 },
    ]);
    expect(fig(1).quote).toBe(
      '从消费结构来看，实物商品数字消费额达6.21万亿元，占数字消费总额的66.3%，数字服务消费额达2.73万亿元，占数字消费总额的29.2%，数字内容消费额达4236亿元，占数字消费额的4.5%。',
    );
  });

  it('图2: only the stated age, gender and urban shares, partial', () => {
    expect(fig(2)).toMatchObject({ type: 'share', completeness: 'partial', note: PARTIAL });
    expect(rows(2)).toEqual([
      { dimension: '年龄', category: '19岁及以下', share: 18.4 },
      { dimension: '年龄', category: '20-29岁', share: 14.6 },
      { dimension: '年龄', category: '30-39岁', share: 21 },
      { dimension: '年龄', category: '60岁及以上', share: 12.3 },
      { dimension: '性别', category: '男性', share: 50.9 },
      { dimension: '性别', category: '女性', share: 49.1 },
      { dimension: '城乡', category: '城镇', share: 74 },
      { dimension: '城乡', category: '农村', share: 26 },
    ]);
  });

  it('图3–图5: bars of the stated categories, partial', () => {
    for (const n of [3, 4, 5]) expect(fig(n)).toMatchObject({ type: 'bar', completeness: 'partial', method: 'text', unit: '%', note: PARTIAL });
    expect(rows(3)).toEqual([
      { category: '购买过智能产品', share: 59.3 },
      { category: '智能可穿戴设备', share: 37 },
      { category: '智能手机、平板等3C数码产品', share: 36.8 },
      { category: '智能家居家电', share: 11.2 },
    ]);
    expect(rows(4)).toEqual([
      { category: '为满足情绪价值而在网上消费', share: 49 },
      { category: '网红餐厅及购买美食', share: 18.8 },
      { category: '购买盲盒、IP周边及二次元等产品', share: 16 },
      { category: '追剧及直播打赏', share: 9.9 },
    ]);
    expect(rows(5)).toEqual([
      { category: '购买过智能产品', share: 45 },
      { category: '智能可穿戴设备', share: 22.6 },
      { category: '智能手机数码', share: 22.4 },
      { category: '智能家居家电', share: 11.9 },
    ]);
    expect(fig(5).quote).toBe('数据显示，2025年上半年在线上购买过智能产品的用户占网购用户的45.0%。其中，购买智能可穿戴设备、智能手机数码、智能家居家电的占比最高，分别达22.6%、22.4%和11.9%。');
  });

  it('图6: six usage rates from the paragraph two before the figure, complete', () => {
    expect(fig(6)).toMatchObject({ type: 'bar', chapter: 'ch-5', y: 'rate', completeness: 'complete', method: 'text' });
    expect(rows(6)).toEqual([
      { category: '短视频', rate: 95.1 },
      { category: '微短剧', rate: 55.8 },
      { category: '网络音乐', rate: 64.5 },
      { category: '网络游戏', rate: 52 },
      { category: '网络文学', rate: 45.7 },
      { category: '网络音频', rate: 27.2 },
    ]);
  });

  it('every quote is an exact substring of one paragraph, and there are no problems', () => {
    const ps = paragraphs('digital-consumption-2025');
    for (const f of out.figures) expect(ps.some((p) => p.includes(f.quote!)), `图${f.n}`).toBe(true);
    expect(out.problems).toEqual([]);
  });

  it('a cue the text no longer has becomes a problem and an empty figure, not an exception', () => {
    const bad = cloneDoc(doc);
    for (const ch of bad.chapters)
      for (const b of ch.blocks)
        if (b.type === 'paragraph') for (const r of b.children) if (r.type === 'text') r.value = r.value.replace('农村用户规模占比为', '农村用户规模约');
    const r = figuresOf(source, bad);
    expect(r.figures.find((f) => f.n === 2)).toMatchObject({ table: null, completeness: 'none', method: 'none', quote: null });
    expect(r.problems).toEqual(['digital-consumption-2025 图2: expected its numbers in the paragraphs before it, found no “…农村用户规模占比为”']);
  });

  it('a complete share chart that does not add up to 100% is reported', () => {
    const bad = cloneDoc(doc);
    for (const ch of bad.chapters)
      for (const b of ch.blocks)
        if (b.type === 'paragraph') for (const r of b.children) if (r.type === 'text') r.value = r.value.replace('占数字消费总额的66.3%', '占数字消费总额的60.3%');
    expect(figuresOf(source, bad).problems).toEqual(['digital-consumption-2025 图1: its shares add up to 94%, not 100%']);
  });
});

describe('every source', () => {
  it('all figure and figure-table records validate, ids match, and output is deterministic', () => {
    const counts: Record<string, [number, number]> = {};
    for (const id of SOURCE_IDS) {
      const { source, doc } = load(id);
      const out = figuresOf(source, doc);
      for (const f of out.figures) {
        expect(figureSchema.parse(f)).toEqual(f);
        expect(f.id).toBe(`${id}-fig-${f.n}`);
        if (f.table !== null) {
          const t = out.tables.find((x) => x.id === f.table)!;
          expect(t.id).toBe(`${f.id}-data`);
          expect(t.origin).toBe('figure');
          expect(t.columns.map((c) => c.key)).toEqual(expect.arrayContaining([f.x, f.y]));
          expect(t.rows.length).toBeGreaterThan(0);
        }
      }
      for (const t of out.tables) expect(tableSchema.parse(t)).toEqual(t);
      expect(JSON.stringify(figuresOf(source, doc))).toBe(JSON.stringify(out));
      counts[id] = [out.figures.length, out.tables.length];
    }
    expect(counts).toEqual({
      'xiaohongshu-digests-2026': [0, 0],
      'life-economy-2026': [0, 0],
      'live-commerce-2024': [5, 3],
      'live-marketing-sample-2026': [0, 0],
      'digital-consumption-2025': [6, 6],
    });
  });
});
