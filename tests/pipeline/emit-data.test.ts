import { describe, expect, it } from 'vitest';
import { emitData } from '../../scripts/stages/emit-data.ts';
import type { Fact } from '../../src/schemas/fact.ts';

const quote = '截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年12月增长1737万人。';
const good: Fact = {
  id: 'f-live-commerce-2024-ch-1-0a1b2c3d',
  source: 'live-commerce-2024',
  chapter: 'ch-1',
  anchor: 's-3-1',
  subject: '网络直播用户规模',
  value: 8.33,
  value_high: null,
  unit: '亿人',
  text: '8.33亿人',
  offset: quote.indexOf('8.33亿人'),
  normalized: { value: 8.33e8, unit: '人' },
  kind: 'count',
  period: '2024-12',
  qualifier: '达',
  quote,
  reliability: 'research',
  same_as: null,
};

describe('emitData', () => {
  it('writes valid records', () => {
    const { files, issues } = emitData({ facts: [good], tables: [], figures: [], conflicts: [], warnings: [] });
    expect(issues).toEqual([]);
    expect(JSON.parse(files.get('data/facts.json')!)).toEqual([good]);
  });

  it('fails a bad record with the source, the quote and the field', () => {
    const bad = { ...good, period: '2024年', offset: 3 };
    const { issues } = emitData({ facts: [bad], tables: [], figures: [], conflicts: [], warnings: [] });
    expect(issues.map((i) => `${i.source} ${i.message}`)).toEqual([
      'live-commerce-2024 content/generated/data/facts.json: facts[0] (quote "截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年…"): period: expected a period like 2024, 2024-06, 2025H1 or 2024/2026, found "2024年"',
      'live-commerce-2024 content/generated/data/facts.json: facts[0] (quote "截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年…"): text: expected "8.33亿人" at offset 3 of the quote, found "024年12"',
    ]);
  });

  it('rejects two records with one id', () => {
    const { issues } = emitData({ facts: [good, good], tables: [], figures: [], conflicts: [], warnings: [] });
    expect(issues.map((i) => i.message)).toEqual([`expected unique record ids, found "${good.id}" twice`]);
  });
});
