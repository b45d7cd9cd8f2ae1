/**
 * Performance figures, measured rather than asserted (tests never time anything):
 *   npm run bench            ingest scaling (1×, 10×, 50× the corpus) + a full build
 *   npm run bench -- --quick ingest scaling only
 * Prints a table; numbers are wall-clock medians on this machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { runPipeline } from './pipeline.ts';
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
for (const copies of [1, 10, 50]) {
  const fx = scaledEffects(copies);
  const ms = time(() => {
    const r = runPipeline(fx, { write: false });
    if (!r.ok) throw new Error(`ingest failed at ${copies}×: ${r.issues.filter((i) => i.severity === 'error').map((i) => i.message).join('; ')}`);
  }, copies === 50 ? 1 : 3);
  rows.push([`ingest ${copies}× corpus (${copies * 5} sources)`, `${(ms / 1000).toFixed(2)} s  (${(ms / copies).toFixed(0)} ms per corpus)`]);
}

// Rebuild after touching one source: the cache serves the other four.
{
  const cache = memoryCache();
  const fx = { ...scaledEffects(1), cache };
  const cold = time(() => runPipeline(fx, { write: false }), 1);
  const touched = { ...fx, readFile: (p: string) => (p === 'seeds/001_401184fff00c6b5a.txt' ? Buffer.concat([fx.readFile(p), Buffer.from('\n')]) : fx.readFile(p)) };
  const warm = time(() => runPipeline(touched, { write: false }), 1);
  rows.push(['ingest, cold cache', `${(cold / 1000).toFixed(2)} s`]);
  rows.push(['ingest, one source touched (warm cache)', `${(warm / 1000).toFixed(2)} s`]);
}

if (!process.argv.includes('--quick')) {
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

if (!process.argv.includes('--quick')) {
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
