/** The published data files in dist/data/: present, well-formed, and CSV that Excel opens. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/schemas/fact.ts';
import { factSchema } from '../../src/schemas/fact.ts';
import { tableSchema, type DataTable } from '../../src/schemas/table.ts';
import { conflictSchema, warningSchema } from '../../src/schemas/conflict.ts';
import { DIST } from './dist.ts';

const json = <T>(p: string): T => JSON.parse(readFileSync(`${DIST}/data/${p}`, 'utf8')) as T;
const facts = json<Fact[]>('facts.json');
const tables = JSON.parse(readFileSync('content/generated/data/tables.json', 'utf8')) as DataTable[];

describe('dist/data', () => {
  it('publishes every fact, valid against the schema', () => {
    expect(facts.length).toBeGreaterThan(900);
    for (const f of facts) expect(factSchema.safeParse(f).success, f.id).toBe(true);
  });

  it('writes facts.csv as UTF-8 with a BOM, a header and one line per fact', () => {
    const csv = readFileSync(`${DIST}/data/facts.csv`);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('编号,来源,章节,主题,限定,数值,上限,单位,归一化数值,归一化单位,类型,时期,可靠性,同一数值,原句,原句链接');
    // Quotes never contain line breaks, so each record is one line.
    expect(lines.length).toBe(facts.length + 1);
    const first = facts[0]!;
    expect(lines[1]!.startsWith(`${first.id},${first.source},${first.chapter},`)).toBe(true);
    expect(lines[1]).toContain(`/${first.source}/${first.chapter}/#${first.anchor}`);
  });

  it('writes a JSON and a CSV for every table and figure', () => {
    for (const t of tables) {
      const back = json<DataTable>(`tables/${t.id}.json`);
      expect(tableSchema.safeParse(back).success, t.id).toBe(true);
      const csv = readFileSync(`${DIST}/data/tables/${t.id}.csv`, 'utf8');
      expect(csv.charCodeAt(0), t.id).toBe(0xfeff);
      expect(csv.trimEnd().split('\r\n').length, t.id).toBe(t.rows.length + 1);
    }
    const figures = JSON.parse(readFileSync('content/generated/data/figures.json', 'utf8')) as { id: string }[];
    for (const f of figures) expect(existsSync(`${DIST}/data/figures/${f.id}.json`), f.id).toBe(true);
  });

  it('keeps missing cells empty, never 0 (the CNY emotion table)', () => {
    const t = json<DataTable>('tables/xiaohongshu-digests-2026-cny-emotions.json');
    const nulls = t.rows.flatMap((r) => Object.entries(r).filter(([, v]) => v === null).map(([k]) => `${r.emotion}:${k}`));
    expect(nulls).toEqual(['畅爽:reads', '欣慰:notes']);
    const csv = readFileSync(`${DIST}/data/tables/xiaohongshu-digests-2026-cny-emotions.csv`, 'utf8');
    expect(csv).toMatch(/\r\n畅爽,[\d.]+,\r\n/);
  });

  it('publishes conflicts and warnings', () => {
    const { conflicts, warnings } = json<{ conflicts: unknown[]; warnings: unknown[] }>('conflicts.json');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) expect(conflictSchema.safeParse(c).success).toBe(true);
    for (const w of warnings) expect(warningSchema.safeParse(w).success).toBe(true);
  });
});

describe('facts.csv links', () => {
  it('never point at the build machine', () => {
    const csv = readFileSync('dist/data/facts.csv', 'utf8');
    expect(csv).not.toContain('localhost');
    const header = csv.replace(/^\ufeff/, '').split('\n')[0]!.split(',');
    const urlCol = header.findIndex((h) => /链接|url/i.test(h));
    expect(urlCol).toBeGreaterThanOrEqual(0);
    const second = csv.split('\n')[1]!;
    expect(second).toMatch(/,\/[a-z0-9-]+\/[a-z0-9-]+\/#s-/);
  });
});

describe('a chart’s CSV button', () => {
  it('downloads the published table file, with Chinese headers and units', () => {
    const html = readFileSync(`${DIST}/live-commerce-2024/ch-1/index.html`, 'utf8');
    const hrefs = [...html.matchAll(/<a href="([^"]+\.csv)" download/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/data\/tables\/[a-z0-9-]+\.csv$/);
      const csv = readFileSync(`${DIST}${href}`, 'utf8');
      expect(csv.split('\n')[0]).toMatch(/\p{Script=Han}/u);
    }
  });
});
