/**
 * Page-break splits in an export with one paragraph per line (docs/formats/pdf-text.md, "Split
 * paragraphs"; hard-wrapped exports go through reflow.ts instead). At a page break the exporter writes the paragraph's end, that page's
 * footnote definitions, then the rest of the paragraph, so a body paragraph that does not end a
 * sentence continues in the next body paragraph, skipping only blanks and definitions.
 * Definitions pass through as their own units, to be lifted into the notes.
 */
import type { Ctx } from './context.ts';
import type { Line, LineKind } from './lines.ts';
import { SUPERSCRIPTS } from './markers.ts';

export type Unit =
  | { kind: 'paragraph'; text: string; line: Line; part?: boolean; slug?: string }
  | { kind: Exclude<LineKind, 'blank' | 'body'>; text: string; line: Line; part?: boolean; slug?: string };

export interface Join {
  rule: 'terminator' | 'overlap';
  /** First line of the continuation. */
  at: Line;
  /** Last characters before the break and first after it, for tests and the report. */
  before: string;
  after: string;
}

const TRAILING = new RegExp(`[${SUPERSCRIPTS}*”’）》]+$`, 'u');

/** Ends in 。！？ once trailing note markers, bold markup and closing ”’）》 are stripped. */
export function endsSentence(p: string): boolean {
  return /[。！？]$/.test(p.replace(TRAILING, ''));
}

/**
 * The repeated-character split: P ends X。 and N starts X，(数字化浪潮的影响。| 响，成为…).
 * Returns the repeated character, or null.
 */
function overlap(p: string, n: string): string | null {
  const tail = [...p].slice(-2);
  const head = [...n].slice(0, 2);
  return tail[1] === '。' && head[1] === '，' && tail[0] === head[0] && tail[0] !== undefined ? tail[0] : null;
}

export function joinSplits(lines: readonly Line[], ctx: Ctx): { units: Unit[]; joins: Join[] } {
  const units: Unit[] = [];
  const joins: Join[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    i++;
    if (line.kind === 'blank') continue;
    if (line.kind !== 'body') {
      units.push({ kind: line.kind, text: line.text, line });
      continue;
    }
    let text = line.text;
    for (;;) {
      let k = i;
      const defs: Line[] = [];
      while (k < lines.length && (lines[k]?.kind === 'blank' || lines[k]?.kind === 'def')) {
        if (lines[k]?.kind === 'def') defs.push(lines[k] as Line);
        k++;
      }
      const next = lines[k];
      if (!next || next.kind !== 'body') break;
      const x = overlap(text, next.text);
      if (x === null && endsSentence(text)) break;
      const join: Join = { rule: x === null ? 'terminator' : 'overlap', at: next, before: text.slice(-6), after: next.text.slice(0, 6) };
      if (x !== null) {
        ctx.ledger.remove('page-break overlap (repeated character)', `${x}。`);
        text = text.slice(0, -1) + next.text.slice(x.length);
      } else text += next.text;
      joins.push(join);
      for (const d of defs) units.push({ kind: 'def', text: d.text, line: d });
      i = k + 1;
    }
    units.push({ kind: 'paragraph', text, line });
  }
  return { units, joins };
}
