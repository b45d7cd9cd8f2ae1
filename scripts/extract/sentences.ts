/**
 * Sentences of a paragraph or list item, as exact contiguous slices: their texts joined give
 * the input back, so a quote is always a substring of the chapter text.
 *
 * A sentence ends at 。！？ (ASCII !? too) plus any closing quotes or brackets right after it.
 * It also ends at ； when both the clause before it and the text after it run to at least
 * SEMICOLON_MIN characters: these reports chain whole statements with ； (002's history runs
 * eight years through one 。, 000 writes "…12.59亿次；“惊喜”…"), and a quote that long hides the
 * number; short ；-runs are enumerations (一是…；二是…) that read badly cut apart.
 * Whitespace after a boundary stays with the sentence before it, so every sentence starts on ink.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const SEMICOLON_MIN = 12;

const TERMINAL = /[。！？!?]/;
const SEMICOLON = /[；;]/;
const CLOSING = /[”’」』）》)\]"'】]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const cut = (end: number): void => {
    while (end < text.length && /\s/.test(text[end]!)) end++;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (TERMINAL.test(ch)) {
      let end = i + 1;
      while (end < text.length && (TERMINAL.test(text[end]!) || CLOSING.test(text[end]!))) end++;
      if (end >= text.length) break;
      cut(end);
      i = start - 1;
    } else if (SEMICOLON.test(ch)) {
      const before = text.slice(start, i).trim().length;
      const after = text.slice(i + 1).trim().length;
      if (before >= SEMICOLON_MIN && after >= SEMICOLON_MIN) {
        cut(i + 1);
        i = start - 1;
      }
    }
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}
