import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline.ts';
import { formatIssue } from '../../scripts/lib/issues.ts';
import { captureEffects } from './helpers.ts';
import { memoryCache } from '../../scripts/lib/cache.ts';

const manifest = JSON.parse(captureEffects().fx.readFile('seeds/sources.json').toString('utf8'));

function withManifest(mutate: (m: typeof manifest) => void) {
  const m = structuredClone(manifest);
  mutate(m);
  return captureEffects(process.cwd(), new Map([['seeds/sources.json', JSON.stringify(m, null, 2)]]));
}

describe('pipeline', () => {
  it('is deterministic: two runs give byte-identical files', () => {
    const a = runPipeline(captureEffects().fx, { write: false });
    const b = runPipeline(captureEffects().fx, { write: false });
    expect(a.ok).toBe(true);
    expect([...a.files.entries()]).toEqual([...b.files.entries()]);
  });

  it('writes content/generated/ in one step, and only that directory', () => {
    const { fx, written } = captureEffects();
    expect(runPipeline(fx).ok).toBe(true);
    expect([...written.keys()]).toEqual(['content/generated']);
    const files = [...written.get('content/generated')!.keys()];
    expect(files.some((f) => f.startsWith('authored'))).toBe(false);
    expect(files.filter((f) => f.startsWith('sources/')).length).toBe(5);
    expect(files.filter((f) => f.startsWith('ingest/')).length).toBe(5);
  });

  it('balances every source’s ledger', () => {
    const { fx } = captureEffects();
    const r = runPipeline(fx, { write: false });
    for (const [path, content] of r.files) {
      if (!path.startsWith('ingest/')) continue;
      const report = JSON.parse(content);
      const b = report.balance;
      expect(b.in - b.removed - b.moved + b.inserted, path).toBe(b.kept.total);
      expect(b.balanced, path).toBe(true);
    }
  });

  it('reports a bad manifest field with file, line:col, rule, expectation, finding and hint, and writes nothing', () => {
    const { fx, written, logs } = withManifest((m) => {
      m.sources[2].published = 'Dec 2025';
    });
    const r = runPipeline(fx);
    expect(r.ok).toBe(false);
    expect(r.issues.map(formatIssue)).toEqual([
      'error seeds/sources.json:47:7 [manifest/invalid-value] sources[2].published: expected a date like 2025-12, found "Dec 2025" (a date as precise as the document gives it: "2025", "2025-12" or "2025-12-01" (or null))',
    ]);
    expect(written.size).toBe(0);
    expect(logs.at(-1)).toBe('ingest failed: 1 error(s); content/generated/ left unchanged');
  });

  it('rejects a misspelled manifest key instead of dropping it', () => {
    const { fx } = withManifest((m) => {
      m.sources[0].publsher = 'x';
    });
    expect(runPipeline(fx).issues.map(formatIssue)).toEqual([
      'error seeds/sources.json:3:5 [manifest/unknown-key] sources[0]: unexpected key "publsher"; check the spelling or remove it',
    ]);
  });

  it('names a missing seed file', () => {
    const { fx } = withManifest((m) => {
      m.sources[1].file = 'missing.txt';
    });
    expect(runPipeline(fx).issues.map(formatIssue)).toEqual([
      'error seeds/sources.json:26:7 [manifest/missing-file] sources[1].file: expected a file in seeds/, found no seeds/missing.txt (add the file to seeds/ or fix the name)',
    ]);
  });

  it('rejects a file that is not UTF-8 with its line, column and byte offset', () => {
    const bad = Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xb5, 0xd8]), Buffer.from('行\n')]);
    const { fx, written } = captureEffects(process.cwd(), new Map([['seeds/001_401184fff00c6b5a.txt', bad]]));
    const r = runPipeline(fx);
    expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'error seeds/001_401184fff00c6b5a.txt:2:3 [read/not-utf8] life-economy-2026: expected UTF-8 text, found byte 0xb5 at byte offset 16 (re-save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8))',
    ]);
    expect(written.size).toBe(0);
  });

  it('strips a BOM before cleaning', () => {
    const path = 'seeds/001_401184fff00c6b5a.txt';
    const raw = captureEffects().fx.readFile(path);
    const plain = runPipeline(captureEffects().fx, { write: false, only: ['life-economy-2026'] });
    const bom = runPipeline(captureEffects(process.cwd(), new Map([[path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), raw])]])).fx, {
      write: false,
      only: ['life-economy-2026'],
    });
    expect(bom.files.get('chapters/life-economy-2026/article.mdx')).toBe(plain.files.get('chapters/life-economy-2026/article.mdx'));
  });
});

describe('the ingest cache', () => {
  it('serves an unchanged corpus from the cache with byte-identical output', () => {
    const cache = memoryCache();
    const cold = captureEffects();
    const first = runPipeline({ ...cold.fx, cache }, { write: false });
    expect(cache.hits).toBe(0);
    const second = runPipeline({ ...captureEffects().fx, cache }, { write: false });
    expect(cache.hits).toBe(10); // clean+extract and emit of five sources
    expect([...second.files.entries()]).toEqual([...first.files.entries()]);
    expect(second.issues).toEqual(first.issues);
  });

  it('redoes only the source that changed', () => {
    const cache = memoryCache();
    runPipeline({ ...captureEffects().fx, cache }, { write: false });
    const path = 'seeds/001_401184fff00c6b5a.txt';
    const touched = captureEffects(process.cwd(), new Map([[path, captureEffects().fx.readFile(path).toString('utf8') + '\n']]));
    const before = cache.hits;
    const r = runPipeline({ ...touched.fx, cache }, { write: false });
    expect(cache.hits - before).toBe(8); // the four other sources, both stages each
    expect(r.ok).toBe(true);
  });
});
