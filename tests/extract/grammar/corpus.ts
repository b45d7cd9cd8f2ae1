/** The five cleaned sources as paragraph and list-item texts, loaded through their format modules. */
import { seedManifest } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { FORMAT_MODULES } from '../../../scripts/formats/index.ts';
import type { Block } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';


export interface CorpusBlock {
  source: string;
  chapter: string;
  text: string;
}

function* texts(blocks: readonly Block[]): Generator<string> {
  for (const b of blocks) {
    if (b.type === 'paragraph') yield inlineText(b.children);
    else if (b.type === 'list') for (const item of b.items) yield inlineText(item);
    else if (b.type === 'callout') yield* texts(b.children);
  }
}

export function loadCorpus(): CorpusBlock[] {
  const manifest = seedManifest();
  const out: CorpusBlock[] = [];
  for (const source of manifest.sources) {
    const overridesPath = `seeds/overrides/${source.id}.json`;
    let overrides: unknown = null;
    try {
      overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
    } catch {
      overrides = null;
    }
    const text = normalizeInput(readFileSync(`seeds/${source.file}`, 'utf8'));
    const doc = FORMAT_MODULES[source.format].clean({ text, source, overrides, ledger: new Ledger(), issues: new IssueList(source.id, 'clean') });
    for (const ch of doc.chapters) for (const t of texts(ch.blocks)) if (t.trim()) out.push({ source: source.id, chapter: ch.slug, text: t });
  }
  return out;
}
