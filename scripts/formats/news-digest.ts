/**
 * news-digest: an aggregator's topic, tag, channel or company page saved as text
 * (docs/formats/news-digest.md). A few chrome lines (the tag, button labels), then records of a
 * title line, a dateline (`媒体名· 2025-01-01 08:00`) and a body: usually one digest line of
 * sections (`heading - bullet [1][2] - bullet [3] heading - …`), sometimes a plain excerpt.
 * Near-duplicate records of the same story are grouped into one chapter; nothing is deleted.
 * A page cut off inside its last record publishes, marked truncated.
 */
import type { Block, CleanDoc, JsonValue } from '../lib/doc.ts';
import type { IssueList } from '../lib/issues.ts';
import { Ledger } from '../lib/ledger.ts';
import { excerpt, lineCol } from '../lib/text.ts';
import type { CleanInput, Detection, FormatModule } from './types.ts';
import { buildChapters, NO_OUTLET } from './news-digest/chapters.ts';
import { clusterDigests } from './news-digest/cluster.ts';
import { isDigest } from './news-digest/digest.ts';
import { readerProse, readerText, type InlineCounts } from './news-digest/inline.ts';
import { parseOverrides } from './news-digest/overrides.ts';
import { DATELINE, readRecords, splitLines, type RawLine, type RawRecord } from './news-digest/records.ts';
import { readRecord, sectionsOf, type CleanRecord, type RecordReading } from './news-digest/sections.ts';

/** Button and link labels of aggregator pages that a text save keeps as lines of their own. */
const CHROME_LABELS = new Set(['搜索文档', 'Workflow', 'icon']);

function recordShape(text: string) {
  const { chrome, records } = readRecords(text);
  const titled = records.filter((r) => r.title && r.body.length > 0);
  return {
    records: titled.length,
    outlets: titled.filter((r) => r.outlet).length,
    digests: titled.filter((r) => r.body.some((l) => isDigest(l.text))).length,
    excerpts: titled.filter((r) => r.body.some((l) => /\s(?:\.{3}|…)$/.test(l.text))).length,
    labels: chrome.filter((l) => CHROME_LABELS.has(l.text.trim())).length,
  };
}

/**
 * A record is a title line, a dateline and a body. One dated record alone is weak evidence (an
 * article can carry a date line); an outlet in the dateline, digest grammar with [n]
 * citations, the aggregator's button labels, more than one record and excerpt ellipses add to it.
 */
function detect(text: string): Detection {
  const s = recordShape(text);
  if (s.records === 0) return { score: 0, evidence: 'no title + dateline + body record' };
  const score =
    0.35 + (s.outlets > 0 ? 0.25 : 0) + (s.digests > 0 ? 0.25 : 0) + (s.labels > 0 ? 0.1 : 0) + (s.records >= 2 ? 0.1 : 0) + (s.excerpts > 0 ? 0.05 : 0);
  const evidence = [
    `${s.records} record${s.records === 1 ? '' : 's'} (title, dateline, body)`,
    `${s.outlets} with an outlet (outlet· date time)`,
    `${s.digests} digest${s.digests === 1 ? '' : 's'} ("heading - bullet [1]")`,
    ...(s.labels ? [`${s.labels} aggregator button label${s.labels === 1 ? '' : 's'}`] : []),
    ...(s.excerpts ? [`${s.excerpts} excerpt${s.excerpts === 1 ? '' : 's'} ending in "..."`] : []),
  ].join(', ');
  return { score: Math.min(1, score), evidence };
}

const where = (file: string, text: string, offset: number): string => {
  const { line, col } = lineCol(text, offset);
  return `seeds/${file}:${line}:${col}`;
};

/** The chrome: the first line that is not a button label is the page's tag; the labels go. */
function readChrome(chrome: readonly RawLine[], file: string, ledger: Ledger, issues: IssueList): string | undefined {
  let tag: string | undefined;
  for (const l of chrome) {
    const t = l.text.trim();
    if (CHROME_LABELS.has(t)) ledger.remove('site chrome', l.text);
    else if (tag === undefined) {
      tag = t;
      ledger.move('tag → metadata', l.text);
    } else {
      ledger.remove('site chrome', l.text);
      issues.warn(`expected the page's tag and button labels before the first record, found another line`, `seeds/${file}:${l.line}:1`, {
        rule: 'news-digest/unknown-chrome',
        hint: 'dropped as site chrome; if it is text, it belongs to a record (title, dateline, body)',
      });
    }
  }
  return tag;
}

/** No dateline at all: the lines are published as paragraphs of one chapter. */
function noRecords(lines: readonly RawLine[], file: string, ledger: Ledger, issues: IssueList): CleanDoc {
  issues.warn(`expected records of a title line and a dateline like "媒体名· 2025-01-01 08:00", found no dateline`, `seeds/${file}:1:1`, {
    rule: 'news-digest/no-records',
    hint: 'published as paragraphs; check that the file is an aggregator page, or leave "format" out to have it detected',
  });
  const counts: InlineCounts = { spaceCommas: 0, boldLabels: 0, wrapSpaces: 0 };
  const [first, ...rest] = lines.filter((l) => l.text.trim() !== '');
  const title = first ? readerText(first.text, ledger) : '';
  const blocks: Block[] = rest.map((l) => ({ type: 'paragraph', children: readerProse(l.text, ledger, counts) }));
  return {
    meta: title ? { title } : {},
    chapters: [{ slug: 'page', title: title || file, blocks: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title || file }] }, ...blocks], footnotes: [], meta: {} }],
    stats: { records: 0 },
  };
}

/** A short line that carries a date but not in the dateline's form (`证券日报网 2026/01/29 17:17`). */
const DATELIKE = /^.{0,30}?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2})?\s*$/u;

function report(rec: RawRecord, reading: RecordReading, isLast: boolean, text: string, file: string, issues: IssueList): void {
  const at = (offset: number) => where(file, text, offset);
  for (const l of rec.body)
    if (DATELIKE.test(l.text.trim()))
      issues.warn(`expected a dateline like "媒体名· 2025-01-01 08:00" (outlet, "·", date, time), found "${excerpt(l.text)}"`, `seeds/${file}:${l.line}:1`, {
        rule: 'news-digest/unread-dateline',
        hint: 'the line and the title before it are published as text of the record above; write the dateline as outlet· YYYY-MM-DD HH:MM',
      });
  if (!rec.title)
    issues.warn(`expected a title line before the dateline "${rec.dateline.text}", found none`, `seeds/${file}:${rec.dateline.line}:1`, {
      rule: 'news-digest/untitled-record',
      hint: 'the record is published under its date; put its title on the line before the dateline',
    });
  if (rec.body.length === 0 && !isLast)
    issues.warn(`expected the record's text after the dateline "${rec.dateline.text}", found the next record`, `seeds/${file}:${rec.dateline.line}:1`, {
      rule: 'news-digest/empty-record',
      hint: 'the record is published with its title only',
    });
  for (const p of reading.problems) {
    if (p.kind === 'no-citations')
      issues.warn(`expected a digest bullet ending in citations like "… [1][2]", found "${excerpt(p.text, 40)}"`, at(p.offset), {
        rule: 'news-digest/bullet-without-citations',
        hint: 'published as a bullet without citations; a following heading may be part of it',
      });
    else if (p.kind === 'trailing-heading')
      issues.warn(`expected the digest to end with a bullet's citations, found a heading "${excerpt(p.text)}" with no bullets`, at(p.offset), {
        rule: 'news-digest/trailing-heading',
        hint: 'published as an empty section heading',
      });
  }
  if (reading.cut) {
    const last = rec.body.at(-1) ?? rec.dateline;
    const tail = [...last.text.trimEnd()].slice(-12).join('');
    issues.warn(`expected the last record to end with a complete bullet or sentence, found the text stops at "…${tail}"`, `seeds/${file}:${last.line}:${[...last.text.trimEnd()].length}`, {
      rule: 'news-digest/truncated-record',
      hint: 'the page was saved cut off; published as far as it goes and marked truncated for readers',
    });
  }
}

/** What the page itself states: its tag as title, else a single record's; one outlet; one date. */
function statedMeta(tag: string | undefined, records: readonly CleanRecord[]): Record<string, JsonValue> {
  const meta: Record<string, JsonValue> = {};
  // The tag was booked as moved to metadata; widening it for the title is not ink the page shows.
  const title = tag ? readerText(tag, new Ledger()) : records.length === 1 ? records[0]!.title : undefined;
  if (title) meta.title = title;
  const outlets = new Set(records.map((r) => r.outlet ?? NO_OUTLET));
  if (outlets.size === 1 && !outlets.has(NO_OUTLET)) meta.publisher = [...outlets][0]!;
  const dates = new Set(records.map((r) => r.published.slice(0, 10)));
  if (dates.size === 1) meta.published = [...dates][0]!;
  return meta;
}

function clean({ text, source, overrides, ledger, issues }: CleanInput): CleanDoc {
  const file = source.file;
  // 1. Line structure: chrome (the tag, button labels) then records anchored on datelines.
  const page = readRecords(text);
  if (page.records.length === 0) return noRecords(page.lines, file, ledger, issues);
  const tag = readChrome(page.chrome, file, ledger, issues);

  // 2. Each record's body: digest grammar, or excerpt paragraphs. Citations come off first, so
  //    the space that breaks a section is never read as a comma; spacing, widening last.
  const counts: InlineCounts = { spaceCommas: 0, boldLabels: 0, wrapSpaces: 0 };
  const lastIndex = page.records.length - 1;
  const read = page.records.map((r) => readRecord(r, r.index === lastIndex, ledger, counts));
  read.forEach(({ reading }, i) => report(page.records[i]!, reading, i === lastIndex, text, file, issues));
  const records = read.map(({ record }) => (record.title ? record : { ...record, title: `无标题（${record.published.slice(0, 10)}）` }));
  const truncated = new Set(read.flatMap(({ reading }, i) => (reading.cut ? [i] : [])));

  // 3. Group near-duplicate records into stories, one chapter each; nothing is deleted.
  const clustering = clusterDigests(page.records.map((r) => r.body.map((l) => l.text).join('\n')));
  const ov = parseOverrides(overrides, source.id, issues);
  const chapters = buildChapters({ records, clustering, overrides: ov, source, issues, truncated });
  for (const t of ov?.statement_tables ?? [])
    if (!chapters.some((c) => c.slug === t.chapter))
      issues.warn(`seeds/overrides/${source.id}.json: statement_tables: expected the slug of a chapter, found "${t.chapter}"`, `seeds/overrides/${source.id}.json`, {
        rule: 'news-digest/stale-override',
        hint: `the table is not built; use one of ${chapters.map((c) => c.slug).join(', ')}`,
      });

  const sections = records.flatMap(sectionsOf);
  const bullets = sections.flatMap((s) => s.items);
  const paragraphs = records.flatMap((r) => r.parts.flatMap((p) => (p.type === 'paragraphs' ? p.items : [])));
  const digests = read.flatMap(({ reading }) => reading.digests);
  return {
    meta: {
      ...(tag ? { tag } : {}),
      records: records.length,
      ...statedMeta(tag, records),
      ...(truncated.size > 0 ? { truncated: true } : {}),
    },
    chapters,
    stats: {
      records: records.length,
      chromeLines: page.chrome.length,
      headings: sections.filter((s) => s.heading !== '').length,
      bullets: bullets.length,
      citations: digests.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.bullets.reduce((k, b) => k + b.ns.length, 0), 0), 0),
      clusters: clustering.clusters.length,
      duplicates: records.length - clustering.clusters.length,
      spaceCommas: counts.spaceCommas,
      boldLabels: counts.boldLabels,
      ...(paragraphs.length > 0 ? { paragraphs: paragraphs.length, wrapSpaces: counts.wrapSpaces } : {}),
      ...(truncated.size > 0 ? { truncatedRecords: truncated.size } : {}),
    },
  };
}

export { DATELINE, splitLines };
export const newsDigest: FormatModule = { id: 'news-digest', label: '新闻摘要聚合页', defaults: { reliability: 'aggregator' }, detect, clean };
