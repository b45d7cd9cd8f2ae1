import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../scripts/extract/quantities.ts';
import { subjectOf } from '../../../scripts/extract/subject.ts';

const subjects = (s: string): string[] => findQuantities(s).map((q) => `${q.text}=${subjectOf(s, q)}`);

describe('subjectOf', () => {
  it('strips time phrases, 我国/中国/全国 and verbs', () => {
    expect(subjects('截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年12月增长1737万人，占网民整体的75.2%。')).toEqual([
      '8.33亿人=网络直播用户规模',
      '1737万人=网络直播用户规模',
      '75.2%=网络直播用户规模占网民整体比例',
    ]);
    expect(subjects('据艾瑞咨询测算，2024年中国直播电商市场规模约为5.8万亿元，2024-2026年中国直播电商市场规模的年复合增长率（CAGR）为18.0%。')).toEqual([
      '5.8万亿元=直播电商市场规模',
      '18.0%=直播电商市场规模的年复合增长率（CAGR）',
    ]);
    expect(subjects('国家统计局数据显示，2024年全国网上零售额155225亿元，比上年增长7.2%。')).toEqual(['155225亿元=网上零售额', '7.2%=网上零售额']);
  });
  it('borrows the topic for clauses without their own noun', () => {
    expect(subjects('其中，实物商品网上零售额130816亿元，增长6.5%，占社会消费品零售总额的比重为26.8%。')).toEqual([
      '130816亿元=实物商品网上零售额',
      '6.5%=实物商品网上零售额',
      '26.8%=实物商品网上零售额占社会消费品零售总额的比重',
    ]);
    expect(subjects('2024年，快手电商GMV同比增长17.3%，达到13896亿元，月均买家数突破至1.43亿。')).toEqual(['17.3%=快手电商GMV', '13896亿元=快手电商GMV', '1.43亿=月均买家数']);
    expect(subjects('公司估值从去年年初的300亿美元（约2200亿元人民币）升至500亿美元，一年内涨幅接近60%')).toEqual([
      '300亿美元=公司估值',
      '2200亿元人民币=公司估值',
      '500亿美元=公司估值',
      '60%=一年内涨幅',
    ]);
  });
  it('keeps quotes and shares enumerations', () => {
    expect(subjects('“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次')).toEqual(['4,046,000条=“无奈”情绪笔记总量', '12.59亿次=阅读总量']);
    expect(subjects('城乡差距较2024年底分别缩小3.3、2.4和1.9个百分点。')).toEqual(['3.3=城乡差距', '2.4=城乡差距', '1.9个百分点=城乡差距']);
    expect(subjects('小米手环产品出货量全球第一，达到了870万台')).toEqual(['第一=小米手环产品出货量', '870万台=小米手环产品出货量']);
  });
  it('is never empty: a sentence-initial number takes the noun after it', () => {
    expect(subjects('83.9%的用户表示愿意尝试')).toEqual(['83.9%=用户表示愿意尝试']);
    expect(subjects('60岁及以上群体占比相对较低，仅12.3%。')).toEqual(['60岁=群体占比相对较低', '12.3%=群体占比相对较低']);
  });
});

describe('subjects after connectors', () => {
  it('takes the noun after the number when the clause before it names the previous item', () => {
    const s = '小红书每天产生超过900万篇笔记与7000多万条评论，每月有2亿用户在小红书寻找生活方式。';
    const q = findQuantities(s).find((x) => x.text.startsWith('7000'))!;
    expect(subjectOf(s, q)).toBe('评论');
  });
  it('borrows the subject across 乃至', () => {
    const s = '不少服装档口商家转型快手达人，营业额增长10倍乃至20倍。';
    const qs = findQuantities(s);
    expect(qs.map((q) => subjectOf(s, q))).toEqual(['营业额', '营业额']);
  });
});
