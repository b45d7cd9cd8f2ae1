/**
 * The ingest pipeline: seeds/ → content/generated/. One progress line per source; content
 * problems are collected and printed together, and the run fails once at the end. Nothing is
 * written unless every source succeeded. Authored content (content/authored/) is never touched.
 *
 *   npm run ingest
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { FORMAT_MODULES } from './formats/index.ts';
import { nodeEffects, type Effects } from './lib/effects.ts';
import { formatIssue, type Issue } from './lib/issues.ts';
import { clean, type CleanResult } from './stages/clean.ts';
import { emitSource } from './stages/emit.ts';
import { emitData, type DataRecords } from './stages/emit-data.ts';
import { extract, type ExtractResult } from './stages/extract.ts';
import { checkFacts } from './extract/checks.ts';
import { readManifest, readSource, type ReadResult } from './stages/read.ts';
import type { FormatModule } from './formats/types.ts';
import type { FormatId } from '../src/schemas/source.ts';

export const OUTPUT_DIR = 'content/generated';

export interface PipelineResult {
  ok: boolean;
  issues: Issue[];
  files: Map<string, string>;
}

interface Prepared {
  read: ReadResult;
  cleaned: CleanResult;
  extracted: ExtractResult;
}

export interface PipelineOptions {
  /** Format modules by id (tests inject their own). */
  formats?: Readonly<Record<FormatId, FormatModule>>;
  /** Only these source ids (default: all). */
  only?: readonly string[];
  /** Write content/generated/ (default true). */
  write?: boolean;
}

export function runPipeline(fx: Effects, options: PipelineOptions = {}): PipelineResult {
  const formats = options.formats ?? FORMAT_MODULES;
  const issues: Issue[] = [];
  const files = new Map<string, string>();
  const data: DataRecords = { facts: [], tables: [], figures: [], conflicts: [], warnings: [] };

  // 1. read — the manifest first: without it there is nothing to do.
  const { manifest, issues: manifestIssues } = readManifest(fx);
  issues.push(...manifestIssues);
  if (!manifest || manifestIssues.length > 0) return finish(fx, issues, files, false);

  const prepared: Prepared[] = [];
  for (const source of manifest.sources) {
    if (options.only && !options.only.includes(source.id)) continue;
    const read = readSource(source, fx);
    issues.push(...read.issues);
    if (!read.result) continue;

    // 2. clean — the format module repairs what the scrape broke; the ledger must balance.
    const cleaned = clean(read.result, formats);
    issues.push(...cleaned.issues.items);
    if (cleaned.issues.hasErrors) continue;

    // 3. extract — facts, tables and figures as data; sentences that state facts get anchors.
    const extracted = extract(source, cleaned.doc);
    issues.push(...extracted.issues.items);
    data.facts.push(...extracted.facts);
    data.tables.push(...extracted.tables);
    data.figures.push(...extracted.figures);
    prepared.push({ read: read.result, cleaned, extracted });
  }

  // 4. checks across all sources: conflicts and sanity warnings are reported, never resolved,
  // and flagged on the numbers they concern.
  const checked = checkFacts(data.facts);
  data.conflicts.push(...checked.conflicts);
  data.warnings.push(...checked.warnings);
  const flags = new Map<string, string>();
  for (const c of [...checked.conflicts, ...checked.warnings]) for (const id of c.facts) if (!flags.has(id)) flags.set(id, c.message);

  // 5. structure + emit — mdast per chapter (structure.ts), serialized, re-parsed, validated.
  for (const { read, cleaned, extracted } of prepared) {
    const raw = fx.readFile(read.path).toString('utf8');
    const emitted = emitSource(read, { ...cleaned, doc: extracted.doc }, raw, {
      facts: extracted.facts.length,
      tables: extracted.tables.length,
      figures: extracted.figures.length,
    }, flags);
    issues.push(...emitted.issues.items);
    for (const [path, content] of emitted.files) files.set(path, content);

    const s = emitted.report.structure;
    fx.log(
      `${read.source.id.padEnd(28)} ${String(emitted.report.chars_in).padStart(6)} → ${String(emitted.report.chars_out).padStart(6)} chars, ` +
        `${s.chapters} chapters, ${s.headings} headings, ${s.paragraphs} paragraphs, ${s.footnotes} notes, ` +
        `${extracted.facts.length} facts, ${extracted.tables.length} tables, ${extracted.figures.length} figures` +
        (emitted.issues.hasErrors ? ' [errors]' : ''),
    );
  }
  const emittedData = emitData(data);
  issues.push(...emittedData.issues);
  for (const [path, content] of emittedData.files) files.set(path, content);
  fx.log(`checks: ${data.conflicts.length} conflicts, ${data.warnings.length} warnings across ${data.facts.length} facts`);
  return finish(fx, issues, files, options.write ?? true);
}

function finish(fx: Effects, issues: Issue[], files: Map<string, string>, write: boolean): PipelineResult {
  const errors = issues.filter((i) => i.severity === 'error');
  for (const i of issues) fx.log(formatIssue(i));
  const ok = errors.length === 0;
  if (ok && write) fx.replaceDir(OUTPUT_DIR, files);
  if (!ok) fx.log(`ingest failed: ${errors.length} error(s); ${OUTPUT_DIR}/ left unchanged`);
  else fx.log(`ingest: ${files.size} files → ${OUTPUT_DIR}/`);
  return { ok, issues, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = runPipeline(nodeEffects(root));
  process.exitCode = result.ok ? 0 : 1;
}
