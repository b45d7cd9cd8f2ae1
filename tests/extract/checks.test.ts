import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../scripts/extract/checks.ts';
import { equalAsStated, measureKey, sameMeasure } from '../../scripts/extract/measure-key.ts';
import { sameQuantities } from '../../scripts/extract/same.ts';
import type { Fact } from '../../src/schemas/fact.ts';

let n = 0;
function fact(p: Partial<Fact> & Pick<Fact, 'subject' | 'value' | 'unit' | 'text'>): Fact {
  n++;
  const quote = p.quote ?? `${p.subject}${p.text}。`;
  return {
    id: `f-t-ch-${String(n).padStart(8, '0')}`,
    source: 'a',
    chapter: 'ch-1',
    anchor: `s-${n}-0`,
    value_high: null,
    offset: quote.indexOf(p.text),
    normalized: null,
    kind: 'amount',
    period: null,
    qualifier: null,
    quote,
    reliability: 'research',
    same_as: null,
    ...p,
  };
}

describe('measure keys', () => {
  it('compare subjects without 我国/中国/全国, quotes and 的', () => {
    expect(measureKey('中国直播电商市场规模')).toBe('直播电商市场规模');
    expect(measureKey('“无奈”情绪笔记总量')).toBe('无奈情绪笔记总量');
    expect(sameMeasure('我国网络直播用户规模', '网络直播用户规模')).toBe(true);
    expect(sameMeasure('快手电商GMV', '直播电商GMV')).toBe(false);
  });
  it('treats values equal at the precision of the less precise one', () => {
    expect(equalAsStated(1.552e13, 15.52, 1.55225e13, 155225)).toBe(true);
    expect(equalAsStated(5.8e12, 5.8, 4.9e12, 4.9)).toBe(false);
  });
});

describe('same quantity stated twice', () => {
  it('links 155225亿元 to 15.52万亿元 of the same measure and period', () => {
    const a = fact({ subject: '全国网上零售额', value: 155225, unit: '亿元', text: '155225亿元', period: '2024', normalized: { value: 1.55225e13, unit: '元' } });
    const b = fact({ subject: '全国网上零售额', value: 15.52, unit: '万亿元', text: '15.52万亿元', period: '2024', normalized: { value: 1.552e13, unit: '元' } });
    const c = fact({ subject: '实物商品网上零售额', value: 130816, unit: '亿元', text: '130816亿元', period: '2024', normalized: { value: 1.30816e13, unit: '元' } });
    expect(sameQuantities([a, b, c])).toEqual([[b, a]]);
  });
  it('does not link a short name to a longer one that contains it, nor ages', () => {
    const a = fact({ subject: '海外用户满意度', value: 82, unit: '%', text: '82%', kind: 'share', normalized: { value: 82, unit: '%' } });
    const b = fact({ subject: '用户满意度', value: 82, unit: '%', text: '82%', kind: 'share', normalized: { value: 82, unit: '%' } });
    const c = fact({ subject: '60岁及以上网民规模', value: 60, unit: '岁', text: '60岁', kind: 'other', normalized: { value: 60, unit: '岁' } });
    const d = fact({ subject: '60岁及以上网民规模', value: 60, unit: '岁', text: '60岁', kind: 'other', normalized: { value: 60, unit: '岁' } });
    expect(sameQuantities([a, b, c, d])).toEqual([]);
  });
});

describe('conflicts', () => {
  const m002 = fact({ source: 'live-commerce-2024', subject: '中国直播电商市场规模', value: 5.8, unit: '万亿元', text: '5.8万亿元', qualifier: '约为', period: '2024', normalized: { value: 5.8e12, unit: '元' } });
  const cagr = fact({
    source: 'live-commerce-2024',
    subject: '中国直播电商市场规模的年复合增长率',
    value: 18,
    unit: '%',
    text: '18.0%',
    kind: 'growth',
    period: '2024/2026',
    quote: '2024-2026年中国直播电商市场规模的年复合增长率（CAGR）为18.0%。',
  });
  const m003 = fact({ source: 'live-marketing-sample-2026', subject: '直播电商市场规模', value: 15, unit: '万亿元', text: '15万亿元', qualifier: '突破', period: '2026', normalized: { value: 1.5e13, unit: '元' }, reliability: 'illustrative' });
  const m003b = fact({ source: 'live-marketing-sample-2026', subject: '直播电商市场规模', value: 4.9, unit: '万亿元', text: '4.9万亿元', period: '2024', normalized: { value: 4.9e12, unit: '元' }, reliability: 'illustrative' });
  const vr1 = fact({ source: 'live-marketing-sample-2026', subject: 'VR直播用户规模', value: 1200, unit: '万', text: '1200万', period: '2023', normalized: { value: 1.2e7, unit: '人' } });
  const vr2 = fact({ source: 'live-marketing-sample-2026', chapter: 'ch-4', subject: 'VR直播用户规模', value: 1800, unit: '万', text: '1800万', qualifier: '突破', normalized: { value: 1.8e7, unit: '人' } });

  const { conflicts } = checkFacts([m002, cagr, m003, m003b, vr1, vr2]);

  it('reports the same measure and period with different values across sources', () => {
    expect(conflicts.find((c) => c.kind === 'cross-source' && c.facts.includes(m002.id) && c.facts.includes(m003b.id))).toMatchObject({
      subject: '直播电商市场规模',
      period: '2024',
      message: '直播电商市场规模（2024）：不同来源给出约为5.8万亿元与4.9万亿元，两值不一致，均按原文保留。',
    });
  });

  it('reports a projection from a stated value and CAGR that another source contradicts', () => {
    expect(conflicts.find((c) => c.facts.length === 3)).toEqual({
      id: `c-projection-${m002.id.slice(-8)}-${m003.id.slice(-8)}`,
      kind: 'cross-source',
      subject: '直播电商市场规模',
      period: '2026',
      facts: [m002.id, cagr.id, m003.id],
      message: '直播电商市场规模（2026）：按5.8万亿元（2024年）与年复合增长率18.0%推算，2026年约8.08万亿元；另一来源称突破15万亿元，相差86%。两者均按原文保留。',
    });
  });

  it('reports contradictions inside one source, even when one period is unstated', () => {
    expect(conflicts.find((c) => c.kind === 'internal')).toMatchObject({ subject: 'VR直播用户规模', facts: [vr1.id, vr2.id] });
  });

  it('does not report values that agree as stated', () => {
    const a = fact({ source: 'x', subject: '网络直播用户规模', value: 8.33, unit: '亿人', text: '8.33亿人', period: '2024-12', normalized: { value: 8.33e8, unit: '人' } });
    const b = fact({ source: 'y', subject: '网络直播用户规模', value: 83303, unit: '万人', text: '83303万人', period: '2024-12', normalized: { value: 8.3303e8, unit: '人' } });
    expect(checkFacts([a, b]).conflicts).toEqual([]);
  });
});

describe('sanity warnings', () => {
  it('flags a share above 100%', () => {
    const f = fact({ subject: '渗透率', value: 120, unit: '%', text: '120%', kind: 'share' });
    expect(checkFacts([f]).warnings).toEqual([{ id: `w-share-${f.id.slice(-8)}`, kind: 'share-over-100', facts: [f.id], message: '占比120%超过100%。', quote: f.quote }]);
  });

  it('flags a compound growth rate its own values contradict (不足 makes the rate a lower bound)', () => {
    const quote = '市场规模从2016年的不足百亿元迅速扩张至2023年的4.9万亿元，年均复合增长率高达120%。';
    const a = fact({ subject: '市场规模', value: 100, unit: '亿元', text: '百亿元', qualifier: '不足', period: '2016', normalized: { value: 1e10, unit: '元' }, quote, anchor: 's-9-0' });
    const b = fact({ subject: '市场规模', value: 4.9, unit: '万亿元', text: '4.9万亿元', period: '2023', normalized: { value: 4.9e12, unit: '元' }, quote, anchor: 's-9-0' });
    const g = fact({ subject: '年均复合增长率', value: 120, unit: '%', text: '120%', qualifier: '高达', kind: 'growth', quote, anchor: 's-9-0' });
    expect(checkFacts([a, b, g]).warnings).toEqual([
      {
        id: `w-growth-${g.id.slice(-8)}`,
        kind: 'growth-mismatch',
        facts: [g.id, a.id, b.id],
        message: '所述年均复合增长120%与原文数值不符：由不足百亿元到4.9万亿元（7年），至少为142.3%。',
        quote,
      },
    ]);
  });

  it('flags a headline growth rate that the body’s two values contradict', () => {
    const g = fact({ chapter: 'valuation', subject: '估值', value: 60, unit: '%', text: '60%', kind: 'growth', qualifier: '飙升', quote: '估值飙升60%，小红书杀出来了', anchor: 's-0-0' });
    const body = '小红书估值从去年年初的300亿美元升至500亿美元。';
    const a = fact({ chapter: 'valuation', subject: '估值', value: 300, unit: '亿美元', text: '300亿美元', normalized: { value: 3e10, unit: '美元' }, quote: body, anchor: 's-4-1' });
    const b = fact({ chapter: 'valuation', subject: '估值', value: 500, unit: '亿美元', text: '500亿美元', normalized: { value: 5e10, unit: '美元' }, quote: body, anchor: 's-4-1' });
    expect(checkFacts([g, a, b]).warnings.map((w) => w.message)).toEqual(['所述增长60%与原文数值不符：由300亿美元到500亿美元，约为66.7%。']);
  });

  it('flags a unit that does not fit the subject', () => {
    const f = fact({ subject: '直播电商用户规模', value: 5, unit: '亿元', text: '5亿元', normalized: { value: 5e8, unit: '元' } });
    expect(checkFacts([f]).warnings.map((w) => w.kind)).toEqual(['unit-mismatch']);
  });
});

describe('what is not a conflict', () => {
  it('ignores values listed in one sentence, changes, and vague subjects', () => {
    const quote = '数字消费用户分别为2.61亿人和1.17亿人。';
    const a = fact({ subject: '数字消费用户规模', value: 2.61, unit: '亿人', text: '2.61亿人', period: '2025-06', normalized: { value: 2.61e8, unit: '人' }, quote, anchor: 's-1-0' });
    const b = fact({ subject: '数字消费用户规模', value: 1.17, unit: '亿人', text: '1.17亿人', period: '2025-06', normalized: { value: 1.17e8, unit: '人' }, quote, anchor: 's-1-0' });
    const c = fact({ subject: '网络直播用户规模', value: 1737, unit: '万人', text: '1737万人', period: '2025-06', normalized: { value: 1.737e7, unit: '人' }, quote: '网络直播用户规模较2023年12月增长1737万人。' });
    const d = fact({ subject: '网络直播用户规模', value: 8.33, unit: '亿人', text: '8.33亿人', period: '2025-06', normalized: { value: 8.33e8, unit: '人' } });
    const e = fact({ subject: '、22.4%和11.9%', value: 22.6, unit: '%', text: '22.6%', kind: 'share', normalized: { value: 22.6, unit: '%' } });
    const g = fact({ chapter: 'ch-2', subject: '、22.4%和11.9%', value: 11.9, unit: '%', text: '11.9%', kind: 'share', normalized: { value: 11.9, unit: '%' } });
    expect(checkFacts([a, b, c, d, e, g]).conflicts).toEqual([]);
  });

  it('does not call a premium rate or a comparison a share above 100%', () => {
    const p = fact({ subject: '产品溢价率', value: 300, unit: '%', text: '300%', kind: 'share', quote: '产品溢价率提升至300%。' });
    const q = fact({ subject: '人均月消费', value: 173, unit: '%', text: '173%', kind: 'share', quote: '较下沉市场高出173%。' });
    expect(checkFacts([p, q]).warnings).toEqual([]);
  });
});
