/**
 * The corpus: real public documents of each kind, besides the seeds, each accepted from a
 * manifest entry of only `id` and `file` — the way a user adds a source. Per document:
 *
 *   tests/fixtures/corpus/<kind>/<name>.txt            the text byte-for-byte as retrieved
 *   tests/fixtures/corpus/<kind>/<name>.source.json    provenance (address, date retrieved, via)
 *   tests/fixtures/corpus/<kind>/<name>.golden.md      the published chapters, reviewed by reading
 *   tests/fixtures/corpus/<kind>/<name>.overrides.json optional: what only this document needs
 *
 * `UPDATE_GOLDEN=1 npx vitest run tests/corpus` rewrites the goldens; read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../scripts/lib/issues.ts';
import { toSimplified } from '../../scripts/lib/simplify.ts';
import { FORMATS } from '../../src/schemas/source.ts';
import { corpusDocs, publish } from './corpus-docs.ts';

// UPDATE_GOLDEN=1 (or UPDATE=1, as for the seeds' goldens) rewrites the goldens.
const UPDATE = process.env.UPDATE_GOLDEN === '1' || process.env.UPDATE === '1';

const PINYIN = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GARBLE = /\p{Script=Han}\?+\p{Script=Han}/u;

/**
 * Characters that are standard in Simplified text in some words, though T→S conversion maps
 * them: 乾 (乾隆, 乾坤), 著 (著名), 於 (a surname), 崑 (names such as 乾崑), 藉 (狼藉).
 */
const SIMPLIFIED_TOO = new Set(['乾', '著', '於', '崑', '藉']);

/** Characters that T→S conversion changes: Traditional-only characters left in the text. */
function traditional(text: string): string[] {
  const a = [...text];
  const b = [...toSimplified(text)];
  return a.filter((ch, i) => ch !== b[i] && !SIMPLIFIED_TOO.has(ch));
}

describe('corpus', () => {
  const docs = corpusDocs();

  it('every corpus folder is a kind', () => {
    for (const d of docs) expect(FORMATS as readonly string[], d.dir).toContain(d.kind);
  });

  it('holds at least three real documents of every kind, besides the seeds', () => {
    for (const kind of FORMATS) expect(docs.filter((d) => d.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  describe.each(docs)('$kind/$name', (doc) => {
    const r = publish(doc);
    const chapters = [...r.files].filter(([p]) => p.startsWith(`chapters/${doc.id}/`)).sort(([a], [b]) => (a < b ? -1 : 1));
    const report = r.files.get(`ingest/${doc.id}.json`);

    it('is accepted from a manifest entry with only id and file', () => {
      expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
      expect(chapters.length).toBeGreaterThan(0);
    });

    it(`is detected as ${doc.kind}`, () => {
      expect(JSON.parse(report ?? '{}').detection?.detected).toBe(doc.kind);
    });

    it('has its provenance', () => {
      const p = JSON.parse(readFileSync(join(doc.dir, `${doc.name}.source.json`), 'utf8'));
      expect(p.url ?? p.via, 'url or via').toBeTruthy();
      expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('reads clean: no pinyin, no Traditional, no garble', () => {
      for (const [path, mdx] of chapters) {
        const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
        expect(PINYIN.exec(body)?.[0], `${path}: pinyin annotation`).toBeUndefined();
        expect(TONE_MARK.exec(body)?.[0], `${path}: tone-marked letter`).toBeUndefined();
        expect(GARBLE.exec(body)?.[0], `${path}: ? between Han characters`).toBeUndefined();
        expect(traditional(body).slice(0, 10), `${path}: Traditional characters`).toEqual([]);
      }
    });

    it('matches its reviewed golden output', () => {
      const warnings = JSON.parse(report ?? '{}').warnings ?? [];
      const actual =
        chapters.map(([path, mdx]) => `<!-- ${path} -->\n${mdx}`).join('\n') +
        `\n<!-- warnings -->\n${warnings.map((w: string) => `- ${w}`).join('\n')}\n`;
      const golden = join(doc.dir, `${doc.name}.golden.md`);
      if (UPDATE) writeFileSync(golden, actual);
      expect(existsSync(golden), `${golden} missing: run UPDATE_GOLDEN=1 npx vitest run tests/corpus and review it`).toBe(true);
      expect(actual === readFileSync(golden, 'utf8'), `${golden} differs (UPDATE_GOLDEN=1 to accept, then read the diff)`).toBe(true);
    });
  });
});
