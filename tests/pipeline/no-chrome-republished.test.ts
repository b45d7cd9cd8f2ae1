/**
 * Removed text is not republished: what a format drops as site chrome appears nowhere in the
 * published ingest report, and detection evidence (shown on the 整理报告 page) describes what
 * was seen without quoting the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_MODULES } from '../../scripts/formats/index.ts';
import { runPipeline } from '../../scripts/pipeline.ts';
import { clean } from '../../scripts/stages/clean.ts';
import { readSource } from '../../scripts/stages/read.ts';
import type { SourceEntry } from '../../src/schemas/source.ts';
import { corpusDocs, publish } from '../corpus/corpus-docs.ts';
import { detect } from '../../scripts/stages/detect.ts';
import { captureEffects } from './helpers.ts';
import { seedManifest } from '../seeds.ts';

const HAN = /\p{Script=Han}/u;

describe('removed chrome is not republished', () => {
  const { fx } = captureEffects();
  const published = runPipeline(fx, { write: false }).files;

  it.each(seedManifest().sources.map((s) => [s.id, s] as const))('%s: its ingest report quotes no removed chrome', (id, source) => {
    const read = readSource(source as SourceEntry, fx).result!;
    const chrome = clean(read, source, FORMAT_MODULES)
      .ledger.entries()
      .filter((e) => e.action === 'removed' && /chrome/.test(e.reason))
      .flatMap((e) => e.samples)
      .map((s) => s.trim())
      .filter((s) => [...s].length >= 2 && HAN.test(s));
    const report = published.get(`ingest/${id}.json`)!;
    expect(report).toBeDefined();
    expect(chrome.filter((s) => report.includes(s))).toEqual([]);
  });

  it.each(corpusDocs().map((d) => [`${d.kind}/${d.name}`, d] as const))('%s: its ingest report quotes no removed chrome', (_, doc) => {
    const file = `${doc.name}.txt`;
    const { fx: own } = captureEffects(process.cwd(), new Map([[`seeds/${file}`, readFileSync(join(doc.dir, file))]]));
    const read = readSource({ id: doc.id, file, related: [] }, own).result!;
    const resolved = detect(read, FORMAT_MODULES).source!;
    const chrome = clean(read, resolved, FORMAT_MODULES)
      .ledger.entries()
      .filter((e) => e.action === 'removed' && /chrome/.test(e.reason))
      .flatMap((e) => e.samples)
      .map((s) => s.trim())
      .filter((s) => [...s].length >= 2 && HAN.test(s));
    const report = publish(doc).files.get(`ingest/${doc.id}.json`)!;
    expect(chrome.filter((s) => report.includes(s))).toEqual([]);
  });

  it('detection evidence quotes no text, on every seed and corpus document', () => {
    const texts = [
      ...seedManifest().sources.map((s) => readFileSync(`seeds/${s.file}`, 'utf8')),
      ...corpusDocs().map((d) => readFileSync(join(d.dir, `${d.name}.txt`), 'utf8')),
    ];
    const quoting = texts.flatMap((t) => Object.values(FORMAT_MODULES).map((m) => m.detect(t).evidence)).filter((e) => HAN.test(e));
    expect([...new Set(quoting)]).toEqual([]);
  });
});
