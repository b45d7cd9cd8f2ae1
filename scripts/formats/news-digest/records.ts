/**
 * The page's line structure: chrome lines, then records of exactly three lines (title,
 * dateline, digest). Datelines are parsed here and never text-cleaned.
 */
import type { IssueList } from '../../lib/issues.ts';
import { excerpt } from '../../lib/text.ts';

/** sources.md: `新浪财经· 2026-02-12 19:49` → outlet, date, time. */
export const DATELINE = /^(.+?)·\s*(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})$/;

export interface RawLine {
  text: string;
  /** 1-based line number in the seed. */
  line: number;
  /** Offset of the line's first character in the seed text. */
  offset: number;
}

export interface RawRecord {
  /** 0-based, in file order (newest first). */
  index: number;
  title: RawLine;
  dateline: RawLine;
  digest: RawLine;
  outlet: string;
  /** ISO date-time in China Standard Time: 2026-02-12T19:49+08:00. */
  published: string;
}

export interface PageLines {
  /** Lines before the first record: the tag and button labels of the saved page. */
  chrome: RawLine[];
  records: RawRecord[];
}

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let offset = 0;
  text.split('\n').forEach((t, i) => {
    lines.push({ text: t, line: i + 1, offset });
    offset += t.length + 1;
  });
  // A final newline would leave an empty last line; it is layout, not a record.
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  return lines;
}

/**
 * Chrome is whatever precedes the first title, i.e. everything up to the line before the
 * first dateline; the rest must be title/dateline/digest triples.
 */
export function readRecords(text: string, file: string, issues: IssueList): PageLines {
  const lines = splitLines(text);
  const firstDate = lines.findIndex((l) => DATELINE.test(l.text));
  if (firstDate < 1) {
    issues.error(
      `expected a dateline like "新浪财经· 2026-02-12 19:49" on the second line of the first record, found none; the file does not look like a digest page`,
      `seeds/${file}:1:1`,
    );
    return { chrome: [], records: [] };
  }
  const chrome = lines.slice(0, firstDate - 1);
  const body = lines.slice(firstDate - 1);
  if (body.length % 3 !== 0) {
    const last = body[body.length - (body.length % 3)]!;
    issues.error(
      `expected records of exactly three lines (title, dateline, digest), found ${body.length} lines after the chrome (${body.length % 3} left over); restore the missing line of the record starting here`,
      `seeds/${file}:${last.line}:1`,
    );
  }
  const records: RawRecord[] = [];
  for (let i = 0; i + 2 < body.length; i += 3) {
    const [title, dateline, digest] = [body[i]!, body[i + 1]!, body[i + 2]!];
    const m = DATELINE.exec(dateline.text);
    if (!m) {
      issues.error(
        `expected a dateline like "新浪财经· 2026-02-12 19:49" (outlet, "·", date, time), found "${excerpt(dateline.text)}"; fix the line or the record grouping above it`,
        `seeds/${file}:${dateline.line}:1`,
      );
      continue;
    }
    records.push({
      index: i / 3,
      title,
      dateline,
      digest,
      outlet: m[1]!.trim(),
      published: `${m[2]}T${m[3]}+08:00`,
    });
  }
  return { chrome, records };
}
