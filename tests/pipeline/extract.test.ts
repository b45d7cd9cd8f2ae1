/**
 * The extract stage on the real corpus: every fact traceable to its sentence, every record
 * valid, counts pinned so a regression in the grammar shows up as a diff.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline.ts';
import { chapterText, extract } from '../../scripts/stages/extract.ts';
import { FORMAT_MODULES } from '../../scripts/formats/index.ts';
import { clean } from '../../scripts/stages/clean.ts';
import { readSource } from '../../scripts/stages/read.ts';
import type { SourceEntry } from '../../src/schemas/source.ts';
import { seedManifest } from '../seeds.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import type { Conflict, SanityWarning } from '../../src/schemas/conflict.ts';
import type { DataTable } from '../../src/schemas/table.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { captureEffects } from './helpers.ts';

const { fx } = captureEffects();
const result = runPipeline(fx, { write: false });
const load = <T>(name: string): T[] => JSON.parse(result.files.get(`data/${name}.json`)!);
const facts = load<Fact>('facts');
const tables = load<DataTable>('tables');
const figures = load<Figure>('figures');
const conflicts = load<Conflict>('conflicts');
const warnings = load<SanityWarning>('warnings');

const cleaned = new Map(
  seedManifest().sources.map((s) => {
    const r = readSource(s as SourceEntry, fx).result!;
    return [s.id, extract(s, clean(r, s, FORMAT_MODULES).doc).doc] as const;
  }),
);

describe('facts', () => {
  it('counts per source', () => {
    const count = (id: string) => facts.filter((f) => f.source === id).length;
    expect(Object.fromEntries(seedManifest().sources.map((s) => [s.id, count(s.id)]))).toEqual({
      'xiaohongshu-digests-2026': 78,
      'life-economy-2026': 8,
      'live-commerce-2024': 88,
      'live-marketing-sample-2026': 483,
      'digital-consumption-2025': 357,
    });
  });

  it('quotes an exact sentence of its chapter’s normalized text, with the number at its offset', () => {
    for (const f of facts) {
      const chapter = cleaned.get(f.source)!.chapters.find((c) => c.slug === f.chapter)!;
      expect(chapterText(chapter), f.id).toContain(f.quote);
      expect(f.quote.slice(f.offset, f.offset + f.text.length), f.id).toBe(f.text);
    }
  });

  it('has unique, stable ids', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    const again = JSON.parse(runPipeline(captureEffects().fx, { write: false }).files.get('data/facts.json')!) as Fact[];
    expect(again.map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('inherits each source’s reliability', () => {
    const rel = new Map(seedManifest().sources.map((s) => [s.id, s.reliability]));
    for (const f of facts) expect(f.reliability).toBe(rel.get(f.source));
  });

  it('extracts the statements readers come for, as written and normalized', () => {
    const find = (source: string, text: string) => facts.find((f) => f.source === source && f.text === text);
    expect(find('live-commerce-2024', '5.8万亿元')).toMatchObject({ subject: '直播电商市场规模', value: 5.8, unit: '万亿元', normalized: { value: 5.8e12, unit: '元' }, period: '2024', qualifier: '约为', kind: 'amount' });
    expect(find('live-commerce-2024', '8.33亿人')).toMatchObject({ subject: '网络直播用户规模', normalized: { value: 8.33e8, unit: '人' }, period: '2024-12', qualifier: '达' });
    expect(find('xiaohongshu-digests-2026', '4,046,000条')).toMatchObject({ value: 4046000, unit: '条', normalized: { value: 4046000, unit: '条' } });
    expect(find('digital-consumption-2025', '83.2%')).toMatchObject({ value: 83.2, unit: '%', kind: 'share' });
    expect(find('live-marketing-sample-2026', '1200万')).toMatchObject({ subject: 'VR直播用户规模', normalized: { value: 1.2e7, unit: '人' }, reliability: 'illustrative' });
  });

  it('marks the same quantity stated twice instead of counting it twice', () => {
    const a = facts.find((f) => f.source === 'live-commerce-2024' && f.text === '155225亿元')!;
    const b = facts.find((f) => f.source === 'live-commerce-2024' && f.text === '15.52万亿元')!;
    expect([a.same_as, b.same_as].filter(Boolean)).toEqual([a.same_as ? b.id : a.id]);
  });
});

describe('tables and figures', () => {
  it('publishes every table and figure', () => {
    expect(tables.map((t) => `${t.id}:${t.rows.length}`).sort()).toEqual([
      'digital-consumption-2025-fig-1-data:3',
      'digital-consumption-2025-fig-2-data:8',
      'digital-consumption-2025-fig-3-data:4',
      'digital-consumption-2025-fig-4-data:4',
      'digital-consumption-2025-fig-5-data:4',
      'digital-consumption-2025-fig-6-data:6',
      'digital-consumption-2025-table-1:9',
      'live-commerce-2024-fig-1-data:10',
      'live-commerce-2024-fig-2-data:5',
      'live-commerce-2024-fig-3-data:5',
      'live-commerce-2024-policy-index:15',
      'xiaohongshu-digests-2026-cny-emotions:7',
    ]);
    expect(figures.map((f) => `${f.id}:${f.type}:${f.completeness}`)).toEqual([
      'live-commerce-2024-fig-1:timeline:complete',
      'live-commerce-2024-fig-2:bar:complete',
      'live-commerce-2024-fig-3:bar:complete',
      'live-commerce-2024-fig-4:diagram:none',
      'live-commerce-2024-fig-5:diagram:none',
      'digital-consumption-2025-fig-1:share:complete',
      'digital-consumption-2025-fig-2:share:partial',
      'digital-consumption-2025-fig-3:bar:partial',
      'digital-consumption-2025-fig-4:bar:partial',
      'digital-consumption-2025-fig-5:bar:partial',
      'digital-consumption-2025-fig-6:bar:complete',
    ]);
  });

  it('links figures rebuilt from text to the sentence they came from', () => {
    for (const f of figures.filter((x) => x.method === 'text' && x.source === 'digital-consumption-2025')) expect(f.anchor, f.id).toMatch(/^s-\d+-\d+$/);
  });
});

describe('checks', () => {
  const text = (ids: string[]) => ids.map((id) => facts.find((f) => f.id === id)!.text);

  it('reports the cross-source market-size conflict and the sample report’s own contradictions', () => {
    expect(conflicts.map((c) => [c.kind, c.subject, c.period, text(c.facts)])).toEqual([
      ['internal', '县域地区从业者占比', '2023', ['37%', '41%']],
      ['internal', 'VR直播用户规模', '2023', ['1200万', '1800万']],
      ['internal', '消费者平均每观看', '2023', ['2.3个', '3.2个']],
      ['cross-source', '直播电商市场规模', '2026', ['5.8万亿元', '18.0%', '15万亿元']],
    ]);
  });

  it('warns on growth rates the sources’ own numbers contradict', () => {
    expect(warnings.map((w) => w.message)).toEqual([
      '所述增长60%与原文数值不符：由300亿美元到500亿美元，约为66.7%。',
      '所述年均复合增长120%与原文数值不符：由不足百亿元到4.9万亿元（7年），至少为142.3%。',
    ]);
  });
});
