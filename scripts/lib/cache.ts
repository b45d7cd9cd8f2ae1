/**
 * The ingest cache: each stage's output for a source, keyed by a hash of everything it depends
 * on — the source's bytes, its manifest entry and overrides, and the version of the pipeline's
 * own code — so a rebuild after one source changes does not redo the others. A cache hit
 * returns exactly what the stage would compute (the key covers all its inputs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Cache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function hashOf(...parts: (string | null | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p ?? '\u0001').update('\u0000');
  return h.digest('hex');
}

/** What the pipeline's output depends on besides the seeds: its code, schemas and dependencies. */
const CODE = ['scripts', 'src/schemas', 'src/lib/number.ts', 'package-lock.json'];

export function codeVersion(root: string): string {
  const h = createHash('sha256');
  const add = (path: string): void => {
    const abs = join(root, path);
    if (!existsSync(abs)) return;
    if (path.endsWith('.ts') || path.endsWith('.json')) {
      h.update(path).update('\u0000').update(readFileSync(abs)).update('\u0000');
      return;
    }
    for (const d of readdirSync(abs, { recursive: true, withFileTypes: true }).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1)))
      if (d.isFile() && /\.(ts|json)$/.test(d.name)) add(relative(root, join(d.parentPath, d.name)));
  };
  CODE.forEach(add);
  return h.digest('hex');
}

/** Files under `dir`, one per key; entries of other code versions are removed on open. */
export function dirCache(dir: string, version: string): Cache {
  const prefix = version.slice(0, 16);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (!f.startsWith(prefix)) rmSync(join(dir, f), { force: true });
  const file = (key: string): string => join(dir, `${prefix}-${key}.json`);
  return {
    get: (key) => (existsSync(file(key)) ? readFileSync(file(key), 'utf8') : undefined),
    set(key, value) {
      const tmp = `${file(key)}.tmp-${process.pid}`;
      writeFileSync(tmp, value);
      renameSync(tmp, file(key));
    },
  };
}

export function memoryCache(): Cache & { hits: number } {
  const m = new Map<string, string>();
  const cache = {
    hits: 0,
    get(key: string) {
      const v = m.get(key);
      if (v !== undefined) cache.hits++;
      return v;
    },
    set: (key: string, value: string) => void m.set(key, value),
  };
  return cache;
}
