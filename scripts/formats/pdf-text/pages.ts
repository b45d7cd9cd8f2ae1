/**
 * Page chrome of a pdftotext export (docs/formats/pdf-text.md, "Pages"): the page number at the
 * foot (or head) of each page, the running header repeated at the top of most pages, and the
 * footnotes printed at the page bottom as a lone number line followed by the note text. Page
 * numbers and headers are removed; footnotes become definition lines, and the number glued to
 * the text on the same page (`进步。12021 年`, `2.68 倍2，`) becomes a superscript marker.
 *
 * Pages are known from form feeds. Without them (an export saved without page breaks) only the
 * page numbers are found, as a run of lone numbers that count up.
 */
import type { Ctx } from './context.ts';
import { classify, type Line } from './lines.ts';
import { SUPERSCRIPTS } from './markers.ts';

const PAGE_NO = /^(?:[-—–－]\s*)?(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})(?:\s*[-—–－])?$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
const LONE_NUMBER = /^\d{1,3}$/;
const BULLET_ONLY = /^[\u{E000}-\u{F8FF}•●◆■□▪▶►◇○◎·\s]+$/u;

export function toSuperscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');
}

/** Join wrapped lines: CJK needs no space; Latin words broken at a line end get one back. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  const url = /(?:https?:\/\/|www\.)\S*$/.test(a);
  const space = !url && /[A-Za-z0-9,.;:!?)\]]$/.test(a) && /^[A-Za-z(\[]/.test(b);
  return a + (space ? ' ' : '') + b;
}

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

export interface PageStats {
  pages: number;
  bullets: number;
  pageNumbers: number;
  runningHeaders: number;
  footnotes: number;
}

export function stripPages(lines: readonly Line[], ctx: Ctx): { lines: Line[]; stats: PageStats } {
  const pages = (lines[lines.length - 1]?.page ?? 0) + 1;
  const drop = new Map<number, string>(); // line index → ledger reason
  const stats: PageStats = { pages, bullets: 0, pageNumbers: 0, runningHeaders: 0, footnotes: 0 };
  const byPage: Line[][] = Array.from({ length: pages }, () => []);
  for (const l of lines) if (l.text !== '') byPage[l.page]!.push(l);

  if (pages >= 2) {
    // 1. Page numbers: the last filled line of a page, else its first.
    for (const filled of byPage) {
      const last = filled[filled.length - 1];
      const first = filled[0];
      if (last && PAGE_NO.test(last.text)) drop.set(last.index, 'page number');
      else if (first && filled.length > 1 && PAGE_NO.test(first.text)) drop.set(first.index, 'page number');
    }
    // 2. Running headers and footers: the same line at the top or foot of many pages.
    if (pages >= 4) {
      const seen = new Map<string, Set<number>>();
      const edges = (filled: Line[]): Line[] => {
        const rest = filled.filter((l) => !drop.has(l.index));
        return [...rest.slice(0, 2), ...rest.slice(-1)];
      };
      byPage.forEach((filled, p) => {
        if (p === 0) return; // the cover may carry the same title
        for (const l of edges(filled)) {
          const k = key(l.text);
          if (k.length > 60 || k.length < 2) continue;
          if (!seen.has(k)) seen.set(k, new Set());
          seen.get(k)!.add(p);
        }
      });
      const min = Math.max(3, Math.ceil(pages * 0.3));
      // The report's own title printed again at the top of later pages is a header too.
      const title = key(byPage[0]?.[0]?.text ?? '');
      // A title repeated at the top of three pages in a row (a table running over pages) too.
      const run3 = (ps: Set<number>): boolean => [...ps].some((p) => ps.has(p + 1) && ps.has(p + 2));
      const headers = new Set([...seen].filter(([k, ps]) => ps.size >= min || (k === title && ps.size >= 2)).map(([k]) => k));
      // Only the repeats of such a title go: its first page keeps it.
      const repeated = new Map([...seen].filter(([k, ps]) => !headers.has(k) && run3(ps)).map(([k, ps]) => [k, ps]));
      byPage.forEach((filled, p) => {
        if (p === 0) return;
        for (const l of edges(filled)) {
          const k = key(l.text);
          if (headers.has(k) || (repeated.get(k)?.has(p - 1) ?? false)) drop.set(l.index, 'running page header');
        }
      });
    }
  } else {
    // No form feeds: lone numbers that count up page by page.
    const cands = lines.filter((l) => LONE_NUMBER.test(l.text));
    let run: Line[] = [];
    const flush = (): void => {
      if (run.length >= 3) for (const l of run) drop.set(l.index, 'page number');
      run = [];
    };
    for (const l of cands) {
      const prev = run[run.length - 1];
      const step = prev ? Number(l.text) - Number(prev.text) : 0;
      if (prev && step >= 1 && step <= 3) run.push(l);
      else {
        flush();
        run = [l];
      }
    }
    flush();
  }

  // 3. Bullets of a symbol font: a line holding only the glyph (U+F06C) and no text.
  for (const l of lines) if (l.text !== '' && BULLET_ONLY.test(l.text)) drop.set(l.index, 'bullet glyph on a line of its own');

  // 4. Footnotes at the page bottom: `1` / note text … before the page number, numbered on.
  const defAt = new Map<number, Line>(); // number line index → synthesized definition line
  const marked = new Map<number, Line>(); // line index → the line with a superscript marker
  if (pages >= 2) {
    let expected = 1;
    byPage.forEach((filled) => {
      const kept = filled.filter((l) => !drop.has(l.index));
      for (let j = 1; j < kept.length; j++) {
        const blocks = defBlocks(kept.slice(j), expected);
        if (!blocks) continue;
        for (const b of blocks) {
          const text = b.text.reduce(joinText, '');
          const marker = placeMarker(kept.slice(0, j), b.n, marked, ctx);
          if (!marker)
            ctx.issues.warn(`footnote ${b.n}: expected its number glued to the text on the same page, found none; the note is kept without a reference`, ctx.at(b.line.offset), {
              rule: 'pdf-text/footnote-marker',
              hint: 'nothing to fix if the page really has no marker',
            });
          const def: Line = { ...b.line, text: toSuperscript(b.n) + text, kind: 'def' };
          defAt.set(b.line.index, def);
          for (const l of b.lines) drop.set(l.index, '');
          stats.footnotes++;
          expected = b.n + 1;
        }
        break;
      }
    });
  }

  const out: Line[] = [];
  for (const l of lines) {
    const def = defAt.get(l.index);
    if (def) {
      out.push(def);
      continue;
    }
    const why = drop.get(l.index);
    if (why === undefined) out.push(marked.get(l.index) ?? l);
    else if (why !== '') {
      ctx.ledger.remove(why, l.text);
      if (why === 'page number') stats.pageNumbers++;
      else if (why === 'running page header') stats.runningHeaders++;
      else stats.bullets++;
    }
  }
  return { lines: out, stats };
}

interface DefBlock {
  n: number;
  line: Line;
  text: string[];
  lines: Line[];
}

/** `n` / text… / `n+1` / text… to the end of the page, or null. */
function defBlocks(tail: readonly Line[], expected: number): DefBlock[] | null {
  if (tail.length > 12 || !LONE_NUMBER.test(tail[0]?.text ?? '') || Number(tail[0]!.text) !== expected) return null;
  const blocks: DefBlock[] = [];
  for (const l of tail) {
    const cur = blocks[blocks.length - 1];
    if (LONE_NUMBER.test(l.text) && Number(l.text) === (cur ? cur.n + 1 : expected) && (!cur || cur.text.length > 0)) blocks.push({ n: Number(l.text), line: l, text: [], lines: [l] });
    else if (cur && !LONE_NUMBER.test(l.text) && classify(l.text) !== 'chapter') {
      cur.text.push(l.text);
      cur.lines.push(l);
    } else return null;
  }
  return blocks.every((b) => b.text.length > 0) ? blocks : null;
}

/** The number glued after a non-digit (and before a non-digit or a year) on the page's lines. */
function placeMarker(page: readonly Line[], n: number, marked: Map<number, Line>, ctx: Ctx): boolean {
  const re = new RegExp(`(?<=[^\\d\\s.,:/%A-Za-z\\-+])${n}(?=\\D|$|(?:19|20)\\d\\d\\s*年)`, 'gu');
  for (let i = page.length - 1; i >= 0; i--) {
    const line = marked.get(page[i]!.index) ?? page[i]!;
    const hits = [...line.text.matchAll(re)];
    const m = hits[hits.length - 1];
    if (!m) continue;
    const text = line.text.slice(0, m.index) + toSuperscript(n) + line.text.slice(m.index + m[0].length);
    marked.set(line.index, { ...line, text });
    ctx.count('digitNoteMarkers');
    return true;
  }
  return false;
}
