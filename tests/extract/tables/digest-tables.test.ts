import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestTablesOf, statementRows, statementTableSchema, statementTablesOf } from '../../../scripts/extract/digest-tables.ts';
import { tableSchema } from '../../../src/schemas/table.ts';
import { SOURCE_IDS, load } from './load.ts';

const overridesOf = (id: string): unknown => (existsSync(`seeds/overrides/${id}.json`) ? JSON.parse(readFileSync(`seeds/overrides/${id}.json`, 'utf8')) : null);
const OVERRIDES = overridesOf('xiaohongshu-digests-2026');
const SPEC = statementTablesOf(OVERRIDES)[0]!;
const emotionRows = (texts: string[]) => statementRows(SPEC, texts);

// Bullets of the cny-emotions digest, as cleaned.
const B1 = '在2024年及2025年春节相关笔记中，“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次；“惊喜”情绪笔记总量达4,232,000条，阅读总量达10.08亿次';
const B3 = '“逗趣感”情绪笔记总量为2,695,000条，阅读总量为9.54亿次；“畅爽”情绪笔记总量为2,524,000条；“欣慰”情绪阅读总量为5.24亿次';

describe('emotionRows', () => {
  it('binds each count to its own emotion and leaves unstated cells null', () => {
    expect(emotionRows([B3])).toEqual({
      rows: [
        { emotion: '逗趣感', notes: 2695000, reads: 9.54 },
        { emotion: '畅爽', notes: 2524000, reads: null },
        { emotion: '欣慰', notes: null, reads: 5.24 },
      ],
      conflicts: [],
    });
  });

  it('merges a later text that fills a missing cell, keeps the first value on a conflict and reports it', () => {
    const variant = '“畅爽”情绪阅读总量达3.10亿次；“惊喜”情绪笔记总量达4,000,000条';
    const { rows, conflicts } = emotionRows([B1, B3, variant]);
    expect(rows.find((r) => r.emotion === '畅爽')).toEqual({ emotion: '畅爽', notes: 2524000, reads: 3.1 });
    expect(rows.find((r) => r.emotion === '惊喜')).toEqual({ emotion: '惊喜', notes: 4232000, reads: 10.08 });
    expect(conflicts).toEqual(['“惊喜” notes: 4232000 vs 4000000']);
  });

  it('ignores quoted emotions without counts', () => {
    expect(emotionRows(['识别出“惊喜”情绪与期待感等7大代表性情绪']).rows).toEqual([]);
  });
});

describe('the table spec is data in the overrides file', () => {
  it('the seed overrides hold one valid spec for the cny-emotions chapter', () => {
    expect(statementTablesOf(OVERRIDES)).toHaveLength(1);
    expect(SPEC.chapter).toBe('cny-emotions');
    expect(SPEC.columns.map((c) => c.key)).toEqual(['notes', 'reads']);
  });

  it('rejects a spec whose patterns do not compile or that has unknown keys', () => {
    const bad = { ...SPEC, statement: '“([^”]{1,8}', colour: 'red' };
    const r = statementTableSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'statement']);
    expect(statementTablesOf({ statement_tables: [bad] })).toEqual([]);
  });

  it('without a spec there is no table, whatever the text says', () => {
    const { source, doc } = load('xiaohongshu-digests-2026');
    expect(digestTablesOf(source, doc)).toEqual([]);
    expect(digestTablesOf(source, doc, { stories: {} })).toEqual([]);
    expect(digestTablesOf(source, doc, { statement_tables: [{ ...SPEC, chapter: 'valuation' }] })).toEqual([]);
  });
});

describe('digestTablesOf — 000', () => {
  const { source, doc } = load('xiaohongshu-digests-2026');
  const tables = digestTablesOf(source, doc, OVERRIDES);

  it('builds exactly one emotion table with seven rows and the two missing cells null', () => {
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.id).toBe('xiaohongshu-digests-2026-cny-emotions');
    expect(t.chapter).toBe('cny-emotions');
    expect(t.origin).toBe('text');
    expect(t.caption).toBe('2024年及2025年春节相关笔记中各情绪的笔记总量与阅读总量');
    expect(t.columns).toEqual([
      { key: 'emotion', label: '情绪', type: 'string', unit: null, hidden: false },
      { key: 'notes', label: '笔记总量', type: 'number', unit: '条', hidden: false },
      { key: 'reads', label: '阅读总量', type: 'number', unit: '亿次', hidden: false },
    ]);
    expect(t.rows).toEqual([
      { emotion: '无奈', notes: 4046000, reads: 12.59 },
      { emotion: '惊喜', notes: 4232000, reads: 10.08 },
      { emotion: '期待感', notes: 3282000, reads: 7.23 },
      { emotion: '欣赏感', notes: 3167000, reads: 6.61 },
      { emotion: '逗趣感', notes: 2695000, reads: 9.54 },
      { emotion: '畅爽', notes: 2524000, reads: null },
      { emotion: '欣慰', notes: null, reads: 5.24 },
    ]);
    expect(t.note).toBe('据摘要正文数据整理（含同题报道）；正文未给出的2个数值为空（原文未提供），不是0。');
  });

  it('never writes 0 for a missing cell', () => {
    const cells = tables[0]!.rows.flatMap((r) => [r.notes, r.reads]);
    expect(cells.filter((c) => c === null)).toHaveLength(2);
    expect(cells).not.toContain(0);
  });

  it('validates, is deterministic, and finds nothing in the other sources', () => {
    for (const t of tables) expect(tableSchema.parse(t)).toEqual(t);
    expect(JSON.stringify(digestTablesOf(source, doc, OVERRIDES))).toBe(JSON.stringify(tables));
    for (const id of SOURCE_IDS.filter((i) => i !== source.id)) {
      const other = load(id);
      expect(digestTablesOf(other.source, other.doc, overridesOf(id))).toEqual([]);
      // The seed's spec finds nothing in another source's text either.
      expect(digestTablesOf(other.source, other.doc, OVERRIDES)).toEqual([]);
    }
  });
});
