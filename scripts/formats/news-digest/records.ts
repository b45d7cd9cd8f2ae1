/**
 * The page's line structure (docs/formats/news-digest.md "Records"): chrome lines, then
 * records of a title line, a dateline and the body line(s) up to the next record's title.
 * Datelines are parsed here and never text-cleaned.
 *
 * Nothing here rejects a page: a record without a title or body, or a body of several lines,
 * is read as well as it can be and reported by the caller.
 */

/**
 * `新浪财经· 2026-02-12 19:49`, `3 6 Ke·2025-12-29 09:53`, or the bare `2025-11-18 20:32` of a
 * document without an outlet. The outlet is short and holds no sentence punctuation, so a prose
 * line that happens to end in a date is not a dateline.
 */
export const DATELINE = /^(?:([^\s·・•，。；：,;:!?！？][^·・•，。；！？]{0,29}?)\s*[·・•]\s*)?(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})\s*$/u;

export interface RawLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** Offset of the line's first character in the text. */
  offset: number;
}

export interface RawRecord {
  /** 0-based, in file order (newest first on a tag page). */
  index: number;
  /** The line before the dateline; absent when the dateline opens the page or follows a blank line. */
  title?: RawLine;
  dateline: RawLine;
  /** Non-blank lines after the dateline, up to the next record's title. */
  body: RawLine[];
  /** Blank lines inside the record (layout). */
  blank: number;
  /** The outlet as written, or absent when the dateline gives only the time. */
  outlet?: string;
  /** ISO date-time in China Standard Time: 2026-02-12T19:49+08:00. */
  published: string;
}

export interface PageLines {
  /** Non-blank lines before the first record: the tag and button labels of the saved page. */
  chrome: RawLine[];
  records: RawRecord[];
  /** Every line, blank ones included (for the no-record fallback). */
  lines: RawLine[];
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

export function parseDateline(text: string): { outlet?: string; published: string } | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const outlet = m[1]?.trim();
  return { ...(outlet ? { outlet } : {}), published: `${m[2]}T${m[3]}+08:00` };
}

const blank = (l: RawLine | undefined): boolean => l === undefined || l.text.trim() === '';

/**
 * A record is anchored on its dateline: the title is the line just before it, the body runs to
 * the line before the next record's title (or the end of the page). Chrome is what precedes the
 * first title.
 */
export function readRecords(text: string): PageLines {
  const lines = splitLines(text);
  const dated = lines.flatMap((l, i) => (DATELINE.test(l.text) ? [i] : []));
  if (dated.length === 0) return { chrome: [], records: [], lines };
  const titleAt = (d: number): number | undefined => (d > 0 && !blank(lines[d - 1]) && !dated.includes(d - 1) ? d - 1 : undefined);
  const firstStart = titleAt(dated[0]!) ?? dated[0]!;
  const chrome = lines.slice(0, firstStart).filter((l) => !blank(l));
  const records = dated.map((d, k): RawRecord => {
    const t = titleAt(d);
    const next = dated[k + 1];
    const end = next === undefined ? lines.length : (titleAt(next) ?? next);
    const inside = lines.slice(d + 1, end);
    const { outlet, published } = parseDateline(lines[d]!.text)!;
    return {
      index: k,
      ...(t !== undefined ? { title: lines[t]! } : {}),
      dateline: lines[d]!,
      body: inside.filter((l) => !blank(l)),
      blank: inside.filter(blank).length,
      ...(outlet ? { outlet } : {}),
      published,
    };
  });
  return { chrome, records, lines };
}
