/**
 * pinyin-annotated: a Traditional-Chinese sample essay from a document site (003), with a pinyin
 * annotation after many characters, byte-level garble where the annotations split GBK
 * characters, the TOC one entry per line and the whole body on a single line.
 * See sources.md "003_b5f1dabfbac231a9.txt".
 */
import type { CleanDoc } from '../lib/doc.ts';
import { lineCol } from '../lib/text.ts';
import type { CleanInput, FormatModule } from './types.ts';
import { ANNOTATION, annotationCoverage, countAnnotations, stripAnnotations } from './pinyin-annotated/annotations.ts';
import { buildChapters, type Entry } from './pinyin-annotated/chapters.ts';
import { splitPage, splitRegion } from './pinyin-annotated/chrome.ts';
import { traditionalToSimplified } from './pinyin-annotated/convert.ts';
import { findLeftoverGarble, repairGarble, type Locator } from './pinyin-annotated/garble.ts';
import { classifyEntry, curlTocQuotes, locateHeadings } from './pinyin-annotated/outline.ts';
import { overridesPath, parseOverrides } from './pinyin-annotated/overrides.ts';
import { rawOffset, slice, track } from './pinyin-annotated/tracked.ts';

export const RELIABILITY_BANNER = '范文参考：示例文档，数据为示意且多处自相矛盾';

/** Fewer annotations than this and the text is not this format. */
const DETECT_MIN_ANNOTATIONS = 20;

const empty = (): CleanDoc => ({ meta: {}, chapters: [], stats: {} });

function clean(input: CleanInput): CleanDoc {
  const { text, ledger, issues, source } = input;
  const where: Locator = {
    sourceId: source.id,
    at: (offset) => {
      const { line, col } = lineCol(text, offset);
      return `seeds/${source.file}:${line}:${col}`;
    },
  };
  const overrides = parseOverrides(input.overrides, source.id, issues);

  let page = track(text, 0);

  // 1. Count the well-formed annotations the raw file has, before anything touches them.
  const rawAnnotations = countAnnotations(text);
  if (overrides.expected_annotations !== undefined && rawAnnotations !== overrides.expected_annotations)
    issues.error(
      `expected ${overrides.expected_annotations} pinyin annotations (overrides "expected_annotations"), found ${rawAnnotations} with ${ANNOTATION}; check the file is the one the overrides were written for`,
      `seeds/${source.file}`,
    );

  // 2. Repair garbled spans on the raw text (the table lives in the overrides file).
  const repaired = repairGarble(page, overrides.repairs, ledger, where);
  for (const p of repaired.problems) issues.error(p.message, p.location);
  page = repaired.text;

  // 3. After repair the annotation is systematic: every occurrence of an annotated character has one.
  const coverage = annotationCoverage(page.text);
  for (const i of coverage.unannotated.slice(0, 20))
    issues.error(
      `annotated character "${page.text[i]}" has no pinyin annotation here; expected all occurrences of the ${coverage.characters.length} annotated characters to be annotated after repair — probably an unrepaired garbled span; add it to ${overridesPath(source.id)}`,
      where.at(rawOffset(page, i)),
    );

  // 4. Strip the annotations (chrome included: the ledger then shows chrome as read), then fail
  //    on anything still garbled.
  const stripped = stripAnnotations(page, ledger);
  page = stripped.text;
  for (const p of findLeftoverGarble(page, where)) issues.error(p.message, p.location);

  // 5. Site chrome at head and tail.
  const bounds = splitPage(page.text);
  if ('error' in bounds) {
    issues.error(`${bounds.error}; is this a pinyin-annotated document-site page?`, where.at(rawOffset(page, bounds.offset)));
    return empty();
  }
  ledger.remove('site chrome', page.text.slice(...bounds.head));
  ledger.remove('site chrome', page.text.slice(...bounds.tail));
  const region = slice(page, ...bounds.region);

  // 6. Title line, TOC and body.
  const parts = splitRegion(region.text);
  if ('error' in parts) {
    issues.error(parts.error, where.at(rawOffset(region, parts.offset)));
    return empty();
  }
  ledger.move('document title → metadata', parts.title);
  ledger.move('site label → metadata', parts.label);
  const tocTraditional = parts.toc.map((e) => curlTocQuotes(e, ledger));
  const bodyTraditional = region.text.slice(parts.bodyStart);

  // 7. Traditional → Simplified over TOC and body in one pass (length-preserving), only for a
  //    source the manifest declares Traditional.
  const joined = [...tocTraditional, bodyTraditional].join('\n');
  const converted = source.script === 'Hant' ? traditionalToSimplified(joined, ledger) : { text: joined, changed: 0, phraseFixes: 0 };
  const tocSimplified = converted.text.split('\n');
  const bodySimplified = tocSimplified.pop() ?? '';

  // 8. Headings from the TOC, located in the body by sequential indexOf (in Traditional: the
  //    body's own text, before any context-dependent conversion).
  const positions = locateHeadings(tocTraditional, bodyTraditional);
  const entries: Entry[] = [];
  for (const [i, entry] of tocSimplified.entries()) {
    const kind = classifyEntry(entry);
    if (!kind) {
      issues.error(
        `TOC entry ${i + 1} "${entry}": expected a chapter like 一、标题 or a section like 1.1标题`,
        where.at(rawOffset(region, parts.tocAt[i] ?? 0)),
      );
      continue;
    }
    const at = positions[i] ?? -1;
    entries.push({ text: entry, kind, at, length: tocTraditional[i]?.length ?? 0 });
    // The TOC duplicates the body's headings; entries the body lacks survive as metadata.
    if (at >= 0) ledger.remove('table of contents', entry);
    else ledger.move('missing section heading → metadata', entry);
  }
  if (entries[0]?.kind.kind !== 'chapter' || entries[0].at < 0) {
    issues.error(`expected the TOC to start with a chapter heading found in the body, found "${tocSimplified[0] ?? ''}"`, where.at(rawOffset(region, parts.tocAt[0] ?? 0)));
    return empty();
  }

  // 9. Chapters, sections and paragraphs; the body is cut off inside the last section it has.
  const bodyRegion = slice(region, parts.bodyStart);
  const outline = buildChapters(
    entries,
    { simplified: bodySimplified, traditional: bodyTraditional, raw: (i) => rawOffset(bodyRegion, i) },
    ledger,
  );
  const paragraphs = outline.chapters.reduce((n, c) => n + c.blocks.filter((b) => b.type === 'paragraph').length, 0);

  return {
    meta: {
      kind: parts.kind,
      reliability_banner: RELIABILITY_BANNER,
      original_title: parts.title,
      truncated: outline.truncated,
      missing_sections: outline.missing,
    },
    chapters: outline.chapters,
    stats: {
      // The raw file's well-formed annotations; the repair table restores one more whose "(" the
      // garble ate (規(guī)), and that one is stripped too.
      annotationsStripped: rawAnnotations,
      annotationsRestored: stripped.stripped - rawAnnotations,
      annotatedCharacters: coverage.characters.length,
      annotationSyllables: coverage.syllables.length,
      garbleSpansRepaired: repaired.spans,
      garbleMarksRepaired: repaired.marks,
      tocEntries: tocSimplified.length,
      headingsFound: entries.filter((e) => e.at >= 0).length,
      sectionsMissing: outline.missing.length,
      chapters: outline.chapters.length,
      paragraphs,
      charsConverted: converted.changed,
      zhePhraseFixes: converted.phraseFixes,
    },
  };
}

export const pinyinAnnotated: FormatModule = {
  id: 'pinyin-annotated',
  label: '拼音注音页面',
  defaults: { reliability: 'illustrative' },
  detect: (text) => {
    const n = countAnnotations(text);
    return { score: n >= DETECT_MIN_ANNOTATIONS ? 0.95 : 0, evidence: `${n} pinyin annotations` };
  },
  clean,
};

