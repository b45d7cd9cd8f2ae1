/**
 * Charts rebuilt from the numbers the text states just before the figure. Which words of the
 * text give each row belongs to one document, so the spec lives in that document's overrides
 * file (seeds/overrides/<id>.json, `figures`) and reaches this stage on
 * the figure block (`textSpec`). A spec says, per row, which words lead up to the number
 * (`…消费额达`); the number itself is always read from the text. Cues are found in
 * order, each after the last, so repeated words (`占…总额的`) bind to the right row.
 * Nothing is invented: a category the text does not give is not a row.
 */
import { z } from 'astro/zod';
import { figureBase, problem, sentencesAround, type Decoded, type FigureBlock, type FigureContext, figureTable } from './context.ts';

const cellSpecSchema = z
  .object({
    /** Words to seek first, so the cue after them is the right one. */
    at: z.string().min(1).optional(),
    /** The words right before the number. */
    cue: z.string().min(1),
  })
  .strict();

const rowSpecSchema = z
  .object({
    /** Fixed cells: labels as the text names them (category, dimension). */
    cells: z.record(z.string()),
    /** Number cells, keyed by column. */
    values: z.record(cellSpecSchema),
  })
  .strict();

const specColumnSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case column key like share'),
    label: z.string().min(1),
    type: z.enum(['string', 'number']),
    /** Unit a number must be written with (%, 万人); null for text. */
    unit: z.string().nullable().default(null),
    hidden: z.boolean().default(false),
  })
  .strict();

/** One figure rebuilt from the text, as an overrides file writes it. */
export const textFigureSpecSchema = z
  .object({
    type: z.enum(['bar', 'share']),
    completeness: z.enum(['complete', 'partial']),
    /** Column order; number columns carry the unit the number must be written with. */
    columns: z.array(specColumnSchema).min(1),
    x: z.string(),
    y: z.string(),
    rows: z.array(rowSpecSchema).min(1),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const keys = new Set(spec.columns.map((c) => c.key));
    for (const k of [spec.x, spec.y]) if (!keys.has(k)) ctx.addIssue({ code: 'custom', message: `expected x and y among the column keys ${[...keys].join(', ')}, found "${k}"` });
    spec.rows.forEach((r, i) => {
      for (const k of [...Object.keys(r.cells), ...Object.keys(r.values)])
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', path: ['rows', i], message: `expected a column key (${[...keys].join(', ')}), found "${k}"` });
    });
  });

export type TextFigureSpec = z.infer<typeof textFigureSpecSchema>;

/** A figure block that carries its text spec from the format module to the extract stage. */
export type FigureBlockWithSpec = FigureBlock & { textSpec?: TextFigureSpec };
export type CellSpec = z.infer<typeof cellSpecSchema>;
export type RowSpec = z.infer<typeof rowSpecSchema>;

const NUMBER = /^(\d+(?:\.\d+)?)(万亿元|亿元|万元|元|%|亿人|万人)/;

/** Read every row of the spec from one text, or say which cue it could not find. */
export function readRows(spec: TextFigureSpec, text: string): { rows: Record<string, string | number>[]; start: number; end: number } | string {
  const units = new Map(spec.columns.map((c) => [c.key, c]));
  const rows: Record<string, string | number>[] = [];
  let at = 0;
  let start = Infinity;
  let end = -1;
  for (const r of spec.rows) {
    const row: Record<string, string | number> = { ...r.cells };
    for (const [key, cell] of Object.entries(r.values)) {
      const seek = cell.at === undefined ? at : text.indexOf(cell.at, at);
      const cue = seek < 0 ? -1 : text.indexOf(cell.cue, seek);
      if (cue < 0) return `“${cell.at ?? ''}…${cell.cue}”`;
      const numAt = cue + cell.cue.length;
      const m = NUMBER.exec(text.slice(numAt));
      const col = units.get(key);
      if (!m || !col) return `a number after “${cell.cue}”`;
      // A string column keeps the amount as written (6.21万亿元); a number column must match its unit.
      if (col.type === 'number' && m[2] !== col.unit) return `${col.unit ?? ''} after “${cell.cue}”, found ${m[0]}`;
      row[key] = col.type === 'number' ? Number(m[1]) : m[0];
      start = Math.min(start, cell.at === undefined ? cue : seek);
      end = Math.max(end, numAt + m[0].length);
      at = numAt + m[0].length;
    }
    rows.push(row);
  }
  return { rows, start, end };
}

export function rebuildFromText(ctx: FigureContext, spec: TextFigureSpec): Decoded {
  const base = figureBase(ctx);
  const failures: string[] = [];
  for (const text of ctx.before) {
    const got = readRows(spec, text);
    if (typeof got === 'string') {
      failures.push(got);
      continue;
    }
    const rows = got.rows.map((r) => Object.fromEntries(spec.columns.map((c) => [c.key, r[c.key] ?? null])));
    const partialNote = ctx.block.note ?? '原图其余类别数据未在正文给出';
    const table = figureTable(ctx, spec.columns, rows, spec.completeness === 'complete' ? '据正文数据整理' : `据正文数据整理；${partialNote}`);
    const y = spec.columns.find((c) => c.key === spec.y);
    const problems = spec.type === 'share' && spec.completeness === 'complete' ? checkShares(ctx, rows, spec.y) : [];
    return {
      figure: {
        ...base,
        type: spec.type,
        table: table.id,
        x: spec.x,
        y: spec.y,
        unit: y?.unit ?? null,
        completeness: spec.completeness,
        method: 'text',
        note: spec.completeness === 'complete' ? '据正文数据重绘' : partialNote,
        quote: sentencesAround(text, got.start, got.end),
      },
      table,
      problems,
    };
  }
  return {
    figure: { ...base, type: spec.type, table: null, x: null, y: null, unit: null, completeness: 'none', method: 'none', note: '未能从正文恢复数据', quote: null },
    table: null,
    problems: [problem(ctx, `expected its numbers in the paragraphs before it, found no ${failures[0] ?? 'paragraph'}`)],
  };
}

/** A complete part-of-whole chart must add up to 100% (within rounding). */
function checkShares(ctx: FigureContext, rows: Record<string, unknown>[], key: string): string[] {
  const sum = rows.reduce((s, r) => s + (typeof r[key] === 'number' ? r[key] : 0), 0);
  return Math.abs(sum - 100) > 0.3 ? [problem(ctx, `its shares add up to ${Math.round(sum * 10) / 10}%, not 100%`)] : [];
}
