/**
 * Golden fixtures: the whole pipeline's output for every source, file by file.
 * A mismatch writes `<file>-changed` beside the golden file; UPDATE=1 regenerates them all.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline.ts';
import { captureEffects } from './helpers.ts';

const GOLDEN = 'tests/fixtures/golden';
const update = process.env.UPDATE === '1';

const { fx } = captureEffects();
const result = runPipeline(fx, { write: false });

describe('golden output', () => {
  it('ingests every source without errors', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  if (update) {
    rmSync(GOLDEN, { recursive: true, force: true });
    for (const [path, content] of result.files) {
      const p = join(GOLDEN, path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
  }

  it('writes exactly the golden set of files', () => {
    const golden = existsSync(GOLDEN)
      ? readdirSync(GOLDEN, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && !d.name.endsWith('-changed'))
          .map((d) => join(d.parentPath, d.name).slice(GOLDEN.length + 1))
          .sort()
      : [];
    expect([...result.files.keys()].sort()).toEqual(golden);
  });

  it.each([...result.files.keys()].sort())('%s matches its golden file', (path) => {
    const goldenPath = join(GOLDEN, path);
    const actual = result.files.get(path)!;
    const expected = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : '';
    if (actual !== expected) writeFileSync(`${goldenPath}-changed`, actual);
    else rmSync(`${goldenPath}-changed`, { force: true });
    expect(actual === expected, `${goldenPath} differs; see ${goldenPath}-changed (UPDATE=1 to accept)`).toBe(true);
  });
});
