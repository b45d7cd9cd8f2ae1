/**
 * The data records as the site uses them: facts in reading order, conflicts indexed by fact,
 * the columns of the facts download.
 */
import { getCollection } from 'astro:content';
import type { Conflict, SanityWarning } from '../schemas/conflict.ts';
import type { Fact } from '../schemas/fact.ts';
import { loadReports } from './routes.ts';
import { FACT_KIND_LABEL, RELIABILITY_LABEL } from './format.ts';

/** Facts in source order (manifest), then chapter order, then position on the page. */
export async function loadFacts(): Promise<Fact[]> {
  const [facts, reports] = await Promise.all([getCollection('facts'), loadReports()]);
  const order = new Map<string, number>();
  reports.forEach((r, i) => r.chapters.forEach((c, j) => order.set(`${r.report.id}/${c.data.slug}`, i * 1000 + j)));
  const pos = (f: Fact): number[] => {
    const [, b, s] = /^s-(\d+)-(\d+)$/.exec(f.anchor) ?? [];
    return [order.get(`${f.source}/${f.chapter}`) ?? 0, Number(b), Number(s), f.offset];
  };
  return facts
    .map((e) => e.data)
    .sort((a, b) => {
      const pa = pos(a);
      const pb = pos(b);
      for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
      return 0;
    });
}

export async function loadChecks(): Promise<{ conflicts: Conflict[]; warnings: SanityWarning[] }> {
  const [c, w] = await Promise.all([getCollection('conflicts'), getCollection('warnings')]);
  return { conflicts: c.map((e) => e.data), warnings: w.map((e) => e.data) };
}

/** Which conflicts and warnings each fact takes part in. */
export function flagsByFact(conflicts: readonly Conflict[], warnings: readonly SanityWarning[]): Map<string, (Conflict | SanityWarning)[]> {
  const m = new Map<string, (Conflict | SanityWarning)[]>();
  for (const r of [...conflicts, ...warnings]) for (const id of r.facts) m.set(id, [...(m.get(id) ?? []), r]);
  return m;
}

export const FACT_COLUMNS = [
  { key: 'id', label: '编号', unit: null },
  { key: 'source', label: '来源', unit: null },
  { key: 'chapter', label: '章节', unit: null },
  { key: 'subject', label: '主题', unit: null },
  { key: 'qualifier', label: '限定', unit: null },
  { key: 'value', label: '数值', unit: null },
  { key: 'value_high', label: '上限', unit: null },
  { key: 'unit', label: '单位', unit: null },
  { key: 'normalized_value', label: '归一化数值', unit: null },
  { key: 'normalized_unit', label: '归一化单位', unit: null },
  { key: 'kind', label: '类型', unit: null },
  { key: 'period', label: '时期', unit: null },
  { key: 'reliability', label: '可靠性', unit: null },
  { key: 'same_as', label: '同一数值', unit: null },
  { key: 'quote', label: '原句', unit: null },
  { key: 'url', label: '原句链接', unit: null },
] as const;

export function factRow(f: Fact, site: URL | undefined, base: string): Record<string, unknown> {
  const path = `${base.replace(/\/?$/, '/')}${f.source}/${f.chapter}/#${f.anchor}`;
  return {
    ...f,
    // The CSV is read in spreadsheets: kinds and reliability in words (facts.json keeps the codes).
    kind: FACT_KIND_LABEL[f.kind],
    reliability: RELIABILITY_LABEL[f.reliability],
    normalized_value: f.normalized?.value ?? null,
    normalized_unit: f.normalized?.unit ?? null,
    url: site ? new URL(path, site).href : path,
  };
}
