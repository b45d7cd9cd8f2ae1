import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../scripts/extract/period.ts';
import { findQuantities } from '../../../scripts/extract/quantities.ts';

/** Period of each quantity of the sentence, as "text=period". */
const periods = (s: string, context?: { year?: string }): string[] => findQuantities(s).map((q) => `${q.text}=${periodOf(s, q, context)}`);

describe('periodOf', () => {
  it('takes 截至 a month, skipping the comparison base', () => {
    expect(periods('截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年12月增长1737万人，占网民整体的75.2%。')).toEqual(['8.33亿人=2024-12', '1737万人=2024-12', '75.2%=2024-12']);
  });
  it('reads years, spans, halves and quarters', () => {
    expect(periods('据艾瑞咨询测算，2024年中国直播电商市场规模约为5.8万亿元，2024-2026年中国直播电商市场规模的年复合增长率（CAGR）为18.0%。')).toEqual(['5.8万亿元=2024', '18.0%=2024/2026']);
    expect(periods('2025年上半年，我国数字消费额达9.37万亿元，占同期居民消费支出总额的46.5%')).toEqual(['9.37万亿元=2025H1', '46.5%=2025H1']);
    expect(periods('在智能手环领域，2025年第一季度，小米手环产品出货量全球第一，达到了870万台')).toEqual(['第一=2025Q1', '870万台=2025Q1']);
    expect(periods('2025年1至8月，各类短视频平台及小程序共上线竖屏剧超过14万部')).toEqual(['14万部=2025-01/2025-08']);
    expect(periods('数据显示，2015至2024年，国内市场规模年均增长12%')).toEqual(['12%=2015/2024']);
    expect(periods('2024年度客流同比增长156.2%')).toEqual(['156.2%=2024']);
    expect(periods('截至2025年6月30日，用户规模达3.27亿人')).toEqual(['3.27亿人=2025-06-30']);
  });
  it('lets the nearest earlier expression win', () => {
    expect(periods('市场规模从2016年的不足百亿元迅速扩张至2023年的4.9万亿元')).toEqual(['百亿元=2016', '4.9万亿元=2023']);
  });
  it('ignores years in titles and falls back to the context year', () => {
    expect(periods('北京大学国家发展研究院发布《2026生活经济报告》，小红书每月有2亿用户')).toEqual(['2亿用户=null']);
    expect(periods('北京大学国家发展研究院发布《2026生活经济报告》，小红书每月有2亿用户', { year: '2025' })).toEqual(['2亿用户=2025']);
    expect(periods('同年，淘宝直播GMV达到1000亿元', { year: '2016' })).toEqual(['1000亿元=2016']);
    expect(periods('公司估值从去年年初的300亿美元升至500亿美元', { year: '2026' })).toEqual(['300亿美元=2025', '500亿美元=2025']);
  });
  it('looks after the number only within its clause', () => {
    expect(periods('用户规模达5.97亿人（2024年6月），增长明显，占比达到了54.7%')).toEqual(['5.97亿人=2024-06', '54.7%=2024-06']);
    expect(periods('占比达30%，较2023年提升5个百分点')).toEqual(['30%=null', '5个百分点=null']);
  });
});
