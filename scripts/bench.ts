/**
 * Performance figures, measured rather than asserted (tests never time anything):
 *   npm run bench            ingest scaling (1×, 10×, 50× the corpus), extraction of single lines
 *                            without punctuation (8 KB … 5 MB), + a full build
 *   npm run bench -- --quick ingest scaling and single lines only
 *   npm run bench -- --lines single lines only
 * Prints a table; numbers are wall-clock medians on this machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { runPipeline } from './pipeline.ts';
import { extract } from './stages/extract.ts';
import type { CleanDoc } from './lib/doc.ts';
import type { Source } from '../src/schemas/source.ts';
import { memoryCache } from './lib/cache.ts';
import type { Effects } from './lib/effects.ts';
import type { Manifest } from '../src/schemas/source.ts';

const root = process.cwd();

/** Effects over the real seeds, with the manifest repeated `copies` times; writes are discarded. */
function scaledEffects(copies: number): Effects {
  const manifest = JSON.parse(readFileSync(join(root, 'seeds/sources.json'), 'utf8')) as Manifest;
  const sources = Array.from({ length: copies }, (_, k) =>
    manifest.sources.map((s) => ({ ...s, id: k === 0 ? s.id : `${s.id}-copy-${k}` })),
  ).flat();
  const files = new Map<string, Buffer>();
  const read = (p: string): Buffer => {
    if (p === 'seeds/sources.json') return Buffer.from(JSON.stringify({ sources }));
    const over = /^seeds\/overrides\/(.+)-copy-\d+\.json$/.exec(p);
    const real = over ? `seeds/overrides/${over[1]}.json` : p;
    let b = files.get(real);
    if (!b) files.set(real, (b = readFileSync(join(root, real))));
    return b;
  };
  return {
    readFile: read,
    exists: (p) => {
      try {
        read(p);
        return true;
      } catch {
        return false;
      }
    },
    replaceDir: () => {},
    log: () => {},
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const rows: [string, string][] = [];
const linesOnly = process.argv.includes('--lines');
for (const copies of linesOnly ? [] : [1, 10, 50]) {
  const fx = scaledEffects(copies);
  const ms = time(() => {
    const r = runPipeline(fx, { write: false });
    if (!r.ok) throw new Error(`ingest failed at ${copies}×: ${r.issues.filter((i) => i.severity === 'error').map((i) => i.message).join('; ')}`);
  }, copies === 50 ? 1 : 3);
  rows.push([`ingest ${copies}× corpus (${copies * 5} sources)`, `${(ms / 1000).toFixed(2)} s  (${(ms / copies).toFixed(0)} ms per corpus)`]);
}

// Rebuild after touching one source: the cache serves the other four.
if (!linesOnly) {
  const cache = memoryCache();
  const fx = { ...scaledEffects(1), cache };
  const cold = time(() => runPipeline(fx, { write: false }), 1);
  const touched = { ...fx, readFile: (p: string) => (p === 'seeds/001_401184fff00c6b5a.txt' ? Buffer.concat([fx.readFile(p), Buffer.from('\n')]) : fx.readFile(p)) };
  const warm = time(() => runPipeline(touched, { write: false }), 1);
  rows.push(['ingest, cold cache', `${(cold / 1000).toFixed(2)} s`]);
  rows.push(['ingest, one source touched (warm cache)', `${(warm / 1000).toFixed(2)} s`]);
}

// Extraction of one line with its punctuation lost (the five seeds with every sentence and clause
// mark and all whitespace removed, repeated): one paragraph, one "sentence" as written.
{
  const manifest = JSON.parse(readFileSync(join(root, 'seeds/sources.json'), 'utf8')) as Manifest;
  const unit = manifest.sources.map((s) => readFileSync(join(root, 'seeds', s.file), 'utf8')).join('').replace(/[\s，。；：！？、,;:!?]/gu, '');
  const source = { id: 'long-line', reliability: 'press' } as Source;
  for (const [label, bytes] of [['8 KB', 8e3], ['25 KB', 25e3], ['50 KB', 50e3], ['500 KB', 500e3], ['5 MB', 5e6]] as const) {
    let text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)) + 1);
    text = text.slice(0, Math.floor((text.length * bytes) / Buffer.byteLength(text)));
    const doc: CleanDoc = { meta: {}, stats: {}, chapters: [{ slug: 'ch-1', title: '长行', blocks: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], footnotes: [], meta: {} }] };
    let facts = 0;
    const ms = time(() => void (facts = extract(source, doc).facts.length), bytes >= 5e6 ? 1 : 3);
    rows.push([`extract, ${label} single line without punctuation`, `${(ms / 1000).toFixed(2)} s  (${facts} facts, ${(ms / (bytes / 1e6)).toFixed(0)} ms per MB)`]);
  }
}

if (!process.argv.includes('--quick') && !linesOnly) {
  for (const [label, cmd, args] of [
    ['full build: ingest + astro build + pagefind', 'npm', ['run', 'build', '--silent']],
    ['astro build only (content unchanged)', 'npx', ['astro', 'build', '--silent']],
  ] as const) {
    const t0 = performance.now();
    execFileSync(cmd, [...args], { stdio: 'ignore' });
    rows.push([label, `${((performance.now() - t0) / 1000).toFixed(1)} s`]);
  }
}

/** JavaScript a page ships, gzip: its module scripts and everything they import, plus inline scripts. */
function pageJs(route: string): number {
  const html = readFileSync(join(root, 'dist', route, 'index.html'), 'utf8');
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    bytes += gzipSync(code).length;
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]*src="\/?([^"]+\.js)"/g)) visit(m[1]!);
  for (const m of html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += gzipSync(m[1]!).length;
  return bytes;
}

if (!process.argv.includes('--quick') && !linesOnly) {
  for (const [label, route] of [
    ['JS, text page (gzip)', 'life-economy-2026/article'],
    ['JS, chart page (gzip)', 'live-commerce-2024/ch-1'],
    ['JS, data page (gzip)', 'data'],
    ['JS, home (gzip)', ''],
  ] as const)
    rows.push([label, `${(pageJs(route) / 1024).toFixed(1)} KB`]);
}

const w = Math.max(...rows.map(([l]) => l.length));
for (const [l, v] of rows) console.log(`${l.padEnd(w)}  ${v}`);
