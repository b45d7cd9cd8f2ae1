/** A source's manifest entry and its CleanDoc, through the real read normalization and format module. */
import { seedManifest } from '../../seeds.ts';
import { existsSync, readFileSync } from 'node:fs';
import { FORMAT_MODULES } from '../../../scripts/formats/index.ts';
import type { CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { Ledger } from '../../../scripts/lib/ledger.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import type { Source } from '../../../src/schemas/source.ts';

const manifest = seedManifest();
const cache = new Map<string, { source: Source; doc: CleanDoc }>();

export const SOURCE_IDS = manifest.sources.map((s) => s.id);

export function load(id: string): { source: Source; doc: CleanDoc } {
  const hit = cache.get(id);
  if (hit) return hit;
  const source = manifest.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id} in seeds/sources.json`);
  const ovPath = `seeds/overrides/${id}.json`;
  const overrides: unknown = existsSync(ovPath) ? JSON.parse(readFileSync(ovPath, 'utf8')) : null;
  const text = normalizeInput(readFileSync(`seeds/${source.file}`, 'utf8'));
  const doc = FORMAT_MODULES[source.format].clean({ text, source, overrides, ledger: new Ledger(), issues: new IssueList(id, 'clean') });
  const out = { source, doc };
  cache.set(id, out);
  return out;
}

/** A deep copy of a document, for tests that tamper with it. */
export const cloneDoc = (doc: CleanDoc): CleanDoc => structuredClone(doc);
