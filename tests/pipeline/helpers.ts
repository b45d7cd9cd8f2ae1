/** Effects for pipeline tests: read the real project files, capture writes in memory. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Effects } from '../../scripts/lib/effects.ts';

export function captureEffects(root = process.cwd(), overlay = new Map<string, string | Buffer>()) {
  const written = new Map<string, ReadonlyMap<string, string>>();
  const logs: string[] = [];
  const fx: Effects = {
    readFile: (p) => {
      const o = overlay.get(p);
      if (o !== undefined) return typeof o === 'string' ? Buffer.from(o) : o;
      return readFileSync(join(root, p));
    },
    exists: (p) => overlay.has(p) || existsSync(join(root, p)),
    replaceDir: (dir, files) => void written.set(dir, new Map(files)),
    log: (l) => void logs.push(l),
  };
  return { fx, written, logs };
}
