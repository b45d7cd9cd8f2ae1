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
import { IssueList, reportIssues, type Issue } from './lib/issues.ts';
import { hashOf } from './lib/cache.ts';
import type { DataTable } from '../src/schemas/table.ts';
import type { Fact } from '../src/schemas/fact.ts';
import type { Figure } from '../src/schemas/figure.ts';
import type { IngestReport } from '../src/schemas/ingest-report.ts';
import { clean } from './stages/clean.ts';
import { emitSource, type EmitInput } from './stages/emit.ts';
import { emitData, type DataRecords } from './stages/emit-data.ts';
import { extract } from './stages/extract.ts';
import { checkFacts } from './extract/checks.ts';
import { readManifest, readSource, type ReadResult } from './stages/read.ts';
import { detect, type Detected } from './stages/detect.ts';
import { resolveSource } from './stages/metadata.ts';
import type { PublishedRead } from './stages/emit.ts';
import type { Source } from '../src/schemas/source.ts';
import type { FormatModule } from './formats/types.ts';
import type { FormatId } from '../src/schemas/source.ts';

export const OUTPUT_DIR = 'content/generated';

export interface PipelineResult {
  ok: boolean;
  issues: Issue[];
  files: Map<string, string>;
}

/** A source after detect, clean and extract, as plain data (it may come from the cache). */
interface SourceWork {
  ok: boolean;
  issues: Issue[];
  /** The published source record (manifest ?? document ?? defaults); absent when detect failed. */
  source?: Source;
  detection?: Detected;
  emit: EmitInput;
  facts: Fact[];
  tables: DataTable[];
  figures: Figure[];
  counts: IngestReport['data'];
}

const emptyEmit = (): EmitInput => ({
  doc: { meta: {}, chapters: [], stats: {} },
  ledger: [],
  balance: { in: 0, removed: 0, moved: 0, inserted: 0, kept: { body: 0, footnotes: 0, figures: 0, tables: 0, total: 0 }, balanced: true },
  issues: [],
});

/** An exception thrown by a stage, as a bug report naming the step and the source file. */
function crash(read: ReadResult, step: string, e: unknown): Issue {
  const list = new IssueList(read.source.id, 'clean');
  const err = e instanceof Error ? e : new Error(String(e));
  const at = err.stack?.split('\n').find((l) => l.includes('/scripts/'))?.trim() ?? '';
  list.bug(step, `${err.message}${at ? ` (${at})` : ''}`, read.path);
  return list.items[0]!;
}

function cleanAndExtract(read: ReadResult, formats: Readonly<Record<FormatId, FormatModule>>): SourceWork {
  const empty = { facts: [], tables: [], figures: [], counts: { facts: 0, tables: 0, figures: 0 } };
  const detected = detect(read, formats);
  if (!detected.source || !detected.detection || detected.issues.hasErrors) {
    return { ok: false, issues: detected.issues.items, emit: emptyEmit(), ...empty };
  }
  let cleaned: ReturnType<typeof clean>;
  try {
    cleaned = clean(read, detected.source, formats);
  } catch (e) {
    // A format that throws is a bug of that format: say so, and where, rather than crash the run.
    return { ok: false, issues: [...detected.issues.items, crash(read, `clean (the "${detected.source.format}" format)`, e)], emit: emptyEmit(), ...empty };
  }
  const before = [...detected.issues.items, ...cleaned.issues.items];
  const emit: EmitInput = { doc: cleaned.doc, ledger: cleaned.ledger.entries(), balance: cleaned.balance, issues: before };
  if (cleaned.issues.hasErrors) return { ok: false, issues: before, emit, ...empty };
  const source = resolveSource(detected.source, cleaned.doc, formats[detected.source.format]);
  let x: ReturnType<typeof extract>;
  try {
    x = extract(source, cleaned.doc, read.overrides);
  } catch (e) {
    return { ok: false, issues: [...before, crash(read, 'extract', e)], emit, ...empty };
  }
  return {
    ok: !x.issues.hasErrors,
    issues: [...before, ...x.issues.items],
    source,
    detection: detected.detection,
    emit: { ...emit, doc: x.doc },
    facts: x.facts,
    tables: x.tables,
    figures: x.figures,
    counts: { facts: x.facts.length, tables: x.tables.length, figures: x.figures.length },
  };
}

/** A stage's result from the cache, or computed and stored when it is worth keeping. */
function cached<T>(fx: Effects, key: string, compute: () => T, keep: (value: T) => boolean): T {
  const hit = fx.cache?.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  const value = compute();
  if (fx.cache && keep(value)) fx.cache.set(key, JSON.stringify(value));
  return value;
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

  const prepared: { read: PublishedRead; detection: Detected; key: string; work: SourceWork }[] = [];
  for (const source of manifest.sources) {
    if (options.only && !options.only.includes(source.id)) continue;
    const read = readSource(source, fx);
    issues.push(...read.issues);
    if (!read.result) continue;

    // 2. clean + 3. extract, or their cached result for exactly these inputs and this code.
    const key = hashOf(JSON.stringify(source), read.result.sha256, read.result.overridesSha256);
    const work = cached(fx, `work-${key}`, () => cleanAndExtract(read.result!, formats), (w) => w.ok);
    issues.push(...work.issues);
    if (!work.ok) continue;
    data.facts.push(...work.facts);
    data.tables.push(...work.tables);
    data.figures.push(...work.figures);
    prepared.push({ read: { ...read.result, source: work.source! }, detection: work.detection!, key, work });
  }

  // 4. checks across all sources: conflicts and sanity warnings are reported, never resolved,
  // and flagged on the numbers they concern.
  const checked = checkFacts(data.facts);
  data.conflicts.push(...checked.conflicts);
  data.warnings.push(...checked.warnings);
  const flags = new Map<string, string>();
  for (const c of [...checked.conflicts, ...checked.warnings]) for (const id of c.facts) if (!flags.has(id)) flags.set(id, c.message);

  // 5. structure + emit — mdast per chapter (structure.ts), serialized, re-parsed, validated.
  // A source's output also depends on the flags of its own facts.
  for (const { read, detection, key, work } of prepared) {
    const own = new Map(work.facts.flatMap((f) => (flags.has(f.id) ? [[f.id, flags.get(f.id)!] as const] : [])));
    const emitted = cached(
      fx,
      `emit-${hashOf(key, JSON.stringify([...own]))}`,
      () => {
        const e = emitSource(read, detection, work.emit, work.counts, own);
        return { files: [...e.files], report: e.report, issues: e.issues.items };
      },
      (e) => !e.issues.some((i) => i.severity === 'error'),
    );
    issues.push(...emitted.issues);
    for (const [path, content] of emitted.files) files.set(path, content);

    const s = emitted.report.structure;
    const d = emitted.report.data;
    fx.log(
      `${read.source.id.padEnd(28)} ${String(emitted.report.chars_in).padStart(6)} → ${String(emitted.report.chars_out).padStart(6)} chars, ` +
        `${s.chapters} chapters, ${s.headings} headings, ${s.paragraphs} paragraphs, ${s.footnotes} notes, ` +
        `${d.facts} facts, ${d.tables} tables, ${d.figures} figures` +
        (emitted.issues.some((i) => i.severity === 'error') ? ' [errors]' : ''),
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
  const report = reportIssues(issues);
  if (report) fx.log(report.trimEnd());
  const ok = errors.length === 0;
  if (ok && write) fx.replaceDir(OUTPUT_DIR, files);
  if (!ok) fx.log(`ingest failed: ${errors.length} error(s); ${OUTPUT_DIR}/ left unchanged`);
  else fx.log(`ingest: ${files.size} files → ${OUTPUT_DIR}/`);
  return { ok, issues, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = runPipeline(nodeEffects(root, undefined, !process.argv.includes('--no-cache')));
  process.exitCode = result.ok ? 0 : 1;
}
