/**
 * Section headings. The article numbers its sections 一、二、三、; the scrape broke two of them
 * after a `:` or `,`, putting the rest of the heading on the next line. sources.md (001):
 * merge when a numbered line ends in `:` or `,` and the next line has at most 20 characters
 * and no sentence end.
 */
import type { IssueList } from '../../lib/issues.ts';
import type { Line } from './lines.ts';

export interface RawBlock {
  kind: 'heading' | 'paragraph';
  /** Raw (unwidened) text; a merged heading is its two lines joined. */
  text: string;
  /** The line the block starts on. */
  at: Line;
}

const NUMBERED = /^[一二三四五六七八九十]+、/;
const BROKEN_AFTER = /[:,：，]$/;
const SENTENCE_END = /[。！？!?]/;
const TAIL_MAX = 20;
/** Longer numbered lines, or ones holding a sentence, are enumerated paragraphs, not headings. */
const HEADING_MAX = 40;

const isHeadingText = (s: string): boolean => [...s].length <= HEADING_MAX && !SENTENCE_END.test(s);

export function toBlocks(lines: readonly Line[], issues: IssueList, where: (l: Line) => string): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i];
    if (!at) continue;
    if (!NUMBERED.test(at.text) || !isHeadingText(at.text)) {
      blocks.push({ kind: 'paragraph', text: at.text, at });
      continue;
    }
    let text = at.text;
    const next = lines[i + 1];
    if (BROKEN_AFTER.test(text)) {
      if (next && [...next.text].length <= TAIL_MAX && !SENTENCE_END.test(next.text)) {
        text += next.text;
        i++;
      } else {
        issues.warn(
          `heading "${text}" ends in "${text.slice(-1)}" but the next line cannot be its continuation: ` +
            `expected a line of at most ${TAIL_MAX} characters without 。！？, found ${next ? `"${next.text.slice(0, 30)}"` : 'the end of the text'}. ` +
            'The heading is kept as written; check the source for a lost heading tail.',
          where(at),
        );
      }
    }
    blocks.push({ kind: 'heading', text, at });
  }
  return blocks;
}
