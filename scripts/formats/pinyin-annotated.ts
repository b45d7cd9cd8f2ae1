/**
 * pinyin-annotated: a page of a document-sharing site (人人文库 and its mirrors) whose text went
 * through a naive Traditional conversion and got a pinyin annotation after many characters
 * (經(jīng)濟(jì)), byte-level garble where an annotation split a GBK character, site chrome at
 * head and tail, and often the whole body on one cut-off line. What the kind looks like and each
 * cleaning step: docs/formats/pinyin-annotated.md.
 */
import type { Chapter, CleanDoc, JsonValue } from '../lib/doc.ts';
import { excerpt } from '../lib/text.ts';
import { Ledger, inkLength as inkLengthOf } from '../lib/ledger.ts';
import type { CleanInput, Detection, FormatModule } from './types.ts';
import { ANNOTATION, annotationCoverage, annotatedPairs, countAnnotations, stripAnnotations, stripDanglingAnnotation } from './pinyin-annotated/annotations.ts';
import { blocksFromLines, headingDepth } from './pinyin-annotated/body.ts';
import { buildChapters, type Entry } from './pinyin-annotated/chapters.ts';
import { SITE_LABELS, classifyHead, lines, looksLikeTitle, pageLabelTitle, splitPage } from './pinyin-annotated/chrome.ts';
import { traditionalToSimplified } from './pinyin-annotated/convert.ts';
import { DOUBLED_SHARE, doubledShare, undouble } from './pinyin-annotated/doubled.ts';
import { FIX, MISSING, applyRepairs, autoRepair, findLeftoverGarble, repairGarble, type Locator } from './pinyin-annotated/garble.ts';
import { classifyEntry, curlTocQuotes, locateHeadings } from './pinyin-annotated/outline.ts';
import { overridesPath, parseOverrides } from './pinyin-annotated/overrides.ts';
import { trailingFragment } from './pinyin-annotated/paragraphs.ts';
import { readings } from './pinyin-annotated/readings.ts';
import { findToc } from './pinyin-annotated/toc.ts';
import { type Tracked, rawOffset, slice, track } from './pinyin-annotated/tracked.ts';
import type { IssueList } from '../lib/issues.ts';

const RULE = (name: string): { rule: string } => ({ rule: `pinyin-annotated/${name}` });

/** A cut-off clause at the end is dropped when it is this short (ink characters) or shorter. */
const MAX_FRAGMENT = 30;
/** Warnings of one rule listed one by one; past this, one summary. */
const MAX_REPORTED = 20;
/** The clause a cut-off page ends with: after the last clause or sentence punctuation. */
const CUT_CLAUSE = /[^。！？!?；;，,、：:\n]+$/u;

interface Context {
  ledger: Ledger;
  issues: IssueList;
  where: Locator;
  hant: boolean;
}

function convert(text: string, ctx: Context): { text: string; changed: number; phraseFixes: number } {
  return ctx.hant ? traditionalToSimplified(text, ctx.ledger) : { text, changed: 0, phraseFixes: 0 };
}

function clean(input: CleanInput): CleanDoc {
  const { text, ledger, issues, source } = input;
  // Line starts once, then a binary search per location: a page with thousands of garbled spans
  // must not rescan the text for each warning.
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const where: Locator = {
    sourceId: source.id,
    at: (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return `seeds/${source.file}:${lo + 1}:${offset - (starts[lo] ?? 0) + 1}`;
    },
  };
  const ctx: Context = { ledger, issues, where, hant: source.script === 'Hant' };
  const overrides = parseOverrides(input.overrides, source.id, issues);
  let page = track(text, 0);

  // 1. Count the well-formed annotations the raw file has, before anything touches them.
  const rawAnnotations = countAnnotations(text);
  if (overrides.expected_annotations !== undefined && rawAnnotations !== overrides.expected_annotations)
    issues.warn(`expected ${overrides.expected_annotations} pinyin annotations (overrides "expected_annotations"), found ${rawAnnotations}`, `seeds/${source.file}`, {
      ...RULE('annotation-count'),
      hint: `check that ${overridesPath(source.id)} was written for this file`,
    });

  // 2. Repair garbled spans the source's own table lists (seeds/overrides/<id>.json).
  const repaired = repairGarble(page, overrides.repairs, ledger, where);
  for (const p of repaired.problems) issues.warn(p.message, p.location, { ...RULE('repair-count'), hint: `update ${overridesPath(source.id)}` });
  page = repaired.text;

  // 3. Re-decode the garbled spans the table does not know.
  const vocabulary = readings(annotatedPairs(page.text));
  const auto = autoRepair(page.text, vocabulary, page.text.replace(ANNOTATION, ''));
  const lost = auto.filter((a) => a.unknown > 0);
  if (lost.length > MAX_REPORTED)
    issues.warn(`expected garbled spans that decode again, found ${lost.length} with unrecoverable characters (the first ${MAX_REPORTED} are listed)`, where.at(rawOffset(page, lost[0]?.start ?? 0)), {
      ...RULE('garble-unrecovered'),
      hint: FIX(source.id),
    });
  for (const a of lost.slice(0, MAX_REPORTED))
    issues.warn(
      `expected a garbled span that decodes again, found "${excerpt(a.raw, 30)}" with ${a.unknown} unrecoverable character${a.unknown === 1 ? '' : 's'}, shown as ${MISSING}`,
      where.at(rawOffset(page, a.start)),
      { ...RULE('garble-unrecovered'), hint: FIX(source.id) },
    );
  page = applyRepairs(page, auto, ledger);
  const coverage = annotationCoverage(page.text);

  // 4. Strip the annotations (chrome included, so the ledger shows chrome as read), and an
  //    annotation the cut-off left open at the very end; then report anything still garbled.
  const stripped = stripAnnotations(page, ledger);
  page = stripDanglingAnnotation(stripped.text, ledger);
  const leftover = findLeftoverGarble(page, where, MAX_REPORTED + 1);
  for (const p of leftover.slice(0, MAX_REPORTED)) issues.warn(p.message, p.location, { ...RULE('garble'), hint: FIX(source.id) });
  if (leftover.length > MAX_REPORTED)
    issues.warn(`expected no garble after repair, found more than ${MAX_REPORTED} spans (the first ${MAX_REPORTED} are listed)`, where.at(0), { ...RULE('garble'), hint: FIX(source.id) });

  // 5. Site chrome at head and tail.
  const all = lines(page.text);
  const split = splitPage(all);
  for (const l of split.unknown)
    issues.warn(`expected a site chrome line of the kind before 文檔簡介, found "${excerpt(l.text.trim(), 30)}"`, where.at(rawOffset(page, l.at)), {
      ...RULE('unknown-chrome'),
      hint: 'the line was dropped with the page chrome; if it is document text, report the page layout',
    });
  const pageTitle = split.known.map((k) => pageLabelTitle(k.line.text)).find((t) => t) ?? undefined;
  const regionStart = all[split.start]?.at ?? page.text.length;
  const tailStart = split.tail?.at ?? page.text.length;
  ledger.remove('site chrome', page.text.slice(0, regionStart));
  ledger.remove('site chrome', page.text.slice(tailStart));
  const regionEnd = page.text[tailStart - 1] === '\n' && tailStart > regionStart ? tailStart - 1 : tailStart;
  const region = slice(page, regionStart, regionEnd);
  if (!split.known.length)
    issues.warn('expected site chrome of a document page (版權說明, 文檔簡介, 第1頁), found none', where.at(0), {
      ...RULE('no-site-chrome'),
      hint: 'the whole text is taken as the document',
    });

  const stats: Record<string, JsonValue> = {
    annotationsStripped: rawAnnotations,
    annotationsRestored: stripped.stripped - rawAnnotations,
    annotatedCharacters: coverage.characters.length,
    annotationSyllables: coverage.syllables.length,
    garbleSpansRepaired: repaired.spans,
    garbleMarksRepaired: repaired.marks,
  };
  if (auto.length) {
    stats['garbleSpansDecoded'] = auto.length;
    stats['garbleCharactersLost'] = auto.reduce((n, a) => n + a.unknown, 0);
  }

  // 6. With a table of contents: headings from it (the seed-type page); else by pattern.
  const toc = findToc(region.text);
  const withToc = toc ? fromToc(region, toc, ctx, stats, overrides.reliability_banner) : null;
  return withToc ?? fromLines(region, pageTitle, split.unread, ctx, stats, overrides.reliability_banner);
}

/** The seed-type page: title line with a site label, TOC one entry per line, the body on the last line. */
function fromToc(region: Tracked, toc: NonNullable<ReturnType<typeof findToc>>, ctx: Context, stats: Record<string, JsonValue>, banner: string | undefined): CleanDoc | null {
  const { ledger, issues, where } = ctx;
  // Quotes are curled on a scratch ledger until the TOC is accepted (a rejected TOC is read again
  // as lines, and must leave no trace in the ledger).
  const tocTraditional = toc.entries.map((e) => curlTocQuotes(e, new Ledger()));
  const bodyTraditional = region.text.slice(toc.bodyStart);
  const positions = locateHeadings(tocTraditional, bodyTraditional);
  const kinds = tocTraditional.map(classifyEntry);
  if (kinds[0]?.kind !== 'chapter' || (positions[0] ?? -1) < 0) {
    issues.warn(`expected the table of contents to start with a chapter heading found in the body, found "${excerpt(tocTraditional[0] ?? '', 30)}"`, where.at(rawOffset(region, toc.tocAt[0] ?? 0)), {
      ...RULE('toc-not-in-body'),
      hint: 'headings are taken from the body by pattern instead',
    });
    return null;
  }
  // Convert TOC and body in one pass (length-preserving) after the headings are located in the
  // body's own Traditional text.
  const joined = [...tocTraditional, bodyTraditional].join('\n');
  const converted = convert(joined, ctx);
  const tocSimplified = converted.text.split('\n');
  const bodySimplified = tocSimplified.pop() ?? '';
  for (const e of toc.entries) curlTocQuotes(e, ledger);
  if (toc.title) ledger.move('document title → metadata', toc.title);
  if (toc.label) ledger.move('site label → metadata', toc.label);
  const entries: Entry[] = [];
  for (const [i, entry] of tocSimplified.entries()) {
    const kind = classifyEntry(entry);
    if (!kind) {
      issues.warn(`expected a TOC entry like 一、标题 or 1.1标题, found "${excerpt(entry, 30)}"`, where.at(rawOffset(region, toc.tocAt[i] ?? 0)), {
        ...RULE('toc-entry'),
        hint: 'the entry is kept as a missing section',
      });
      ledger.move('missing section heading → metadata', entry);
      continue;
    }
    const at = positions[i] ?? -1;
    entries.push({ text: entry, kind, at, length: tocTraditional[i]?.length ?? 0 });
    // The TOC duplicates the body's headings; entries the body lacks survive as metadata.
    if (at >= 0) ledger.remove('table of contents', entry);
    else ledger.move('missing section heading → metadata', entry);
  }
  const bodyRegion = slice(region, toc.bodyStart);
  const outline = buildChapters(entries, { simplified: bodySimplified, traditional: bodyTraditional, raw: (i) => rawOffset(bodyRegion, i) }, ledger);
  if (outline.truncated)
    issues.warn(`expected every TOC entry in the body, found the body ending after "${excerpt(outline.chapters.at(-1)?.title ?? '', 20)}" with ${outline.missing.length} entries missing`, where.at(rawOffset(region, region.text.length)), {
      ...RULE('truncated'),
      hint: 'the page shows only part of the document; readers see a truncation notice',
    });
  const paragraphs = outline.chapters.reduce((n, c) => n + c.blocks.filter((b) => b.type === 'paragraph').length, 0);
  const label = toc.label ? SITE_LABELS[toc.label] : undefined;
  // The title line states the title; the moved text is Traditional, the reader's title Simplified.
  const title = toc.title.trim() ? convert(toc.title.trim(), { ...ctx, ledger: new Ledger() }).text : undefined;
  return {
    meta: {
      ...(title ? { title } : {}),
      ...(label ? { kind: label } : {}),
      ...(banner ? { reliability_banner: banner } : {}),
      ...(toc.title ? { original_title: toc.title } : {}),
      truncated: outline.truncated,
      missing_sections: outline.missing,
    },
    chapters: outline.chapters,
    stats: {
      ...stats,
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

/** Extraction slices: `1、…` `2、…` each a chunk of the text cut anywhere (even mid-word). */
function sliceRun(texts: readonly string[]): number {
  let n = 0;
  while (n < texts.length && texts[n]?.startsWith(`${n + 1}、`) && (n > 0 || inkLengthOf(texts[0] ?? '') >= 150)) n++;
  return n;
}

/** Any page: title, headings by pattern, paragraphs; truncation from the page or the last sentence. */
function fromLines(region: Tracked, pageTitle: string | undefined, unread: number | null, ctx: Context, stats: Record<string, JsonValue>, banner: string | undefined): CleanDoc {
  const { ledger, issues, where } = ctx;
  let texts = lines(region.text)
    .map((l) => l.text.trim())
    .filter((t) => t);
  // The title: a line of its own naming the page's title, or the body line starting with it.
  let title: string | undefined;
  const first = texts[0] ?? '';
  if (first && (first === pageTitle || (!pageTitle && texts.length > 1 && looksLikeTitle(first) && !/^\d+、/.test(first) && !classifyHead(first) && !headingDepth(first)))) {
    title = first;
    texts = texts.slice(1);
  } else if (pageTitle && first.startsWith(pageTitle) && first.length > pageTitle.length) {
    title = pageTitle;
    texts[0] = first.slice(pageTitle.length);
  }
  // Extraction slices join without a break: a slice ends wherever the page did.
  const slices = sliceRun(texts);
  if (slices > 0) {
    const joined = texts.slice(0, slices).map((t, i) => {
      const mark = `${i + 1}、`;
      ledger.remove('extraction slice number', mark);
      return t.slice(mark.length);
    });
    texts = [joined.join(''), ...texts.slice(slices)];
  }
  // Doubled text layers (every run printed twice) when the page shows it throughout.
  const share = doubledShare(texts.join('\n'));
  let doubledRuns = 0;
  if (share >= DOUBLED_SHARE) {
    texts = texts.map((t) => {
      const u = undouble(t, ledger);
      doubledRuns += u.runs;
      return u.text;
    });
    if (title) title = undouble(title, ledger).text;
  }
  let changed = 0;
  let phraseFixes = 0;
  texts = texts.map((t) => {
    const c = convert(t, ctx);
    changed += c.changed;
    phraseFixes += c.phraseFixes;
    return c.text;
  });
  // The title line stays as the chapter's heading (converted like the body); a title only the
  // page labels give is metadata.
  let titleSimplified: string | undefined;
  if (title) {
    const c = convert(title, ctx);
    changed += c.changed;
    titleSimplified = c.text;
  }
  const pageTitleSimplified = pageTitle ? convert(pageTitle, { ...ctx, ledger: new Ledger() }).text : undefined;

  // Truncation: pages left unread, or a last line that stops mid-sentence. The cut-off clause
  // (after the last clause punctuation) is dropped when short: it ends mid-word (份数序, 为双边).
  const lastText = texts[texts.length - 1] ?? '';
  const fragment = trailingFragment(lastText.slice(-400));
  const endsMid = fragment.trim() !== '' && !/^[\d.、\s]*$/.test(fragment);
  const truncated = (unread ?? 0) > 0 || endsMid;
  if (truncated) {
    issues.warn(
      endsMid ? `expected the document to end with a complete sentence, found "…${excerpt(fragment.slice(-20), 20)}"` : `expected the whole document, found a page with ${unread} pages left unread`,
      where.at(rawOffset(region, region.text.length)),
      { ...RULE('truncated'), hint: 'the page shows only part of the document; readers see a truncation notice' },
    );
    const clause = CUT_CLAUSE.exec(lastText.slice(-200))?.[0] ?? '';
    if (endsMid && clause && inkLengthOf(clause) <= MAX_FRAGMENT && (clause.length < lastText.length || texts.length > 1)) {
      ledger.remove('truncated fragment', clause);
      texts[texts.length - 1] = lastText.slice(0, lastText.length - clause.length);
    }
  }

  const blocks = blocksFromLines(texts, ledger);
  const firstHeading = blocks.find((b) => b.type === 'heading');
  const headingTitle = firstHeading?.type === 'heading' ? firstHeading.children.map((c) => ('value' in c ? c.value : '')).join('') : undefined;
  const chapterTitle = titleSimplified ?? pageTitleSimplified ?? headingTitle ?? '正文';
  if (titleSimplified) blocks.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: titleSimplified }] });
  const chapter: Chapter = { slug: 'ch-1', title: chapterTitle, blocks, footnotes: [], meta: {} };
  if (truncated) chapter.meta['truncated'] = true;
  const docTitle = titleSimplified ?? pageTitleSimplified;
  return {
    meta: {
      ...(docTitle ? { title: docTitle } : {}),
      ...(banner ? { reliability_banner: banner } : {}),
      ...((title ?? pageTitle) && ctx.hant ? { original_title: title ?? pageTitle } : {}),
      truncated,
    },
    chapters: [chapter],
    stats: {
      ...stats,
      ...(slices ? { extractionSlices: slices } : {}),
      ...(doubledRuns ? { doubledRunsRemoved: doubledRuns } : {}),
      headingsFound: blocks.filter((b) => b.type === 'heading').length,
      chapters: 1,
      paragraphs: blocks.filter((b) => b.type === 'paragraph').length,
      charsConverted: changed,
      zhePhraseFixes: phraseFixes,
    },
  };
}

/** Markers of the document-site page, matched on the text as it is (either script). */
const SITE_MARKERS = /本文[檔档]由用[戶户]提供并上[傳传]|文[檔档]簡(?:\(jiǎn\))?介|文档简介|已[閱阅]\S{0,6}[讀读]\d+[頁页]|_第\d+[頁页]|溫馨提示|温馨提示/gu;

/**
 * Annotations decide: 20 or more is this kind; a few (3–19) with the page's chrome around them
 * is too (a sparsely annotated page). No annotation, no score: the other kinds never carry them.
 */
function detect(text: string): Detection {
  const n = countAnnotations(text);
  const markers = new Set([...text.matchAll(SITE_MARKERS)].map((m) => m[0])).size;
  const base = n >= 20 ? 0.8 : n >= 10 ? 0.5 : n >= 3 ? 0.4 : 0;
  const score = base === 0 ? 0 : Math.round(Math.min(0.95, base + (markers > 0 ? 0.15 : 0)) * 100) / 100;
  // The chrome is only evidence when the annotations alone would not decide.
  return { score, evidence: `${n} pinyin annotations${n < 20 && markers ? `, ${markers} site chrome markers` : ''}` };
}

export const pinyinAnnotated: FormatModule = {
  id: 'pinyin-annotated',
  label: '拼音注音页面',
  defaults: { reliability: 'illustrative' },
  detect,
  clean,
};
