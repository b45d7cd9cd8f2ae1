/**
 * The grammar over every paragraph and list item of the five cleaned sources: every quantity is
 * an exact slice, nothing that looks like a year, list number or section number is a value,
 * and the count per source is pinned so a change in the grammar shows up here.
 */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../scripts/extract/period.ts';
import { findQuantities, type Quantity } from '../../../scripts/extract/quantities.ts';
import { splitSentences } from '../../../scripts/extract/sentences.ts';
import { subjectOf } from '../../../scripts/extract/subject.ts';
import { periodSchema } from '../../../src/schemas/fact.ts';
import { loadCorpus } from './corpus.ts';

interface Found {
  source: string;
  sentence: string;
  q: Quantity;
}

const blocks = loadCorpus();
const found: Found[] = [];
const sentencesBySource = new Map<string, string[]>();
for (const b of blocks) {
  const parts = splitSentences(b.text);
  expect(parts.map((p) => p.text).join('')).toBe(b.text);
  for (const p of parts) {
    sentencesBySource.set(b.source, [...(sentencesBySource.get(b.source) ?? []), p.text]);
    for (const q of findQuantities(p.text)) found.push({ source: b.source, sentence: p.text, q });
  }
}
const count = (source: string): number => found.filter((f) => f.source === source).length;

describe('the grammar on the real corpus', () => {
  it('reads all five sources', () => {
    expect([...sentencesBySource.keys()].sort()).toEqual(['digital-consumption-2025', 'life-economy-2026', 'live-commerce-2024', 'live-marketing-sample-2026', 'xiaohongshu-digests-2026']);
  });

  it('pins the number of quantities per source', () => {
    expect(Object.fromEntries([...sentencesBySource.keys()].sort().map((s) => [s, count(s)]))).toEqual(PINNED);
  });

  it('gives every quantity as the exact slice of its sentence', () => {
    for (const { sentence, q } of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });

  it('never takes a year, a date, a list or section number as a value', () => {
    const bad = found.filter(({ sentence, q }) => {
      const after = sentence.slice(q.end, q.end + 1);
      const before = sentence.slice(Math.max(0, q.start - 2), q.start);
      return (
        /^(19|20)\d\d$/.test(q.text.replace(/\D.*$/, '')) && /^(年|-|—|\/)/.test(q.unit + after) ||
        /^\d{1,2}(月|日)/.test(q.text) ||
        /[（(]$/.test(before) && /^[)）]/.test(after) && q.unit === '' ||
        /(图|表|专栏|第|注)\s*$/.test(before) ||
        /^\d{2}后/.test(sentence.slice(q.start))
      );
    });
    expect(bad.map((b) => `${b.q.text} in ${b.sentence}`)).toEqual([]);
    expect(found.filter(({ q }) => q.unit === '年' && q.value >= 1900).map(({ q }) => q.text)).toEqual([]);
  });

  it('gives every quantity a subject and a well-formed period', () => {
    for (const { sentence, q } of found) {
      expect(subjectOf(sentence, q).length).toBeGreaterThan(0);
      const period = periodOf(sentence, q);
      if (period !== null) expect(periodSchema.safeParse(period).success, `${period} in ${sentence}`).toBe(true);
    }
  });

  it('finds the statements the sources are known for', () => {
    const texts = (source: string): string[] => found.filter((f) => f.source === source).map((f) => f.q.text);
    expect(texts('live-commerce-2024')).toEqual(expect.arrayContaining(['8.33亿人', '1737万人', '75.2%', '5.97亿人', '155225亿元', '5.8万亿元', '18.0%', '13896亿元', '1.43亿']));
    expect(texts('xiaohongshu-digests-2026')).toEqual(expect.arrayContaining(['4,046,000条', '12.59亿次', '18-25岁', '500亿美元', '3500亿元人民币']));
    expect(texts('life-economy-2026')).toEqual(expect.arrayContaining(['8000万']));
    expect(texts('live-marketing-sample-2026')).toEqual(expect.arrayContaining(['4.9万亿元', '26.3%', '百亿元', '3.2倍']));
    expect(texts('digital-consumption-2025')).toEqual(expect.arrayContaining(['12.2个百分比', '11w+人次', '5.3万+人次', '三成', '83.2%']));
  });
});

/** 1012 in all; 003's recycled illustrative figures make it the largest. */
const PINNED: Record<string, number> = {
  'digital-consumption-2025': 357,
  'life-economy-2026': 8,
  'live-commerce-2024': 87,
  'live-marketing-sample-2026': 483,
  'xiaohongshu-digests-2026': 77,
};
