/**
 * Paragraphs intact on every page (a chapter's article, any other page's main column): each
 * sentence sits in its paragraph (or list item, heading, table cell), no text floats between
 * blocks, and no space creeps in where Chinese prose has none: after 。 before the next
 * sentence, or before a footnote reference.
 * (MDX once rendered paragraphs made only of <Sentence> as bare spans between </p> and <p>,
 * with a line break between them that read as a space; scripts/lib/mdx-paragraphs.ts.)
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, routeOf } from './dist.ts';
import { ancestors, elements, hasClass, parseHtml, pathOf, texts, type El, type Node } from './html.ts';

const pages = htmlFiles().map((f) => ({ route: routeOf(f), file: f }));
const isChapter = (route: string): boolean => /^\/[a-z0-9-]+\/(?!ingest\/)[a-z0-9-]+\/$/.test(route) && !/^\/(notes|data)\//.test(route);

/** Where a sentence may stand. */
const SENTENCE_HOMES = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);
/** Blocks that hold a line of text of their own. */
const TEXT_BLOCKS = new Set([...SENTENCE_HOMES, 'caption', 'figcaption', 'dt', 'dd', 'summary', 'legend', 'pre', 'nav', 'button', 'label', 'text', 'tspan', 'title', 'desc']);
/** A row of controls (a chart's views and downloads) is not prose. */
const CONTROLS = (e: El): boolean => hasClass(e, 'chart-tools') || e.attrs.role === 'toolbar';
/** Elements that flow inside a line of text. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'br', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);

/** The nearest ancestor that is not inline: the block a piece of text belongs to. */
function blockOf(node: Node): El {
  return ancestors(node).find((a) => !INLINE.has(a.tag))!;
}

const decode = (s: string): string => s.replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00a0').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const SENTENCE_START = '\u0001';
const SENTENCE_END = '\u0002';
const FNREF = '\u0003';
const MARKS = `[${SENTENCE_START}${SENTENCE_END}${FNREF}]*`;

/** A block's text with marks where sentences start and end and footnote references stand. */
function runOf(block: El): string {
  let out = '';
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (c.kind === 'text') out += decode(c.value);
      else if (INLINE.has(c.tag)) {
        // A number's tooltip is not part of the line a reader reads.
        if (c.tag === 'span' && (hasClass(c, 'tip') || hasClass(c, 'mark'))) continue;
        const sentence = c.tag === 'span' && hasClass(c, 'sentence');
        if (sentence) out += SENTENCE_START;
        if (c.tag === 'sup' && hasClass(c, 'fnref')) out += FNREF;
        walk(c);
        if (sentence) out += SENTENCE_END;
      }
    }
  };
  walk(block);
  return out;
}

function show(run: string, at: number): string {
  return JSON.stringify(run.slice(Math.max(0, at - 12), at + 12).replaceAll(SENTENCE_START, '⟦').replaceAll(SENTENCE_END, '⟧').replaceAll(FNREF, '^'));
}

it('finds the chapter pages', () => {
  expect(pages.filter((p) => isChapter(p.route)).length).toBeGreaterThanOrEqual(5 + 1 + 7 + 12 + 7);
});

describe.each(pages)('$route', ({ route, file }) => {
  const root = parseHtml(read(file));
  // A chapter's text is its article; any other page's, its main column.
  const article = [...elements(root)].find((e) => (isChapter(route) ? e.tag === 'article' && hasClass(e, 'prose') : e.tag === 'main'));

  it('has its text', () => {
    expect(article).toBeDefined();
  });
  if (!article) return;

  it('keeps every sentence inside a paragraph, list item, heading or table cell', () => {
    const homeless = [...elements(article)]
      .filter((e) => e.tag === 'span' && hasClass(e, 'sentence'))
      .filter((s) => !ancestors(s).some((a) => SENTENCE_HOMES.has(a.tag)))
      .map(pathOf);
    expect(homeless).toEqual([]);
  });

  it('has no text outside a block of text', () => {
    const stray = [...texts(article)]
      .filter((t) => decode(t.value).trim() !== '')
      .filter((t) => !TEXT_BLOCKS.has(blockOf(t).tag) && !ancestors(t).some(CONTROLS))
      .map((t) => `${pathOf(t)}: ${JSON.stringify(t.value.slice(0, 20))}`);
    expect(stray).toEqual([]);
  });

  it('has no space after 。 before the next sentence, between sentences, or before a footnote reference', () => {
    const blocks = new Set([...texts(article)].map(blockOf));
    const problems: string[] = [];
    for (const block of blocks) {
      const run = runOf(block);
      const rules: [string, RegExp][] = [
        ['space between sentences', new RegExp(`${SENTENCE_END}\\s+${MARKS}${SENTENCE_START}`, 'g')],
        ['space after full-width punctuation', new RegExp(`[。！？；：，、]${MARKS}[\\s\u00a0]+${MARKS}\\S`, 'g')],
        ['space before a footnote reference', new RegExp(`\\S${MARKS}[\\s\u00a0]+${MARKS}${FNREF}`, 'g')],
      ];
      for (const [what, rule] of rules) for (const m of run.matchAll(rule)) problems.push(`${pathOf(block)}: ${what} ${show(run, m.index!)}`);
    }
    expect(problems).toEqual([]);
  });
});
