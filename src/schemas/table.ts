/**
 * A data table recovered from a source: typed columns, every row, missing cells as null.
 * content/generated/data/tables.json; published as dist/data/tables/<id>.json and .csv.
 */
import { z } from 'astro/zod';

export const columnSchema = z
  .object({
    /** ASCII key used in rows and CSV headers: date, name, notes. */
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case column key like issued_on'),
    /** Header as the source writes it (or as the editor names it), in Chinese. */
    label: z.string().min(1),
    type: z.enum(['string', 'number', 'date']),
    /** Unit of a number column as written (万人, 亿次); null otherwise. */
    unit: z.string().nullable(),
    /** A helper column the site does not show (the ISO date beside 发布时间). */
    hidden: z.boolean(),
  })
  .strict();

export const cellSchema = z.union([z.string(), z.number(), z.null()]);

export const tableSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id like live-commerce-2024-policy-index'),
    source: z.string().min(1),
    chapter: z.string().min(1),
    caption: z.string().min(1),
    columns: z.array(columnSchema).min(1),
    rows: z.array(z.record(cellSchema)),
    /** How the table was recovered, for readers: 原文表格 / 据正文数据整理. */
    origin: z.enum(['table', 'text', 'figure']),
    note: z.string().nullable(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const keys = new Set(t.columns.map((c) => c.key));
    t.rows.forEach((row, i) => {
      for (const k of Object.keys(row))
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', path: ['rows', i, k], message: `expected one of the column keys ${[...keys].join(', ')}, found "${k}"` });
      for (const c of t.columns) {
        const v = row[c.key];
        if (v === undefined) ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: 'expected a cell (null when the source gives none), found nothing' });
        else if (v !== null && c.type === 'number' && typeof v !== 'number')
          ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: `expected a number, found ${JSON.stringify(v)}` });
        else if (v !== null && c.type !== 'number' && typeof v !== 'string')
          ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: `expected a string, found ${JSON.stringify(v)}` });
        else if (v !== null && c.type === 'date' && !/^\d{4}(-\d{2}){0,2}$/.test(String(v)))
          ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: `expected an ISO date like 2025-02, found ${JSON.stringify(v)}` });
      }
    });
  });

export type DataTable = z.infer<typeof tableSchema>;
export type Column = z.infer<typeof columnSchema>;
