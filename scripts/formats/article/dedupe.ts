/**
 * Text the scrape pasted twice (docs/formats/article.md, "Repeated text"). Only true scrape
 * duplicates are dropped, never a line that merely shares words with its neighbour:
 *
 * - a run of one to three lines repeated right after itself (`A B A B` → `A B`; 2025 e-paper
 *   pages print title and subtitle twice);
 * - a paragraph that repeats the whole tail or head of the previous paragraph, at least one
 *   whole sentence of at least MIN_REPEAT characters, cut at a sentence boundary of the previous
 *   one (001: line 22 repeats the last two sentences of line 21).
 *
 * A short line that happens to be the start of the previous one (`甲乙丙丁。` after
 * `甲乙丙丁。戊己。`) is kept: that is how headings, summaries and quotes look.
 */
import type { Ledger } from '../../lib/ledger.ts';
import type { RawBlock } from './headings.ts';
import { len, type Line } from './lines.ts';

/** The shortest partial repeat taken for a scrape duplicate. */
export const MIN_REPEAT = 20;
const MAX_RUN = 3;
const BOUNDARY = /[。！？!?…；;][”’」』"')）]*$/;

/** Drop runs of lines repeated right after themselves. */
export function dropRepeatedRuns(lines: readonly Line[], ledger: Ledger): { kept: Line[]; dropped: Line[] } {
  const kept: Line[] = [];
  const dropped: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let run = 0;
    for (let k = MAX_RUN; k >= 1 && run === 0; k--) {
      if (kept.length < k || i + k > lines.length) continue;
      const prev = kept.slice(kept.length - k);
      if (prev.every((p, x) => p.text === lines[i + x]!.text)) run = k;
    }
    if (run === 0) {
      kept.push(lines[i]!);
      i++;
      continue;
    }
    for (const l of lines.slice(i, i + run)) {
      ledger.remove('repeated lines', l.text);
      dropped.push(l);
    }
    i += run;
  }
  return { kept, dropped };
}

/** Is `b` the tail or head of `a`, cut at a sentence boundary, long enough to be a paste? */
export function isPartialRepeat(a: string, b: string): boolean {
  if (b === a) return true;
  if (len(b) < MIN_REPEAT || b.length >= a.length) return false;
  if (a.endsWith(b)) return BOUNDARY.test(a.slice(0, a.length - b.length));
  if (a.startsWith(b)) return BOUNDARY.test(b);
  return false;
}

export function dropRepeatedParagraphs(blocks: readonly RawBlock[], ledger: Ledger): { kept: RawBlock[]; dropped: RawBlock[] } {
  const kept: RawBlock[] = [];
  const dropped: RawBlock[] = [];
  for (const b of blocks) {
    const prev = kept[kept.length - 1];
    if (b.kind === 'paragraph' && prev?.kind === 'paragraph' && isPartialRepeat(prev.text, b.text)) {
      ledger.remove('repeated paragraph', b.text);
      dropped.push(b);
      continue;
    }
    kept.push(b);
  }
  return { kept, dropped };
}
