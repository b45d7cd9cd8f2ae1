/** Labels computed for pages (src/lib/format.ts). */
import { describe, expect, it } from 'vitest';
import { hasOwnNumber } from '../../src/lib/format.ts';

describe('hasOwnNumber', () => {
  it('sees the numbering a title carries', () => {
    for (const t of ['一、直播电商发展概况', '第一章 数字消费发展总体态势', '第3章 方法', '（一）建成全球规模最大的网络', '1. 项目背景', '1.2 市场规模', '专栏 3 抖音'])
      expect(hasOwnNumber(t), t).toBe(true);
  });
  it('and no numbering where a title has none', () => {
    for (const t of ['前言', '摘要', '数字中国发展报告（2021年）', '2026年电子商务直播营销', '5G用户数达3.55亿户', '一是扩大内需'])
      expect(hasOwnNumber(t), t).toBe(false);
  });
});

describe('the ingest report in words a reader understands', () => {
  it('names every ledger reason of the published seeds in Chinese', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { reasonLabel } = await import('../../src/lib/ingest.ts');
    const reasons = readdirSync('content/generated/ingest').flatMap((f) => JSON.parse(readFileSync(`content/generated/ingest/${f}`, 'utf8')).ledger.map((e: { reason: string }) => e.reason));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((r: string) => !/\p{Script=Han}/u.test(reasonLabel(r)))).toEqual([]);
  });
});
