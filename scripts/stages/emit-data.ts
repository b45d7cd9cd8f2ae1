/**
 * Emit, data half: facts, tables, figures, conflicts and warnings of all sources, each record
 * validated with the site's schema. A bad record is an error naming the source, the quote and
 * the field; the site reads the files through content collections.
 */
import type { z } from 'astro/zod';
import { conflictSchema, warningSchema, type Conflict, type SanityWarning } from '../../src/schemas/conflict.ts';
import { formatZodError } from '../../src/schemas/errors.ts';
import { factSchema, type Fact } from '../../src/schemas/fact.ts';
import { figureSchema, type Figure } from '../../src/schemas/figure.ts';
import { tableSchema, type DataTable } from '../../src/schemas/table.ts';
import type { Issue } from '../lib/issues.ts';
import { excerpt } from '../lib/text.ts';

export interface DataRecords {
  facts: Fact[];
  tables: DataTable[];
  figures: Figure[];
  conflicts: Conflict[];
  warnings: SanityWarning[];
}

function validate<T>(name: string, schema: z.ZodType<T>, records: readonly T[], issues: Issue[]): T[] {
  const ok: T[] = [];
  records.forEach((r, i) => {
    const parsed = schema.safeParse(r);
    if (parsed.success) return void ok.push(parsed.data);
    const rec = r as { source?: string; quote?: string | null; id?: string };
    const what = rec.quote ? ` (quote "${excerpt(rec.quote, 40)}")` : rec.id ? ` (${rec.id})` : '';
    for (const message of formatZodError(`content/generated/data/${name}.json: ${name}[${i}]${what}`, parsed.error, r))
      issues.push({ source: rec.source ?? '*', stage: 'extract', severity: 'error', rule: 'bug/extract-record', message, bug: true, hint: 'a record the extract stage built fails its schema: a bug in Report Atlas, not in the input' });
  });
  return ok;
}

export function emitData(data: DataRecords): { files: Map<string, string>; issues: Issue[] } {
  const issues: Issue[] = [];
  const files = new Map<string, string>();
  const write = (name: string, records: unknown[]): void => void files.set(`data/${name}.json`, JSON.stringify(records, null, 2) + '\n');
  write('facts', validate('facts', factSchema, data.facts, issues));
  write('tables', validate('tables', tableSchema, data.tables, issues));
  write('figures', validate('figures', figureSchema, data.figures, issues));
  write('conflicts', validate('conflicts', conflictSchema, data.conflicts, issues));
  write('warnings', validate('warnings', warningSchema, data.warnings, issues));
  const ids = new Set<string>();
  for (const r of [...data.facts, ...data.tables, ...data.figures])
    if (ids.has(r.id)) issues.push({ source: r.source, stage: 'extract', severity: 'error', rule: 'bug/record-ids', bug: true, message: `expected unique record ids, found "${r.id}" twice`, hint: 'a bug in the extract stage\'s id scheme, not in the input' });
    else ids.add(r.id);
  return { files, issues };
}
