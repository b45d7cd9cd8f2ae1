/**
 * Stage 2b — metadata: the published source record. Each field is what the manifest says,
 * else what the document states (the format module's `doc.meta`), else a default of the kind;
 * the title falls back to the first chapter's title, then to the file name.
 */
import { partialDateSchema, sourceSchema, type Source } from '../../src/schemas/source.ts';
import type { CleanDoc } from '../lib/doc.ts';
import type { CleanSource, FormatModule } from '../formats/types.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const date = (v: unknown): string | undefined => (partialDateSchema.safeParse(v).success ? (v as string) : undefined);

export function resolveSource(entry: CleanSource, doc: CleanDoc, format: FormatModule): Source {
  const docTitle = str(doc.meta['title']);
  const firstChapter = str(doc.chapters[0]?.title);
  const title = entry.title ?? docTitle ?? firstChapter ?? entry.file.replace(/\.txt$/, '');
  const title_source = entry.title ? (entry.title_source ?? 'editorial') : docTitle || firstChapter ? 'document' : 'file';
  const publisher = entry.publisher ?? str(doc.meta['publisher']) ?? '未署名';
  const published = entry.published !== undefined ? entry.published : (date(doc.meta['published']) ?? null);
  const reliability = entry.reliability ?? format.defaults.reliability;
  const notes = entry.notes ?? `${format.label}，自动识别整理；出处与可靠性未经编者核对。`;
  return sourceSchema.parse({ ...entry, title, title_source, publisher, published, language: entry.language ?? 'zh', reliability, notes });
}
