/**
 * The page-aware default placement of 002's floats (docs/formats/pdf-slices.md, step "Floats
 * placed"): on the real seed with and without the override's pins, and on crafted pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfSlices } from '../../../scripts/formats/pdf-slices.ts';
import { dedupe } from '../../../scripts/formats/pdf-slices/dedupe.ts';
import { offsetMap, replacementEdits } from '../../../scripts/formats/pdf-slices/offsets.ts';
import { overridesSchema } from '../../../scripts/formats/pdf-slices/overrides.ts';
import { pageDefault, type PageTrail } from '../../../scripts/formats/pdf-slices/page-default.ts';
import { splitParagraphs } from '../../../scripts/formats/pdf-slices/paragraphs.ts';
import { placeFloats } from '../../../scripts/formats/pdf-slices/placement.ts';
import type { Section } from '../../../scripts/formats/pdf-slices/outline.ts';
import type { CleanInput } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { sourceSchema, type Source } from '../../../src/schemas/source.ts';

const raw = readFileSync('seeds/002_fba6d2f7506af8d3.txt', 'utf8');
const manifest = JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as { sources: unknown[] };
const source = sourceSchema.parse(manifest.sources.find((s) => (s as { id: string }).id === 'live-commerce-2024'));
const overrides = JSON.parse(readFileSync('seeds/overrides/live-commerce-2024.json', 'utf8')) as { placements: { block: string }[] };

function clean(placements: unknown[]): { doc: CleanDoc; input: CleanInput } {
  const input: CleanInput = { text: normalizeInput(raw), source, overrides: { ...overrides, placements }, ledger: new Ledger(), issues: new IssueList(source.id, 'clean') };
  return { doc: pdfSlices.clean(input), input };
}

/** Where a float sits: the heading above it, what precedes it, and whether it closes its section. */
function where(doc: CleanDoc, id: string): string {
  const is = (b: Block): boolean =>
    id === 'transition'
      ? b.type === 'paragraph' && inlineText(b.children).startsWith('除了国家对直播电商行业的支持和规范外')
      : id === 'table'
        ? b.type === 'table'
        : (b.type === 'figure' || b.type === 'callout') && `${b.type}-${b.n}` === id;
  for (const c of doc.chapters) {
    const i = c.blocks.findIndex(is);
    if (i < 0) continue;
    const heading = [...c.blocks.slice(0, i)].reverse().find((b) => b.type === 'heading');
    const prev = c.blocks[i - 1]!;
    const before = prev.type === 'paragraph' ? `«${inlineText(prev.children).slice(-16)}»` : prev.type;
    const next = c.blocks[i + 1];
    const closes = !next || next.type === 'heading';
    return `${heading?.type === 'heading' ? inlineText(heading.children) : c.slug} | after ${before}${closes ? ' | ends section' : ''}`;
  }
  return 'missing';
}

const pinned = clean(overrides.placements);
const unpinned = clean([]);
const DEFAULT_PLACED = ['figure-1', 'figure-4', 'callout-1', 'callout-4', 'callout-5', 'table', 'callout-6'];

describe('page-aware default on the real seed (002)', () => {
  it('the override pins only what the default misses', () => {
    expect(overrides.placements.map((p) => p.block)).toEqual(['figure-2', 'figure-3', 'figure-5', 'callout-2', 'callout-3', 'transition']);
    expect(unpinned.input.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('places 图 1, 图 4, 专栏 1, 4, 5, 6 and the table at their targets with no pins at all', () => {
    const got = Object.fromEntries(DEFAULT_PLACED.map((id) => [id, where(unpinned.doc, id)]));
    expect(got).toEqual({
      'figure-1': '（一）直播电商发展历程与变革 | after «管体系，构建更健康可持续的生态。» | ends section',
      'figure-4': '（一）直播电商的生态体系 | after «，促进了供应链的优化和效率提升。» | ends section',
      'callout-1': '2.助力区域经济增长 | after «助力地域文化符号转化为商业价值。» | ends section',
      'callout-4': '5.扶持中小微企业发展 | after callout | ends section',
      'callout-5': '2.助力乡村振兴，拓宽农产品销售渠道 | after «局，也将农产品上行的路越走越宽。» | ends section',
      table: '3.规范化 | after «场高质量发展等领域发挥重要作用。»',
      'callout-6': '3.规范化 | after table | ends section',
    });
    // …and exactly where the pinned run (the golden output) has them.
    for (const id of DEFAULT_PLACED.filter((x) => x !== 'callout-4' && x !== 'callout-6')) expect(where(pinned.doc, id), id).toBe(got[id]);
    expect(where(pinned.doc, 'callout-4')).toBe('5.扶持中小微企业发展 | after «凸显了平台确定性增长的长期趋势。» | ends section');
    expect(where(pinned.doc, 'callout-6')).toBe('3.规范化 | after «进直播电商治理与高质量发展路径。» | ends section');
  });

  it('misses each pinned target, which is why it stays pinned (overrides.ts says why)', () => {
    expect(Object.fromEntries(['figure-2', 'figure-3', 'figure-5', 'callout-2', 'callout-3', 'transition'].map((id) => [id, where(unpinned.doc, id)]))).toEqual({
      'figure-2': '1.直播电商保持快速增长态势 | after «用户已成为消费增长的核心驱动力。»',
      'figure-3': '1.直播电商保持快速增长态势 | after figure',
      'figure-5': '（一）人工智能加速直播电商行业发展 | after «gent正在引领智能操盘新变革。»',
      'callout-2': '4.拓展品牌新增量 | after «企业拉新和产业创新的重要驱动力。» | ends section',
      'callout-3': '5.扶持中小微企业发展 | after «凸显了平台确定性增长的长期趋势。»',
      transition: '（一）人工智能加速直播电商行业发展 | after figure',
    });
    expect(where(pinned.doc, 'figure-2')).toBe('1.直播电商保持快速增长态势 | after «7万人，占网民整体的75.2%。»');
    expect(where(pinned.doc, 'figure-5')).toBe('（一）人工智能加速直播电商行业发展 | after «各环节进行全面改造并取得新进展。»');
    expect(where(pinned.doc, 'callout-2')).toBe('3.促进产业带转型升级 | after «力产业带商家快速实现数字化转型。» | ends section');
    expect(where(pinned.doc, 'callout-3')).toBe('4.拓展品牌新增量 | after «企业拉新和产业创新的重要驱动力。» | ends section');
    expect(where(pinned.doc, 'transition')).toBe('3.规范化 | after table');
  });

  it('a pin that follows a missing block is an error naming the override file, and the block is still placed', () => {
    const { doc, input } = clean([{ block: 'transition', after_block: 'figure-9' }]);
    expect(input.issues.items.find((i) => i.severity === 'error')).toMatchObject({
      location: 'seeds/overrides/live-commerce-2024.json',
      message: expect.stringContaining('placement of transition: no block "figure-9"'),
    });
    expect(where(doc, 'transition')).not.toBe('missing');
  });

  it('a pin with two targets is rejected', () => {
    const { input } = clean([{ block: 'table', end_of: '五/(二)/3', after_block: 'callout-6' }]);
    expect(input.issues.items.some((i) => i.severity === 'error' && i.message.includes('give exactly one of "after", "end_of" or "after_block"'))).toBe(true);
  });
});

/** Crafted pages: one frame whose remaining text every page re-emits, as the 002 extractor does. */
describe('page-aware default on crafted pages', () => {
  const s1 = '第一段的第一句话讲述直播电商的起源与早期发展，以及它如何改变了人们的购物习惯。';
  const s2 = '第一段的第二句话说明平台怎样把内容与交易连接起来，形成完整闭环。';
  const s3 = '第二段的开头。';
  const s4a = '第二段的第二句话跨越了两页，它的前半印在第一页上';
  const s4b = '，而后半印在第二页上，读者要翻过这一页才能把这句很长的话完整地读下来。';
  const s5 = '第三段的开头。';
  const s6 = '第三段的第二句话完全印在第二页上，是第二页正文的主要内容之一。';
  const frame = s1 + s2 + s3 + s4a + s4b + s5 + s6;
  const input: CleanInput = { text: '', source: { id: 'crafted' } as Source, overrides: null, ledger: new Ledger(), issues: new IssueList('crafted', 'clean') };
  const figure: Block = { type: 'figure', n: 1, caption: '示意图' };

  /** Emissions joined as stripPages leaves them; the float is first seen at `seen`. */
  function place(emissions: string[], seen: number): { body: string; offset: number } {
    const text = emissions.join('');
    let at = 0;
    const seams = emissions.map((e, i) => ({ page: i + 1, at: (at += e.length) }));
    const dd = dedupe(text, input);
    const trail: PageTrail = { text, seams, dd, toOutline: (x) => x };
    const sections: Section[] = [{ path: '一', entry: null, depth: 1, heading: '一', body: dd.text, bodyStart: 0 }];
    const [a] = placeFloats(sections, [{ id: 'figure-1', at: pageDefault(seen, trail), block: figure }], overridesSchema.parse({}), input);
    return { body: dd.text, offset: a!.offset };
  }

  it('the crafted frame reads as three paragraphs', () => {
    expect(splitParagraphs(frame)).toEqual([s1 + s2, s3 + s4a + s4b, s5 + s6]);
  });

  it('a float first seen on page 1 lands before page 2’s text, at the end of the paragraph page 2 opens in', () => {
    // Page 1 emits the whole remaining frame, then its float; page 2 opens mid-sentence (s4b).
    const page1 = frame;
    const page2 = s4b + s5 + s6;
    const { body, offset } = place([page1, page2], page1.length);
    expect(body).toBe(frame);
    expect(body.slice(0, offset).endsWith(s4b)).toBe(true);
    expect(body.slice(offset).startsWith(s5)).toBe(true);
  });

  it('a float at a page opening that is a paragraph start goes right there', () => {
    const page1 = frame;
    const page2 = s5 + s6;
    const { offset } = place([page1, page2], page1.length);
    expect(offset).toBe(frame.indexOf(s5));
  });

  it('a page that restarts an earlier frame does not continue the page before it: the float stays where first seen', () => {
    const s7 = '第二页还有一句新的正文，它只出现在第二页的末尾，之后才是浮动块。';
    const page1 = frame;
    const page2 = s4b + s5 + s6 + s7;
    const page3 = s1 + s2; // page 3 re-emits the frame from its start
    const { body, offset } = place([page1, page2, page3], page1.length + page2.length);
    expect(body).toBe(frame + s7);
    expect(offset).toBe(body.length);
  });
});

describe('offsets across a step', () => {
  it('forward and back across a replacement and a removal', () => {
    const text = 'ab”X”cd”X”ef';
    const m = offsetMap(replacementEdits(text, '”X”', '“X”'));
    expect(m.forward(text.indexOf('cd'))).toBe(5);
    const cut = offsetMap([{ at: 2, removed: 3, inserted: 0 }]);
    expect([0, 2, 3, 5, 6].map(cut.forward)).toEqual([0, 2, 2, 2, 3]);
    expect([0, 2, 3].map(cut.back)).toEqual([0, 2, 6]);
    expect(offsetMap([{ at: 2, removed: 1, inserted: 3 }]).back(4)).toBe(2);
  });
});
