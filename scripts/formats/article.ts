/**
 * Format `article`: a news article reposted as plain text (001, the 财联社 report on the 生活经济
 * summit). The repost has no title, date or author of its own: the manifest supplies the title,
 * a teaser lead line becomes the description, the repost note becomes metadata, and the body
 * is one paragraph per line with numbered section headings.
 */
import type { Block, CleanDoc, JsonValue } from '../lib/doc.ts';
import { lineCol } from '../lib/text.ts';
import type { FormatModule } from './types.ts';
import { dropRepeatedParagraphs } from './article/dedupe.ts';
import { toBlocks } from './article/headings.ts';
import { toInlines, toPlainText } from './article/inline.ts';
import { takeRepostNote, takeTeaser } from './article/lead.ts';
import { splitLines, type Line } from './article/lines.ts';
import { parseOverrides } from './article/overrides.ts';

const REPOST_LINE = /^本文转载自[:：]/m;
const SENTENCE_LINE_END = /[。！？!?”」]$/;
/** Markers of the other formats: digest datelines, citation brackets, superscript note numbers. */
const OTHER_FORMAT = /^.+·\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}$|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/m;
const MAX_LINES = 80;

export const article: FormatModule = {
  id: 'article',

  // A repost note settles it; otherwise a short text of whole-sentence lines with none of the
  // other formats' markers.
  label: '文章',
  defaults: { reliability: 'press' },
  // The fallback kind: plain prose scores a little, a repost note scores high.
  detect(text) {
    if (REPOST_LINE.test(text)) return { score: 0.9, evidence: 'a repost note (本文转载自…)' };
    if (OTHER_FORMAT.test(text)) return { score: 0, evidence: 'markers of another kind' };
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) return { score: 0, evidence: 'no text' };
    const ended = lines.filter((l) => SENTENCE_LINE_END.test(l)).length / lines.length;
    const short = lines.length <= MAX_LINES;
    return { score: Math.round((short ? 0.3 : 0.2) + 0.3 * ended * 100) / 100, evidence: `${lines.length} lines, ${Math.round(ended * 100)}% ending a sentence` };
  },

  clean({ text, source, overrides, ledger, issues }) {
    const file = `seeds/${source.file}`;
    const where = (l: Line): string => {
      const { line, col } = lineCol(text, l.offset);
      return `${file}:${line}:${col}`;
    };

    // 1. Overrides: only a cross-link to a related chapter, which no rule can derive.
    const overridesFile = `seeds/overrides/${source.id}.json`;
    const parsed = parseOverrides(overrides, overridesFile);
    for (const e of parsed.errors) issues.error(`${e}; fix the override file`, overridesFile);

    // 2. One record per non-blank line; blank lines (28 trailing in 001) are layout, never ink.
    const { lines, trailingBlank, innerBlank } = splitLines(text);
    if (lines.length === 0) issues.error('expected article text, found only blank lines; check that the right file is declared', `${file}:1:1`);

    // 3. The repost note names the original outlet: metadata, not body.
    const repost = takeRepostNote(lines);
    if (repost) ledger.move('repost note → metadata', repost.line.text);

    // 4. A lead line repeating a later paragraph is a teaser: description, not body.
    const teaser = takeTeaser(lines);
    if (teaser) ledger.remove(`teaser repeats paragraph ${teaser.repeats}`, teaser.line.text);

    // 5. Paragraphs and numbered section headings (rejoining headings split over two lines).
    const raw = toBlocks(lines, issues, where);

    // 6. Paragraphs the scrape pasted twice.
    const { kept, dropped } = dropRepeatedParagraphs(raw, ledger);

    // 7. The manifest title heads the page; an editorial one is text the source lacks.
    // Without a manifest title the page title comes from the published record (metadata stage).
    const title = source.title ?? '正文';
    const blocks: Block[] = [];
    if (source.title) {
      ledger.insert(source.title_source === 'editorial' ? 'editorial title' : 'manifest title', source.title);
      blocks.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: source.title }] });
    }

    // 8. Final reader text: links, spacing, then widened punctuation (recorded in the ledger).
    for (const b of kept) {
      const children = toInlines(b.text, ledger);
      blocks.push(b.kind === 'heading' ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children });
    }

    const meta: Record<string, JsonValue> = { published: source.published ?? null, reposted: repost !== null };
    if (repost) meta.original_source = toPlainText(repost.outlet);
    if (teaser) meta.description = toPlainText(teaser.line.text);

    const chapterMeta: Record<string, JsonValue> = { related: [...source.related] };
    if (parsed.value.related_chapter) chapterMeta.related_chapter = parsed.value.related_chapter;

    const doc: CleanDoc = {
      meta: sortKeys(meta),
      chapters: [{ slug: 'article', title, blocks, footnotes: [], meta: sortKeys(chapterMeta) }],
      stats: {
        paragraphs: kept.filter((b) => b.kind === 'paragraph').length,
        headings: kept.filter((b) => b.kind === 'heading').length,
        mergedHeadings: kept.filter((b) => b.kind === 'heading' && b.text !== b.at.text).length,
        repeatedParagraphs: dropped.length,
        blankLinesDropped: trailingBlank + innerBlank,
      },
    };
    return doc;
  },
};

/** Stable key order so the emitted JSON is byte-identical across runs. */
function sortKeys(o: Record<string, JsonValue>): Record<string, JsonValue> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as JsonValue]));
}
