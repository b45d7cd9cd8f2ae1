/**
 * Stage 5 — emit: the only stage that produces files. It serializes each chapter's mdast to
 * MDX, re-parses what it wrote to prove no source text became code or changed, validates
 * every record with the site's schemas, and returns the files; the orchestrator writes them
 * in one atomic swap.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { formatZodError } from '../../src/schemas/errors.ts';
import { ingestReportSchema, type IngestReport } from '../../src/schemas/ingest-report.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { inlineChildren, type Block, type CleanDoc, type Inline, type JsonValue } from '../lib/doc.ts';
import { formatIssue, IssueList, type Issue } from '../lib/issues.ts';
import type { LedgerEntry } from '../lib/ledger.ts';
import { guardProblems } from '../lib/mdx-guard.ts';
import { parseMdx, toMdx } from '../lib/mdx.ts';
import type { Balance } from './clean.ts';
import type { ReadResult } from './read.ts';
import type { Detected } from './detect.ts';
import type { Source } from '../../src/schemas/source.ts';

/** A read source with its published record resolved (scripts/stages/metadata.ts). */
export type PublishedRead = Omit<ReadResult, 'source'> & { source: Source };
import { chapterTree } from './structure.ts';

/** Visible text of a tree: text nodes, including those inside our components. */
function visibleText(tree: Root): string {
  let s = '';
  visit(tree, (node) => {
    if (node.type === 'yaml') return 'skip';
    if (node.type === 'text' || node.type === 'inlineCode') s += node.value;
    return undefined;
  });
  return s.replace(/\s+/g, '');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function countStructure(doc: CleanDoc): IngestReport['structure'] {
  const c = { chapters: doc.chapters.length, headings: 0, paragraphs: 0, list_items: 0, callouts: 0, figures: 0, tables: 0, footnotes: 0, links: 0 };
  const inl = (nodes: readonly Inline[]): void => {
    for (const n of nodes) {
      if (n.type === 'link') c.links++;
      const kids = inlineChildren(n);
      if (kids) inl(kids);
    }
  };
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'heading') (c.headings++, inl(b.children));
      else if (b.type === 'paragraph') (c.paragraphs++, inl(b.children));
      else if (b.type === 'list') (c.list_items += b.items.length, b.items.forEach(inl));
      else if (b.type === 'callout') (c.callouts++, walk(b.children));
      else if (b.type === 'figure') c.figures++;
      else if (b.type === 'table') c.tables++;
    }
  };
  for (const ch of doc.chapters) {
    walk(ch.blocks);
    c.footnotes += ch.footnotes.length;
    ch.footnotes.forEach((f) => inl(f.children));
  }
  return c;
}

/** What emit needs of the earlier stages: plain data, so it can come from the cache. */
export interface EmitInput {
  doc: CleanDoc;
  ledger: LedgerEntry[];
  balance: Balance;
  /** Issues of the clean stage (warnings go into the ingest report). */
  issues: readonly Issue[];
}

export interface Emitted {
  /** Paths relative to content/generated/. */
  files: Map<string, string>;
  report: IngestReport;
  issues: IssueList;
}

/**
 * `flags` maps a fact id to the conflict or warning it takes part in, shown on its number.
 */
export function emitSource(
  read: PublishedRead,
  detection: Detected,
  cleaned: EmitInput,
  data: IngestReport['data'],
  flags: ReadonlyMap<string, string> = new Map(),
): Emitted {
  const { source } = read;
  const issues = new IssueList(source.id, 'emit');
  const files = new Map<string, string>();
  // Provenance that is too long for front matter (003's Traditional text) goes to its own file.
  const originals: Record<string, { text: string; raw_range?: JsonValue }> = {};

  // A chapter with no text (a heading the scrape kept, its body lost) is left out with a
  // warning: the rest of the document still publishes.
  const built = cleaned.doc.chapters.map((chapter) => ({ chapter, tree: chapterTree(chapter, source.id, source.title, flags) }));
  const kept = built.filter(({ chapter, tree }) => {
    const empty = toString(tree).trim().length === 0;
    if (empty)
      issues.warn(`expected text in chapter "${chapter.title}", found none`, undefined, { rule: 'emit/empty-chapter', hint: 'the chapter is left out of the site; the source has nothing under this heading' });
    return !empty;
  });
  const chapters = kept.map(({ chapter }) => chapter);
  kept.forEach(({ chapter, tree }, order) => {
    const where = `content/generated/chapters/${source.id}/${chapter.slug}.mdx`;
    const { original, raw_range, ...meta } = chapter.meta;
    if (typeof original === 'string') originals[chapter.slug] = raw_range === undefined ? { text: original } : { text: original, raw_range };
    const fm = { source: source.id, slug: chapter.slug, order, title: chapter.title, ...meta };
    const parsed = chapterSchema.safeParse(fm);
    if (!parsed.success) {
      formatZodError(`${where} (front matter)`, parsed.error, fm).forEach((m) => issues.bug('emit (chapter front matter)', m));
      return;
    }
    const mdx = toMdx(tree, parsed.data);
    // Prove the round trip: what MDX will parse is exactly our tree's text, and holds no code.
    // Either failing is a bug of the serializer, never the source's fault.
    const back = parseMdx(mdx);
    for (const p of guardProblems(back)) issues.bug('emit (MDX guard)', p.message, `${where}:${p.line}:${p.column}`);
    if (visibleText(back) !== visibleText(tree)) {
      const a = visibleText(tree);
      const b = visibleText(back);
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      issues.bug('emit (MDX round trip)', `expected the serialized MDX to read back as the same text, found a difference at character ${i}: "${a.slice(i, i + 20)}" became "${b.slice(i, i + 20)}"`, where);
    }
    files.set(`chapters/${source.id}/${chapter.slug}.mdx`, mdx);
  });

  const reportData = {
    ...source,
    meta: cleaned.doc.meta,
    chapters: chapters.map((c, order) => ({ slug: c.slug, title: c.title, order })),
  };
  const report = reportSchema.safeParse(reportData);
  if (!report.success) formatZodError(`content/generated/sources/${source.id}.json`, report.error, reportData).forEach((m) => issues.bug('emit (source record)', m));
  else files.set(`sources/${source.id}.json`, json(report.data));
  if (Object.keys(originals).length) files.set(`originals/${source.id}.json`, json(originals));

  const ingest: IngestReport = ingestReportSchema.parse({
    source: source.id,
    file: source.file,
    format: source.format,
    detection,
    sha256: read.sha256,
    bytes: read.bytes,
    chars_in: read.chars,
    chars_out: cleaned.balance.kept.total,
    balance: cleaned.balance,
    // Counts and reasons only: removed text (chrome, pinyin, garble) is not republished; the
    // raw file in seeds/ holds it, and the ledger's in-memory samples serve the tests.
    ledger: cleaned.ledger.map(({ samples: _samples, ...entry }) => entry),
    structure: countStructure(cleaned.doc),
    data,
    stats: cleaned.doc.stats,
    warnings: [...cleaned.issues, ...issues.items].filter((i) => i.severity === 'warning').map(formatIssue),
  });
  files.set(`ingest/${source.id}.json`, json(ingest));
  return { files, report: ingest, issues };
}
