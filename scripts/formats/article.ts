/**
 * Format `article`: a news article, blog post or 公众号 article saved as plain text, and the
 * fallback kind for any readable Chinese prose no other kind claims. See docs/formats/article.md
 * for what such scrapes look like and each cleaning step below.
 *
 * What the document states about itself (title line, source/repost note, byline, date line) goes
 * to `doc.meta`; site chrome and scrape duplicates are dropped; the body becomes headings by
 * pattern, lists and paragraphs. Nothing here knows a particular document: what only one needs
 * goes to seeds/overrides/<id>.json.
 */
import type { Block, CleanDoc, JsonValue } from '../lib/doc.ts';
import { excerpt, lineCol } from '../lib/text.ts';
import type { FormatModule } from './types.ts';
import { chromeKind, isFooterStart } from './article/chrome.ts';
import { dropRepeatedParagraphs, dropRepeatedRuns } from './article/dedupe.ts';
import { detectArticle } from './article/detect.ts';
import { frontMeta, isProse, titleLike, type FrontMeta } from './article/front.ts';
import { BULLET, toBlocks } from './article/headings.ts';
import { toInlines, toPlainText } from './article/inline.ts';
import { takeTeaser } from './article/lead.ts';
import { len, splitLines, type Line } from './article/lines.ts';
import { parseOverrides } from './article/overrides.ts';
import { traditionalToSimplified } from '../lib/simplify.ts';

/** The front matter is looked for in the lines before the first prose line, at most this many. */
const HEADER_MAX = 15;
/** A source or repost note may also follow a teaser lead line (001: line 2). */
const NOTE_WINDOW = 5;
/** A title is a title-like line next to (within this many lines of) a metadata line. */
const TITLE_REACH = 2;
/** An article that ends like this ended; anything else was cut off. */
const COMPLETE_END = /(?:[。！？!?…][”’」』"'）)]*|[）)】]|据[^，。,]{2,12}|[(（]完[)）])$/;
/** Fallback title: the first sentence, at most this long. */
const FALLBACK_TITLE_MAX = 30;

export const article: FormatModule = {
  id: 'article',
  label: '文章',
  defaults: { reliability: 'press' },
  detect: detectArticle,

  clean({ text: input, source, overrides, ledger, issues }) {
    const file = `seeds/${source.file}`;
    // 0. Traditional script (detected or declared) is published in Simplified.
    const script = source.script === 'Hant' ? traditionalToSimplified(input, ledger) : { text: input, changed: 0 };
    const text = script.text;
    const where = (l: Line): string => {
      const { line, col } = lineCol(text, l.offset);
      return `${file}:${line}:${col}`;
    };

    // 1. Overrides: only what no rule can derive (a related chapter, chrome lines that read like text).
    const overridesFile = `seeds/overrides/${source.id}.json`;
    const parsed = parseOverrides(overrides, overridesFile);
    for (const e of parsed.errors) issues.error(`${e}; fix the override file`, overridesFile, { rule: 'article/overrides' });

    // 2. One record per non-blank line; blank lines are layout, never ink.
    const { lines: allLines, trailingBlank, innerBlank } = splitLines(text);
    if (allLines.length === 0)
      issues.error('expected article text, found only blank lines', `${file}:1:1`, { rule: 'article/empty', hint: 'check that the right file is declared' });

    // 3. Runs of lines the scrape printed twice in a row (title + subtitle twice).
    const runs = dropRepeatedRuns(allLines, ledger);
    let lines = runs.kept;

    // 4. Site chrome by form: navigation, breadcrumbs, template paths, buttons, image placeholders;
    // and the lines the overrides file names (a site's slogan no rule can tell from text).
    let chromeLines = 0;
    const named = new Set(parsed.value.chrome_lines ?? []);
    const unused = new Set(named);
    lines = lines.filter((l) => {
      if (named.has(l.text)) {
        unused.delete(l.text);
        ledger.remove('site chrome: named in overrides', l.text);
        chromeLines++;
        return false;
      }
      const kind = chromeKind(l.text);
      if (!kind) return true;
      ledger.remove(`site chrome: ${kind}`, l.text);
      chromeLines++;
      return false;
    });

    // A menu printed one label per line before the article: four or more short labels in a row.
    const menu = takeMenu(lines);
    for (const l of menu) {
      ledger.remove('site chrome: menu', l.text);
      chromeLines++;
    }
    if (menu.size) lines = lines.filter((l) => !menu.has(l));

    for (const u of unused)
      issues.warn(`expected the line "${excerpt(u)}" named in chrome_lines to be in the text, found no such line`, overridesFile, {
        rule: 'article/overrides-unused',
        hint: 'remove it from chrome_lines or copy the line exactly (without surrounding spaces)',
      });

    // 5. The page footer: from a "related stories" or editor line after the body, to the end.
    // Only in the second half of the text: a credit like `编辑:某某` near the top is front matter.
    const firstProse = lines.findIndex((l) => isProse(l) && !frontMeta(l.text));
    const total = lines.reduce((n, l) => n + len(l.text), 0);
    let before = 0;
    const footer =
      firstProse < 0
        ? -1
        : lines.findIndex((l, i) => {
            const start = i > firstProse && before >= total / 2 && isFooterStart(l.text);
            before += len(l.text);
            return start;
          });
    let footerLines = 0;
    if (footer > 0) {
      for (const l of lines.slice(footer)) ledger.remove('site footer', l.text);
      footerLines = lines.length - footer;
      lines = lines.slice(0, footer);
    }

    // A bulleted block before any article text is the page's sidebar or menu (a guess: warned).
    const sidebar = takeLeadingBullets(lines);
    if (sidebar.length) {
      for (const l of sidebar) ledger.remove('site chrome: bulleted block before the article', l.text);
      chromeLines += sidebar.length;
      issues.warn(`expected the article to start with its title or text, found ${sidebar.length} bulleted lines first`, where(sidebar[0]!), {
        rule: 'article/unknown-chrome',
        hint: 'dropped as the page sidebar or menu; if they are the article\'s own list, report the document',
      });
      const gone = new Set(sidebar);
      lines = lines.filter((l) => !gone.has(l));
    }

    // 6. Front matter: metadata lines (repost note, source line, byline, date line) and the title.
    const headerEnd = lines.findIndex((l) => isProse(l) && !frontMeta(l.text));
    const front = takeFront(lines, headerEnd < 0 ? lines.length : headerEnd);
    for (const { line, meta } of front.meta) ledger.move(meta.kind === 'repost note' ? 'repost note → metadata' : `${meta.kind} → metadata`, line.text);
    for (const l of front.junk) {
      ledger.remove('site chrome: line before the title', l.text);
      issues.warn(`expected the title or a source, byline or date line at the top, found another line`, where(l), {
        rule: 'article/unknown-chrome',
        hint: 'dropped as page chrome because it stands before the title; if it is article text, report the line',
      });
    }
    const drop = new Set<Line>([...front.meta.map((m) => m.line), ...front.junk]);
    if (front.title) drop.add(front.title);
    lines = lines.filter((l) => !drop.has(l));

    // 7. A lead line repeating a later paragraph is a teaser: description, not body.
    const teaser = takeTeaser(lines);
    if (teaser) ledger.remove(`teaser repeats paragraph ${teaser.repeats}`, teaser.line.text);

    // 8. Headings by pattern, lists, paragraphs (rejoining headings split over two lines).
    const raw = toBlocks(lines, issues, where, new Set(front.rest));

    // 9. Paragraphs the scrape pasted twice (whole, or a long head or tail of the previous one).
    const { kept, dropped } = dropRepeatedParagraphs(raw, ledger);

    // 10. The title heads the page: the manifest's, else the document's own title line.
    const docTitle = front.title ? toPlainText(front.title.text) : undefined;
    const blocks: Block[] = [];
    let title: string;
    if (source.title) {
      title = source.title;
      ledger.insert(source.title_source === 'editorial' ? 'editorial title' : 'manifest title', source.title);
      blocks.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: source.title }] });
      if (front.title) ledger.move('title line → metadata', front.title.text);
    } else if (front.title) {
      title = docTitle as string;
      blocks.push({ type: 'heading', depth: 1, children: toInlines(front.title.text, ledger) });
    } else {
      title = fallbackTitle(kept.find((b) => b.kind === 'paragraph')?.text ?? teaser?.line.text ?? '') || '正文';
      issues.warn(`expected a title line at the top of the article, found none; the page is titled "${title}" after its first sentence`, `${file}:1:1`, {
        rule: 'article/no-title',
        hint: 'set "title" in the entry in seeds/sources.json',
      });
    }

    // 11. Final reader text: links, spacing, then widened punctuation (recorded in the ledger).
    for (const b of kept) {
      if (b.kind === 'list') {
        for (const g of b.glyphs ?? []) if (g) ledger.remove('bullet glyph', g);
        blocks.push({ type: 'list', items: (b.items ?? []).map((t) => toInlines(t, ledger)) });
      }
      else {
        const children = toInlines(b.text, ledger);
        blocks.push(b.kind === 'heading' ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children });
      }
    }

    // 12. A text cut off mid-sentence is marked for readers.
    const last = kept[kept.length - 1];
    const truncated = last !== undefined && last.kind === 'paragraph' && !COMPLETE_END.test(last.text);
    if (truncated && last)
      issues.warn(`expected the article to end with a whole sentence, found "…${[...last.text].slice(-12).join('')}"`, where(last.at), {
        rule: 'article/truncated',
        hint: 'marked as truncated for readers; save the whole page if the source goes on',
      });

    const meta: Record<string, JsonValue> = { published: front.published ?? null, reposted: front.reposted };
    if (docTitle) meta.title = docTitle;
    if (front.publisher) meta.publisher = toPlainText(front.publisher);
    if (front.reposted && front.publisher) meta.original_source = toPlainText(front.publisher);
    if (teaser) meta.description = toPlainText(teaser.line.text);

    const chapterMeta: Record<string, JsonValue> = {};
    if (source.related.length) chapterMeta.related = [...source.related];
    if (parsed.value.related_chapter) chapterMeta.related_chapter = parsed.value.related_chapter;
    if (truncated) chapterMeta.truncated = true;

    const doc: CleanDoc = {
      meta: sortKeys(meta),
      chapters: [{ slug: 'article', title, blocks, footnotes: [], meta: sortKeys(chapterMeta) }],
      stats: {
        paragraphs: kept.filter((b) => b.kind === 'paragraph').length,
        headings: kept.filter((b) => b.kind === 'heading').length,
        lists: kept.filter((b) => b.kind === 'list').length,
        mergedHeadings: kept.filter((b) => b.kind === 'heading' && b.text !== b.at.text).length,
        repeatedParagraphs: dropped.length,
        repeatedLines: runs.dropped.length,
        chromeLines: chromeLines + front.junk.length,
        footerLines,
        metadataLines: front.meta.length,
        simplifiedChars: script.changed,
        blankLinesDropped: trailingBlank + innerBlank,
      },
    };
    return doc;
  },
};

interface Front {
  title?: Line;
  /** Lines after the title and before the first prose line (a subtitle, an undated byline). */
  rest: Line[];
  meta: { line: Line; meta: FrontMeta }[];
  /** Lines before the title that are neither title nor metadata: unknown page chrome. */
  junk: Line[];
  publisher?: string;
  published?: string;
  reposted: boolean;
}

/**
 * Metadata lines and the title among the first lines. `headerEnd` is the first prose line: the
 * front matter stands before it, except a source or repost note, which may follow a teaser.
 */
function takeFront(lines: readonly Line[], headerEnd: number): Front {
  const end = Math.min(headerEnd, HEADER_MAX);
  const meta: { i: number; line: Line; meta: FrontMeta }[] = [];
  for (let i = 0; i < Math.min(lines.length, Math.max(end, NOTE_WINDOW)); i++) {
    const l = lines[i]!;
    const m = frontMeta(l.text);
    if (!m) continue;
    if (i >= end && m.kind !== 'repost note' && m.kind !== 'source line') continue;
    meta.push({ i, line: l, meta: m });
  }
  const isMeta = new Set(meta.map((m) => m.i));
  let titleAt = -1;
  for (let i = 0; i < end; i++) {
    if (isMeta.has(i) || !titleLike(lines[i]!.text)) continue;
    const nearMeta = meta.some((m) => Math.abs(m.i - i) <= TITLE_REACH);
    // Or the first line left, with prose right after it.
    const standsAlone = i === 0 && lines[1] !== undefined && isProse(lines[1]);
    if (nearMeta || standsAlone) {
      titleAt = i;
      break;
    }
  }
  const junk: Line[] = [];
  for (let i = 0; i < titleAt; i++) if (!isMeta.has(i)) junk.push(lines[i]!);
  const source = meta.find((m) => m.meta.kind === 'repost note' || m.meta.kind === 'source line');
  const rest: Line[] = [];
  if (titleAt >= 0) for (let i = titleAt + 1; i < end; i++) if (!isMeta.has(i)) rest.push(lines[i]!);
  const front: Front = {
    meta: meta.map(({ line, meta: m }) => ({ line, meta: m })),
    junk,
    rest,
    reposted: meta.some((m) => m.meta.reposted),
  };
  if (titleAt >= 0) front.title = lines[titleAt];
  const publisher = source?.meta.publisher ?? meta.find((m) => m.meta.publisher)?.meta.publisher;
  if (publisher) front.publisher = publisher;
  const published = meta.find((m) => m.meta.published)?.meta.published;
  if (published) front.published = published;
  return front;
}

/**
 * Bulleted lines at the very top, before any line that is not metadata, chrome or a bullet: the
 * page's sidebar or menu, when at least SIDEBAR_MIN long and text follows.
 */
const SIDEBAR_MIN = 3;
function takeLeadingBullets(lines: readonly Line[]): Line[] {
  let i = 0;
  while (i < lines.length && frontMeta(lines[i]!.text)) i++;
  let j = i;
  while (j < lines.length && BULLET.test(lines[j]!.text)) j++;
  return j - i >= SIDEBAR_MIN && lines.slice(j).some(isProse) ? lines.slice(i, j) : [];
}

/** Lines of a menu before the first prose line: runs of at least MENU_MIN labels of at most MENU_LABEL_MAX characters. */
const MENU_MIN = 4;
const MENU_LABEL_MAX = 8;
function takeMenu(lines: readonly Line[]): Set<Line> {
  const label = (l: Line): boolean => len(l.text) <= MENU_LABEL_MAX && !/[，。！？；：,.!?;:、]/.test(l.text) && !frontMeta(l.text);
  const out = new Set<Line>();
  for (let i = 0; i < lines.length && !isProse(lines[i]!); ) {
    let j = i;
    while (j < lines.length && label(lines[j]!)) j++;
    if (j - i >= MENU_MIN) for (const l of lines.slice(i, j)) out.add(l);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The first sentence of the text (at most FALLBACK_TITLE_MAX characters), as reader text. */
function fallbackTitle(raw: string): string {
  const first = /^.*?(?:[。！？!?]|$)/u.exec(raw)?.[0] ?? '';
  const plain = toPlainText(first.replace(/[。！？!?]$/, ''));
  if (len(plain) <= FALLBACK_TITLE_MAX) return plain;
  // Too long: its first clause, if that says something; else a cut with an ellipsis.
  const clause = /^[^，；：]+/.exec(plain)?.[0] ?? '';
  if (len(clause) >= 6 && len(clause) <= FALLBACK_TITLE_MAX) return clause;
  return [...plain].slice(0, FALLBACK_TITLE_MAX).join('') + '…';
}

/** Stable key order so the emitted JSON is byte-identical across runs. */
function sortKeys(o: Record<string, JsonValue>): Record<string, JsonValue> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as JsonValue]));
}

