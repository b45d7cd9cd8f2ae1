/**
 * Side effects, passed into the stages that need them, so every stage can run against an
 * in-memory file system in tests. Paths are relative to the project root.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeVersion, dirCache, type Cache } from './cache.ts';

export interface Effects {
  readFile(path: string): Buffer;
  exists(path: string): boolean;
  /** True for a directory (a seeds/ entry named like a file can be one). */
  isDirectory?(path: string): boolean;
  /** Replace `dir` with the given files in one step: everything or nothing. */
  replaceDir(dir: string, files: ReadonlyMap<string, string>): void;
  log(line: string): void;
  /** Stage outputs of earlier runs (absent: compute everything). */
  cache?: Cache;
}

export function nodeEffects(root: string, log: (line: string) => void = (l) => process.stdout.write(l + '\n'), useCache = false): Effects {
  const abs = (p: string): string => join(root, p);
  return {
    cache: useCache ? dirCache(join(root, '.cache/ingest'), codeVersion(root)) : undefined,
    readFile: (p) => readFileSync(abs(p)),
    exists: (p) => existsSync(abs(p)),
    isDirectory: (p) => existsSync(abs(p)) && statSync(abs(p)).isDirectory(),
    replaceDir(dir, files) {
      // Write a sibling temp dir, then swap: a failed run never leaves half-written output.
      const target = abs(dir);
      const tmp = `${target}.tmp-${process.pid}`;
      const old = `${target}.old-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const p = join(tmp, rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, content);
      }
      mkdirSync(tmp, { recursive: true });
      if (existsSync(target)) renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    },
    log,
  };
}

/** In-memory effects for tests: `files` is the whole world. */
export function memoryEffects(files: Map<string, Buffer | string>, logs: string[] = []): Effects & { dirs: Map<string, ReadonlyMap<string, string>> } {
  const dirs = new Map<string, ReadonlyMap<string, string>>();
  return {
    dirs,
    readFile(p) {
      const f = files.get(p);
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return typeof f === 'string' ? Buffer.from(f) : f;
    },
    exists: (p) => files.has(p),
    replaceDir(dir, content) {
      dirs.set(dir, new Map(content));
    },
    log: (l) => void logs.push(l),
  };
}

/** Files currently in a directory (for tests and the authored-content check). */
export function listFiles(root: string, dir: string): string[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(base.length + 1))
    .sort();
}
