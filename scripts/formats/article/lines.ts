/**
 * The article's raw lines. Each non-blank line of a reposted article is one paragraph (or one
 * half of a heading the scrape split), so the rest of the format works on these records; the
 * offset lets messages point at seeds/<file>:line:col. See docs/formats/article.md.
 */
export interface Line {
  /** The line without surrounding whitespace. */
  text: string;
  /** 1-based line number in the normalized source. */
  line: number;
  /** Offset of the first non-blank character in the normalized source. */
  offset: number;
  /** Blank lines between this line and the previous content line (or the start). */
  blankBefore: number;
}

export interface SplitLines {
  lines: Line[];
  /** Empty lines after the last content line (001 has 28); layout only, never ink. */
  trailingBlank: number;
  /** Empty lines between content lines. */
  innerBlank: number;
}

export function splitLines(text: string): SplitLines {
  const lines: Line[] = [];
  let blankRun = 0;
  let innerBlank = 0;
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (text) {
      if (lines.length > 0) innerBlank += blankRun;
      lines.push({ text, line: i + 1, offset: offset + raw.indexOf(text), blankBefore: blankRun });
      blankRun = 0;
    } else blankRun++;
    offset += raw.length + 1;
  });
  // A final newline yields one empty split piece that is not a blank line of its own.
  const trailingBlank = text.endsWith('\n') ? Math.max(0, blankRun - 1) : blankRun;
  return { lines, trailingBlank, innerBlank };
}

/** Ends like a sentence: 。！？ (or ASCII !?), an ellipsis, optionally inside closing quotes. */
export const SENTENCE_END = /[。！？!?…][”’」』"')）]*$/;
/** Number of characters (code points). */
export const len = (s: string): number => [...s].length;
