/**
 * The 目录: cut out before dedupe (its headings would otherwise turn the real headings into
 * "copies"), parsed into entries that later build and validate the outline. Page numbers are
 * glued to the next entry's number (`73.促进…` is page 7, entry 3.), so an entry's page is the
 * shortest digit run that leaves a well-formed next entry.
 */
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

/** From 目录 to the first chapter opener (the book title glued to chapter 一). */
export function cutToc(text: string, input: CleanInput): TocCut | null {
  const start = text.indexOf('目录');
  const firstEntry = /目录\s*(一、[^ \d]+)/.exec(text.slice(start));
  const opener = firstEntry ? text.indexOf(`直播电商高质量发展报告${firstEntry[1]!.replace('、', '')}`, start) : -1;
  if (start < 0 || opener < 0) {
    input.issues.error(
      'expected a table of contents starting at 目录 and ending where chapter 一 opens (book title glued to "一直播电商…"), found none; the outline cannot be validated',
      `seeds/${input.source.file}:2:1`,
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
