/** The corpus documents and how one is published as a new source (tests and npm run corpus). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../scripts/pipeline.ts';
import { captureEffects } from '../pipeline/helpers.ts';

export const CORPUS_ROOT = 'tests/fixtures/corpus';

export interface CorpusDoc {
  kind: string;
  name: string;
  /** The source id it is published under: corpus-<name>. */
  id: string;
  dir: string;
}

export function corpusDocs(root = CORPUS_ROOT): CorpusDoc[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((kind) =>
      readdirSync(join(root, kind))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => {
          const name = f.slice(0, -4);
          return { kind, name, id: `corpus-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, dir: join(root, kind) };
        }),
    );
}

/** Run one document through the whole pipeline in memory, as a new source with only id and file. */
export function publish(doc: CorpusDoc) {
  const file = `${doc.name}.txt`;
  const overlay = new Map<string, string | Buffer>([
    ['seeds/sources.json', JSON.stringify({ sources: [{ id: doc.id, file }] })],
    [`seeds/${file}`, readFileSync(join(doc.dir, file))],
  ]);
  const ov = join(doc.dir, `${doc.name}.overrides.json`);
  if (existsSync(ov)) overlay.set(`seeds/overrides/${doc.id}.json`, readFileSync(ov));
  const { fx } = captureEffects(process.cwd(), overlay);
  return runPipeline(fx, { write: false });
}
