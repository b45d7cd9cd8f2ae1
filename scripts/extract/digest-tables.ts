/**
 * Tables that a chapter states in prose, one statement per row, spread over bullets and over the
 * story's variant digests. Which chapter, what a statement and each cell look like, and the
 * caption belong to one document, so they are data: `statement_tables` in that source's
 * overrides file (docs/formats/news-digest.md "Overrides"), checked by the schema below. A
 * source without it gets no such table. Every statement of a chapter is merged into one row per
 * label; a cell the text never gives stays null (原文未提供), never 0.
 */
import { z } from 'astro/zod';
import type { Block, CleanDoc } from '../lib/doc.ts';
import { inlineText } from '../lib/measure.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { DataTable } from '../../src/schemas/table.ts';

const regex = (what: string) =>
  z.string().refine(
    (s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: `expected a JavaScript regular expression (${what})` },
  );
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case ASCII column key like notes');

export const statementTableSchema = z
  .object({
    /** Slug of the chapter whose text states the table. */
    chapter: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a chapter slug like cny-emotions'),
    /** One statement: group 1 is the row's label, group 2 the text its cells are read from. */
    statement: regex('group 1 = row label, group 2 = statement text'),
    row: z.object({ key, label: z.string().min(1) }).strict(),
    columns: z
      .array(
        z
          .object({
            key,
            label: z.string().min(1),
            unit: z.string().min(1).nullable(),
            /** Group 1 is the number (thousands commas allowed). */
            pattern: regex('group 1 = the number'),
          })
          .strict(),
      )
      .min(1),
    caption: z.string().min(1),
    /** What the counts cover, when the text says it: group 1 fills {1} of `prefix`, put before the caption. */
    scope: z.object({ pattern: regex('group 1 = the scope'), prefix: z.string().includes('{1}') }).strict().optional(),
  })
  .strict();

export type StatementTable = z.infer<typeof statementTableSchema>;
export type Row = Record<string, string | number | null>;

/** Bullet and paragraph texts of a block list, canonical digest first, then its variants. */
function textsOf(blocks: readonly Block[]): string[] {
  const own: string[] = [];
  const nested: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') own.push(inlineText(b.children));
    else if (b.type === 'list') own.push(...b.items.map(inlineText));
    else if (b.type === 'callout') nested.push(...textsOf(b.children));
  }
  return [...own, ...nested];
}

/**
 * Rows in order of first mention. The first statement of a value wins: canonical text comes
 * first, so a variant never overrides it; a disagreeing later value is returned as a conflict.
 */
export function statementRows(spec: StatementTable, texts: readonly string[]): { rows: Row[]; conflicts: string[] } {
  const rows = new Map<string, Row>();
  const conflicts: string[] = [];
  const statement = new RegExp(spec.statement, 'gu');
  const cells = spec.columns.map((c) => ({ key: c.key, re: new RegExp(c.pattern, 'u') }));
  for (const text of texts) {
    for (const m of text.matchAll(statement)) {
      const body = m[2] ?? '';
      const found = cells.flatMap((c) => {
        const v = c.re.exec(body)?.[1];
        return v === undefined ? [] : [{ key: c.key, value: Number(v.replace(/,/g, '')) }];
      });
      if (found.length === 0) continue;
      const label = m[1]!;
      const row = rows.get(label) ?? Object.fromEntries([[spec.row.key, label], ...spec.columns.map((c) => [c.key, null])]);
      rows.set(label, row);
      for (const { key: k, value } of found) {
        const had = row[k];
        if (had === null) row[k] = value;
        else if (had !== value) conflicts.push(`“${label}” ${k}: ${had} vs ${value}`);
      }
    }
  }
  return { rows: [...rows.values()], conflicts };
}

/** The `statement_tables` of a source's overrides, or none when absent or invalid (the format reports it). */
export function statementTablesOf(overrides: unknown): StatementTable[] {
  if (typeof overrides !== 'object' || overrides === null || !('statement_tables' in overrides)) return [];
  const parsed = z.array(statementTableSchema).safeParse((overrides as { statement_tables: unknown }).statement_tables);
  return parsed.success ? parsed.data : [];
}

/** One table per `statement_tables` entry whose chapter states at least one row. */
export function digestTablesOf(source: Source, doc: CleanDoc, overrides: unknown = null): DataTable[] {
  const out: DataTable[] = [];
  for (const spec of statementTablesOf(overrides)) {
    const ch = doc.chapters.find((c) => c.slug === spec.chapter);
    if (!ch) continue;
    const texts = textsOf(ch.blocks);
    const { rows, conflicts } = statementRows(spec, texts);
    if (rows.length === 0) continue;
    const scopeRe = spec.scope ? new RegExp(spec.scope.pattern, 'u') : undefined;
    const scope = scopeRe ? texts.map((t) => scopeRe.exec(t)?.[1]).find((s) => s !== undefined) : undefined;
    const missing = rows.reduce((n, r) => n + spec.columns.filter((c) => r[c.key] === null).length, 0);
    const note = [
      '据摘要正文数据整理（含同题报道）',
      missing > 0 ? `正文未给出的${missing}个数值为空（原文未提供），不是0` : '',
      conflicts.length > 0 ? `同题报道数值不一致，取首篇摘要：${conflicts.join('；')}` : '',
    ]
      .filter(Boolean)
      .join('；');
    out.push({
      id: `${source.id}-${ch.slug}`,
      source: source.id,
      chapter: ch.slug,
      caption: `${scope !== undefined && spec.scope ? spec.scope.prefix.replace('{1}', scope) : ''}${spec.caption}`,
      columns: [
        { key: spec.row.key, label: spec.row.label, type: 'string', unit: null, hidden: false },
        ...spec.columns.map((c) => ({ key: c.key, label: c.label, type: 'number' as const, unit: c.unit, hidden: false })),
      ],
      rows,
      origin: 'text',
      note: `${note}。`,
    });
  }
  return out;
}
