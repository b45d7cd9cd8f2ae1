/**
 * Hard-wrapped exports (docs/formats/pdf-text.md, "Wrapped lines"). pdftotext breaks every
 * paragraph at the page width, so one paragraph is many lines of nearly the same width and
 * ends with a shorter one. A line as wide as the page continues in the next line — also across
 * a page break, once page numbers and headers are gone — unless it ends a sentence and the next
 * line opens a block (a numbered heading, a caption, a source note). Footnote definitions pass
 * through without closing the paragraph they interrupt.
 *
 * Exports that write one paragraph per line (blank-line paragraphs) are not
 * wrapped; joins.ts handles their page-break splits.
 */
import type { Ctx } from './context.ts';
import type { Unit } from './joins.ts';
import type { Line } from './lines.ts';
import { joinText } from './pages.ts';
import { partSlug } from './regions.ts';

export interface Wrap {
  /** The page width in display columns (the commonest width of long lines). */
  width: number;
  /** A line at least this wide reaches the right margin. */
  full: number;
}

/** The page width when the export is hard-wrapped, or null when lines are whole paragraphs. */
export function wrapWidth(lines: readonly Line[]): Wrap | null {
  const widths = lines.filter((l) => l.text !== '').map((l) => l.width);
  if (widths.length < 40) return null;
  const counts = new Map<number, number>();
  for (const w of widths) if (w >= 20) counts.set(w, (counts.get(w) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  if (width < 30 || width > 160) return null;
  const full = Math.floor(width * 0.88);
  const within = widths.filter((w) => w >= full && w <= width + 6).length;
  const wider = widths.filter((w) => w > width + 6).length;
  return within >= 20 && within >= widths.length * 0.25 && wider < widths.length * 0.1 ? { width, full } : null;
}

const TERMINAL = /[。！？：；]$/;
/** Ends inside a sentence: on a Han character, a digit or letter, a comma, a dash or an opening mark. */
const MID_SENTENCE = /[\p{Script=Han}\dA-Za-z，、—“《（]$/u;
const NOTE_START = /^(?:(?:数据来源|资料来源|来源|注|备注|说明)[：:]|▲|[•●◆■□▪▶►])/u;
/** An entry of a reference list: `[1]作者.题名[EB/OL].网址`. */
const REFERENCE = /^\[\d{1,3}\]\s*\S/u;
const HEADING_KINDS = new Set(['chapter', 'section', 'subsection', 'numbered', 'paren', 'figure', 'table-caption', 'case']);

/** Does this line open a block of its own (when the line before it ends a sentence)? */
export function opensBlock(l: Line): boolean {
  return HEADING_KINDS.has(l.kind) || NOTE_START.test(l.text) || REFERENCE.test(l.text) || partSlug(l.text) !== null;
}

interface Open {
  kind: Unit['kind'];
  text: string;
  line: Line;
  /** Width of the visual line being built: pdftotext cuts a justified line at wide gaps. */
  acc: number;
  /** Lines in the unit so far. */
  lines: number;
  /** Did the unit start with a source note (来源：…)? */
  note: boolean;
  /** Page of the last line taken. */
  page: number;
}

export function reflow(lines: readonly Line[], wrap: Wrap, ctx: Ctx): Unit[] {
  const units: Unit[] = [];
  let cur: Open | null = null;
  const flush = (): void => {
    if (cur) units.push({ kind: cur.kind, text: cur.text, line: cur.line } as Unit);
    cur = null;
  };
  /** May `l` continue the open unit `c`? */
  const continues = (c: Open, l: Line, blank: boolean): boolean => {
    const heading = c.kind !== 'paragraph' && c.kind !== 'short';
    // A source note or caption wider than the text block stands alone, and so does one
    // followed by a blank line on its page.
    if (c.note && (c.acc > wrap.width + 6 || (blank && l.page === c.page))) return false;
    // `…2019(1` / `0):209-210.`: a number closing a bracket the line before opened is no item.
    if (/^\d{1,3}[)）]/u.test(l.text) && (c.text.match(/[（(]/gu)?.length ?? 0) > (c.text.match(/[)）]/gu)?.length ?? 0)) return true;
    // In a reference list every entry starts anew, however wide the line before.
    if (REFERENCE.test(l.text) && REFERENCE.test(c.line.text)) return false;
    // A short unpunctuated line at the top of a page is a page title, not a paragraph's end.
    if (l.page !== c.page && l.kind === 'short') return false;
    if (c.acc >= wrap.full) {
      // The last line reached the margin: the text runs on, unless a block opens here.
      if (heading) return l.width < wrap.full && !TERMINAL.test(l.text) && !opensBlock(l);
      const blocks = opensBlock(l) && (TERMINAL.test(c.text) || c.note || l.width < wrap.full);
      return !blocks;
    }
    // A long line that stops mid-sentence (no punctuation at its end) runs on: the exporter
    // measured it short (an indented list item, letter-spaced text), not the author.
    if (c.kind === 'paragraph' && !c.note && c.acc >= wrap.width * 0.5 && MID_SENTENCE.test(c.text) && !opensBlock(l) && l.kind !== 'short') return true;
    // A paragraph never ends on a comma.
    if (c.kind === 'paragraph' && !c.note && /[，、]$/.test(c.text) && !opensBlock(l)) return true;
    // A short piece after a full line: more pieces of the same visual line may follow.
    return c.kind === 'paragraph' && l.page === c.page && !TERMINAL.test(c.text) && !opensBlock(l) && c.acc + l.width <= wrap.width + 6;
  };
  let gap = false;
  for (const l of lines) {
    if (l.text === '') {
      gap = true;
      continue;
    }
    if (l.kind === 'image') continue;
    const blank = gap;
    gap = false;
    if (l.kind === 'def') {
      units.push({ kind: 'def', text: l.text, line: l });
      continue;
    }
    const c = cur as Open | null;
    if (c && continues(c, l, blank)) {
      c.text = joinText(c.text, l.text);
      c.acc = c.acc >= wrap.full ? l.width : c.acc + l.width;
      c.lines++;
      c.page = l.page;
      if (c.kind === 'short') c.kind = 'paragraph';
      ctx.count('wrappedLines');
      continue;
    }
    flush();
    // A numbered line as wide as the page is the first line of a numbered paragraph.
    const item = (l.kind === 'numbered' || l.kind === 'paren') && l.width >= wrap.full;
    const kind: Unit['kind'] = (HEADING_KINDS.has(l.kind) && !item) || l.kind === 'table-row' ? (l.kind as Unit['kind']) : l.kind === 'short' && l.width < wrap.full ? 'short' : 'paragraph';
    // A table row never runs on; anything else may.
    cur = { kind, text: l.text, line: l, acc: l.kind === 'table-row' ? 0 : l.width, lines: 1, note: NOTE_START.test(l.text), page: l.page };
  }
  flush();
  return units;
}
