/**
 * The 目录: cut out before dedupe (its headings would otherwise turn the real headings into
 * "copies"), parsed into entries that later build and validate the outline. Page numbers are
 * glued to the next entry's number (`73.促进…` is page 7, entry 3.), so an entry's page is the
 * shortest digit run that leaves a well-formed next entry.
 */
import type { Ledger } from '../../lib/ledger.ts';
import type { CleanInput } from '../types.ts';

export type TocLevel = 'chapter' | 'section' | 'item';

export interface TocEntry {
  level: TocLevel;
  /** 一 / (一) / 1. as printed. */
  label: string;
  /** Title as printed in the TOC (ASCII punctuation, extractor spaces kept). */
  title: string;
  page: number;
}

const START = String.raw`(?:[一二三四五六七八九十]、|\([一二三四五六七八九十]\)|\d\.(?!\d))`;
const ENTRY = new RegExp(
  String.raw`([一二三四五六七八九十]、|\([一二三四五六七八九十]\)|\d\.(?!\d))(.+?) ?(\d{1,2})(?=${START}|\d*$)`,
  'gu',
);

export interface TocCut {
  before: string;
  toc: string;
  after: string;
}

/**
 * From 目录 to the first chapter opener: chapter 一's title without its 、, which the text layer
 * glues to the running header when the document has one (`直播电商高质量发展报告一直播电商…`).
 */
export function cutToc(text: string, header: string | null, input: CleanInput): TocCut | null {
  const start = text.indexOf('目录');
  const firstEntry = start < 0 ? null : /目录\s*(一、[^ \d]+)/.exec(text.slice(start));
  const opener = firstEntry ? text.indexOf(`${header ?? ''}${firstEntry[1]!.replace('、', '')}`, start) : -1;
  if (start < 0 || opener < 0) {
    input.issues.warn(
      `expected a table of contents starting at 目录 and ending where chapter 一 opens, found ${start < 0 ? 'no 目录' : 'no chapter 一 after it'}`,
      `seeds/${input.source.file}`,
      { rule: 'pdf-slices/no-toc', hint: 'headings are found by pattern (一、 / 1 标题) instead of from the TOC' },
    );
    return null;
  }
  const toc = text.slice(start, opener);
  input.ledger.remove('table of contents (validates headings)', toc);
  return { before: text.slice(0, start), toc, after: text.slice(opener) };
}

/** The TOC was printed twice (a copy); parse the first run, which ends where entry 1 repeats. */
export function parseToc(toc: string): TocEntry[] {
  const body = toc.replace(/^目录/, '');
  const first = /^一、[^ \d]+/.exec(body)?.[0] ?? '';
  const again = first ? body.indexOf(first, first.length) : -1;
  const run = again > 0 ? body.slice(0, again) : body;
  const entries: TocEntry[] = [];
  for (const m of run.matchAll(ENTRY)) {
    const label = m[1]!.replace('、', '');
    const level: TocLevel = m[1]!.endsWith('、') ? 'chapter' : m[1]!.startsWith('(') ? 'section' : 'item';
    entries.push({ level, label, title: m[2]!.trim(), page: Number(m[3]) });
  }
  return entries;
}

/**
 * A TOC that is not the report kind's (no chapter 一 opener): `目 录` or `目录`, entries with page
 * numbers written `- 3 -` or with dot leaders (`零件图 2...`, `工艺分析 3..`). It runs until its
 * first entry is printed again, where the body starts (`目 录引 言- 1 -…参考文献- 20 -引 言近几年来`).
 * Cut, not parsed: the body's headings are found by pattern. At least MIN_LOOSE page markers.
 */
const LOOSE_TOC = /目\s?录\s*/u;
const LOOSE_PAGE = /-\s?\d{1,3}\s?-|\d{1,3}\s?\.{2,}|\.{2,}\s?\d{1,3}/gu;
const MIN_LOOSE = 3;

export function cutLooseToc(text: string, ledger: Ledger): string {
  const m = LOOSE_TOC.exec(text);
  if (!m) return text;
  const from = m.index + m[0].length;
  // The first entry: up to its page number.
  const first = /^(.{2,24}?)\s?(?=-\s?\d{1,3}\s?-|\d{1,3}\s?\.{2,}|\.{2,})/u.exec(text.slice(from));
  if (!first) return text;
  const again = text.indexOf(first[1]!, from + first[0].length);
  if (again < 0) return text;
  const toc = text.slice(m.index, again);
  if ((toc.match(LOOSE_PAGE) ?? []).length < MIN_LOOSE) return text;
  ledger.remove('table of contents', toc);
  return text.slice(0, m.index) + text.slice(again);
}
