/**
 * Footnotes keep their source numbers (docs/formats/pdf-text.md, "Footnotes"). Markers are
 * superscript digits glued to the text (a maximal run is one number: ¹⁰ = 10; pages.ts turns a
 * pdftotext export's plain glued digit into one); definitions are lines that start with a
 * marker. Each note goes to the chapter that references it (a marker on a figure caption counts);
 * a referenced note without a definition gets a placeholder flagged missing, so the reader sees
 * the gap instead of a dead link.
 */
import type { Chapter, Footnote, Block, Inline } from '../../lib/doc.ts';
import type { Ctx } from './context.ts';
import { toInlines } from './inline.ts';
import type { Line } from './lines.ts';
import { SUPERSCRIPTS, superscriptNumber } from './markers.ts';

export const MISSING_NOTE_TEXT = '原文缺少此注释';

export interface NoteDef {
  n: number;
  line: Line;
  children: Inline[];
}

const DEF = new RegExp(`^([${SUPERSCRIPTS}]+)\\s*`, 'u');

/** A definition line → its number (moved out of the text) and its converted text. */
export function parseDef(line: Line, ctx: Ctx): NoteDef {
  const m = DEF.exec(line.text);
  if (!m) throw new Error(`parseDef: not a definition line: ${line.text}`);
  ctx.ledger.move('footnote number → note n', m[1] ?? '');
  return { n: superscriptNumber(m[1] ?? ''), line, children: toInlines(line.text.slice(m[0].length), ctx) };
}

function refsIn(blocks: readonly Block[], out: number[]): void {
  const walk = (nodes: readonly Inline[]): void => {
    for (const n of nodes) {
      if (n.type === 'fnref') out.push(n.n);
      else if (n.type === 'strong' || n.type === 'link') walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') walk(b.children);
    else if (b.type === 'list') b.items.forEach(walk);
    else if (b.type === 'figure') out.push(...(b.noteRefs ?? []));
    else if (b.type === 'callout') {
      walk(b.title);
      refsIn(b.children, out);
    }
  }
}

/** Raw offset of the first marker for note n outside definition lines, for messages. */
function refOffset(ctx: Ctx, n: number): number {
  const re = new RegExp(`(?<=[^\\n${SUPERSCRIPTS}])[${SUPERSCRIPTS}]+`, 'gu');
  for (const m of ctx.text.matchAll(re)) if (superscriptNumber(m[0]) === n) return m.index;
  return 0;
}

/**
 * Put every definition in the chapter of its first reference, sorted by number; generate
 * placeholders for referenced notes that are never defined.
 */
export function attachFootnotes(chapters: Chapter[], defs: readonly { def: NoteDef; chapter: number }[], ctx: Ctx): { missing: number[] } {
  const home = new Map<number, Chapter>();
  for (const ch of chapters) {
    const refs: number[] = [];
    refsIn(ch.blocks, refs);
    for (const n of refs) if (!home.has(n)) home.set(n, ch);
  }
  const byN = new Map<number, NoteDef>();
  for (const { def: d, chapter } of defs) {
    const prev = byN.get(d.n);
    if (prev) {
      ctx.issues.warn(
        `note ${d.n} is defined twice (first at ${ctx.at(prev.line.offset)}); expected one definition per note number; found "${d.line.text.slice(0, 20)}…"; the first is kept`,
        ctx.at(d.line.offset),
        { rule: 'pdf-text/note-defined-twice' },
      );
      continue;
    }
    byN.set(d.n, d);
    const ch = home.get(d.n);
    if (ch) ch.footnotes.push({ n: d.n, children: d.children });
    else {
      ctx.issues.warn(`note ${d.n} is defined but never referenced; expected a superscript ${d.n} in the text; kept it in the chapter where it is defined`, ctx.at(d.line.offset), {
        rule: 'pdf-text/note-unreferenced',
      });
      chapters[chapter]?.footnotes.push({ n: d.n, children: d.children });
    }
  }
  const missing: number[] = [];
  for (const [n, ch] of home) {
    if (byN.has(n)) continue;
    missing.push(n);
    ctx.ledger.insert('placeholder for a missing note', MISSING_NOTE_TEXT);
    const note: Footnote = { n, missing: true, children: [{ type: 'text', value: MISSING_NOTE_TEXT }] };
    ch.footnotes.push(note);
    ctx.issues.warn(
      `note ${n} is referenced but never defined; expected a definition line starting with its superscript number; added a placeholder "${MISSING_NOTE_TEXT}" (the source lacks it, nothing to fix)`,
      ctx.at(refOffset(ctx, n)),
      { rule: 'pdf-text/note-undefined' },
    );
  }
  for (const ch of chapters) ch.footnotes.sort((a, b) => a.n - b.n);
  return { missing: missing.sort((a, b) => a - b) };
}
