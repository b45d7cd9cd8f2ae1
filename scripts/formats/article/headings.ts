/**
 * Body structure: headings by pattern, lists, else paragraphs (docs/formats/article.md,
 * "Headings and lists"). One non-blank line is one block.
 *
 * - Numbered headings: `一、` `（一）` `第三章` `1.` or a bare section number `1`, when short and
 *   without a sentence end. The scrape may break one after `:` or `,`, putting the rest on the
 *   next line (001: `一、政策锚点与学界共识:` + `生活经济是提振内需的关键`): merged when the next
 *   line has at most 20 characters and no sentence end.
 * - Run-in headings: a short line without end punctuation standing alone before a paragraph
 *   (`集群图强新动能`, `大模型没有垄断`).
 * - Lists: three or more short lines in a row (or two after a line ending in `:`), such as
 *   `灵感(inspiration)` / `构思(ideation)` / `实施(implementation)`.
 */
import type { IssueList } from '../../lib/issues.ts';
import { NUMBERED_HEADING } from './front.ts';
import { len, SENTENCE_END, type Line } from './lines.ts';

export interface RawBlock {
  kind: 'heading' | 'paragraph' | 'list';
  /** Raw (unwidened) text; a merged heading is its two lines joined; a list's items joined by \n. */
  text: string;
  /** The line the block starts on. */
  at: Line;
  /** List items (raw), for kind 'list'. */
  items?: string[];
}

const BROKEN_AFTER = /[:,：，]$/;
const SENTENCE_INSIDE = /[。！？!?]/;
const TAIL_MAX = 20;
/** Longer numbered lines, or ones holding a sentence, are enumerated paragraphs, not headings. */
const HEADING_MAX = 40;
/** A run-in heading or list item: a short line that does not end like a clause or sentence. */
const SHORT_MAX = 25;
const CLAUSE_END = /[，,、；;：:]$/;
/** Blank lines that end a run of short lines: a new group (list, credits) starts after them. */
const SECTION_GAP = 3;

const isHeadingText = (s: string): boolean => len(s) <= HEADING_MAX && !SENTENCE_INSIDE.test(s);
const isShort = (s: string): boolean => len(s) <= SHORT_MAX && !SENTENCE_END.test(s) && !CLAUSE_END.test(s) && !SENTENCE_INSIDE.test(s);

export function toBlocks(lines: readonly Line[], issues: IssueList, where: (l: Line) => string): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i];
    if (!at) continue;
    if (NUMBERED_HEADING.test(at.text) && isHeadingText(at.text)) {
      let text = at.text;
      const next = lines[i + 1];
      if (BROKEN_AFTER.test(text)) {
        if (next && len(next.text) <= TAIL_MAX && !SENTENCE_INSIDE.test(next.text) && !NUMBERED_HEADING.test(next.text)) {
          text += next.text;
          i++;
        } else {
          issues.warn(
            `expected the heading "${text}", which ends in "${text.slice(-1)}", to continue on the next line (at most ${TAIL_MAX} characters without 。！？), ` +
              `found ${next ? `"${next.text.slice(0, 30)}"` : 'the end of the text'}`,
            where(at),
            { rule: 'article/heading-tail', hint: 'the heading is kept as written; check the source for a lost heading tail' },
          );
        }
      }
      blocks.push({ kind: 'heading', text, at });
      continue;
    }
    if (isShort(at.text)) {
      // A run of short lines: a list when there are three or more, or two after a line ending in `:`.
      let j = i;
      while (j < lines.length && isShort(lines[j]!.text) && !NUMBERED_HEADING.test(lines[j]!.text) && (j === i || lines[j]!.blankBefore < SECTION_GAP)) j++;
      const run = lines.slice(i, j);
      const prev = lines[i - 1];
      const introduced = prev !== undefined && /[:：]$/.test(prev.text);
      const next = lines[j];
      if (run.length >= 3 || (run.length === 2 && introduced)) {
        blocks.push({ kind: 'list', text: run.map((l) => l.text).join('\n'), at, items: run.map((l) => l.text) });
        i = j - 1;
        continue;
      }
      // One or two short lines before more text: run-in headings.
      if (next !== undefined) {
        for (const l of run) blocks.push({ kind: 'heading', text: l.text, at: l });
        i = j - 1;
        continue;
      }
    }
    blocks.push({ kind: 'paragraph', text: at.text, at });
  }
  return blocks;
}
