/**
 * Input that cannot be read as a Chinese document fails with one clear error each (file,
 * line:col where there is one, rule, what was expected and found, a hint) and nothing is
 * written; a readable document declared with only `id` and `file` publishes.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline.ts';
import { formatIssue } from '../../scripts/lib/issues.ts';
import { detectScript } from '../../scripts/stages/detect.ts';
import { captureEffects } from './helpers.ts';

/** A project whose manifest holds one entry, with the given file contents in seeds/. */
function one(file: string, content: string | Buffer, entry: Record<string, unknown> = {}) {
  const manifest = JSON.stringify({ sources: [{ id: 'new-source', file, ...entry }] }, null, 2);
  const { fx, written } = captureEffects(process.cwd(), new Map<string, string | Buffer>([
    ['seeds/sources.json', manifest],
    [`seeds/${file}`, content],
  ]));
  return { r: runPipeline(fx), written };
}

const errors = (r: ReturnType<typeof runPipeline>): string[] => r.issues.filter((i) => i.severity === 'error').map(formatIssue);

describe('input that cannot be read', () => {
  it('an empty file', () => {
    const { r, written } = one('empty.txt', ' \n\n');
    expect(errors(r)).toEqual(['error seeds/empty.txt [read/empty] new-source: expected text, found an empty file (or only whitespace) (check that the right file was saved)']);
    expect(written.size).toBe(0);
  });

  it('a binary file', () => {
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 128; // valid 7-bit bytes, controls included
    const { r } = one('blob.txt', bytes);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^error seeds\/blob\.txt \[read\/binary\] new-source: expected text, found \d+ control characters in 4000 \(a binary file\?\)/);
  });

  it('a binary folded to 7-bit ASCII (no controls, no Chinese)', () => {
    const folded = Array.from({ length: 200 }, (_, i) => `x${(i * 2654435761) % 9973}Qz!@#k`).join(' ');
    const { r } = one('folded.txt', folded);
    expect(errors(r)).toEqual([
      expect.stringMatching(/^error seeds\/folded\.txt \[read\/not-chinese\] new-source: expected a Chinese document, found 0 Han characters in \d+ visible ones \(0\.0%, below 20%\)/),
    ]);
  });

  it('an English page', () => {
    const { r } = one('english.txt', 'The quick brown fox jumps over the lazy dog. 中国\n'.repeat(40));
    expect(errors(r)[0]).toMatch(/\[read\/not-chinese\]/);
  });

  it('a file that is not UTF-8 (GBK)', () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]); // 中国 in GBK
    const { r } = one('gbk.txt', gbk);
    expect(errors(r)).toEqual([
      'error seeds/gbk.txt:1:1 [read/not-utf8] new-source: expected UTF-8 text, found byte 0xd6 at byte offset 0 (re-save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8))',
    ]);
  });

  it('a manifest that is not JSON, with line and column', () => {
    const { fx, written } = captureEffects(process.cwd(), new Map([['seeds/sources.json', '{\n  "sources": [\n    { "id": "a", "file": "a.txt", }\n  ]\n}\n']]));
    const r = runPipeline(fx);
    expect(r.issues.map(formatIssue)).toEqual([
      'error seeds/sources.json:3:35 [manifest/json-syntax] expected valid JSON, found a syntax error (PropertyNameExpected) (fix the JSON at this place: quotes, commas and brackets)',
      'error seeds/sources.json:3:35 [manifest/json-syntax] expected valid JSON, found a syntax error (ValueExpected) (fix the JSON at this place: quotes, commas and brackets)',
    ]);
    expect(written.size).toBe(0);
  });
});

describe('a declared format that detection contradicts', () => {
  it('a pinyin-annotated page declared as an article is an error naming the detected kind', () => {
    const { fx } = captureEffects();
    const text = fx.readFile('seeds/003_b5f1dabfbac231a9.txt');
    const { r, written } = one('page.txt', text, { format: 'article' });
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(
      /^error seeds\/sources\.json \[detect\/format-contradicted\] new-source: expected the text to be of the declared format "article", found it is "pinyin-annotated" \(拼音注音页面: \d+ pinyin annotations; scores: pinyin-annotated 0\.95, .*\) \(set "format": "pinyin-annotated" in the entry for new-source, or leave format out to have it detected\)$/,
    );
    expect(written.size).toBe(0);
  });
});

describe('a manifest entry with only id and file', () => {
  it('publishes a seed, its kind and script detected, its title taken from the document', () => {
    const { fx } = captureEffects();
    const { r } = one('page.txt', fx.readFile('seeds/004_e3dd9c77685b003e.txt'));
    expect(errors(r)).toEqual([]);
    const report = JSON.parse(r.files.get('ingest/new-source.json')!);
    expect(report.detection).toMatchObject({ declared: null, detected: 'pdf-text', script: { value: 'Hans', declared: null } });
    const source = JSON.parse(r.files.get('sources/new-source.json')!);
    expect(source).toMatchObject({ format: 'pdf-text', script: 'Hans', reliability: 'research' });
    expect(source.title).not.toBe('page');
  });

  it('detects Traditional script, and Simplified in every other seed', () => {
    const { fx } = captureEffects();
    for (const [file, script] of [
      ['000_3689ab28218e67c8.txt', 'Hans'],
      ['001_401184fff00c6b5a.txt', 'Hans'],
      ['002_fba6d2f7506af8d3.txt', 'Hans'],
      ['003_b5f1dabfbac231a9.txt', 'Hant'],
      ['004_e3dd9c77685b003e.txt', 'Hans'],
    ] as const)
      expect(detectScript(fx.readFile(`seeds/${file}`).toString('utf8')).value, file).toBe(script);
  });
});

describe('a format that throws', () => {
  it('is reported as a bug of that format, naming the source file, and the run fails cleanly', async () => {
    const { FORMAT_MODULES } = await import('../../scripts/formats/index.ts');
    const broken = { ...FORMAT_MODULES, article: { ...FORMAT_MODULES.article, clean: () => { throw new Error('boom'); } } };
    const manifest = JSON.stringify({ sources: [{ id: 'new-source', file: 'a.txt', format: 'article' }] });
    const { fx, written } = captureEffects(process.cwd(), new Map([['seeds/sources.json', manifest], ['seeds/a.txt', '第一段文字。\n\n第二段文字。\n']]));
    const r = runPipeline(fx, { formats: broken });
    expect(r.issues.map((i) => [i.rule, i.bug, i.file])).toEqual([['bug/clean', true, 'seeds/a.txt']]);
    expect(r.issues[0]!.message).toMatch(/^internal error in clean \(the "article" format\): boom/);
    expect(written.size).toBe(0);
  });
});
