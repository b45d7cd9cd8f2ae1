/** The format modules, by the id the manifest declares. */
import type { FormatId } from '../../src/schemas/source.ts';
import { article } from './article.ts';
import { newsDigest } from './news-digest.ts';
import { pdfSlices } from './pdf-slices.ts';
import { pdfText } from './pdf-text.ts';
import { pinyinAnnotated } from './pinyin-annotated.ts';
import type { FormatModule } from './types.ts';

export const FORMAT_MODULES: Readonly<Record<FormatId, FormatModule>> = {
  'news-digest': newsDigest,
  article,
  'pdf-slices': pdfSlices,
  'pinyin-annotated': pinyinAnnotated,
  'pdf-text': pdfText,
};
