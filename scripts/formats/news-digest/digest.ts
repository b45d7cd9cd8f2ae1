/**
 * The digest grammar (docs/formats/news-digest.md "Digest grammar"): `section (" " section)*`,
 * a section being `heading " - " bullet (" - " bullet)*` and a bullet being text followed by
 * `(" "? "[" digits "]")+`. Only ` - ` separates; hyphens and dashes inside text (18-25岁,
 * 锚定-解读-融入, 用户创作–流量转化, 企业其他业务 -210万美元) are text.
 *
 * Nothing here is fatal. A bullet without citations, a page that stops inside a bullet, stacked
 * headings (`关键指标表现 门店数量 - …`): each is read as well as it can be and reported.
 */
import { HAN } from '../../lib/text.ts';
import type { RawLine } from './records.ts';

const SEPARATOR = ' - ';
/** A run of citation markers with the whitespace before it: ` [1][30][35]`, `[2]`. */
const CITES = /(?:\s*\[\d+\])+/g;
/** A space between two Han characters (or CJK closing/opening punctuation) inside a heading. */
const HEADING_BREAK = new RegExp(`(?<=[${HAN}）)]) +(?=[${HAN}（(])`, 'u');

/** A digest line: sections of bullets with citation markers. */
export function isDigest(line: string): boolean {
  return line.includes(SEPARATOR) && /\[\d+\]/.test(line);
}

export interface RawBullet {
  /** Bullet text as written, citations and their leading whitespace removed. */
  text: string;
  /** The citation runs as written ("[1][2]", " [1][30][35]"), for the ledger. */
  citeRaw: string[];
  ns: number[];
  /** Offset of the bullet text in the file, for messages. */
  offset: number;
  /** No citations closed this bullet: the page stops here, or the aggregator left them out. */
  open?: boolean;
}

export interface RawSection {
  /** Empty when the digest starts with a bullet. */
  heading: string;
  offset: number;
  bullets: RawBullet[];
}

export type DigestProblem =
  | { kind: 'no-citations'; offset: number; text: string }
  | { kind: 'trailing-heading'; offset: number; text: string }
  | { kind: 'cut'; offset: number; text: string };

export interface ParsedDigest {
  sections: RawSection[];
  /** How many ` - ` separators were consumed (their hyphens leave the text). */
  separators: number;
  problems: DigestProblem[];
}

/** The last citation run of a piece, if the piece ends in one or in one plus a heading. */
function lastCites(s: string): { at: number; end: number } | undefined {
  let last: { at: number; end: number } | undefined;
  for (const m of s.matchAll(CITES)) last = { at: m.index, end: m.index + m[0].length };
  return last;
}

/**
 * Split one digest line into sections. `last` says the line is the last text of the page: a
 * final piece without citations there is a page cut off mid-bullet, not a missing citation.
 */
export function parseDigest(digest: RawLine, last: boolean): ParsedDigest {
  // Trailing whitespace would read as an empty "next heading"; a separator with nothing after it
  // (`… [9] -`) is a bullet the page stops before.
  const trimmed = digest.text.trimEnd();
  const dangling = / -$/.test(trimmed);
  const line = dangling ? trimmed.slice(0, -2) : trimmed;
  const pieces: { s: string; offset: number }[] = [];
  let from = 0;
  for (let at = line.indexOf(SEPARATOR); at >= 0; at = line.indexOf(SEPARATOR, from)) {
    pieces.push({ s: line.slice(from, at), offset: digest.offset + from });
    from = at + SEPARATOR.length;
  }
  pieces.push({ s: line.slice(from), offset: digest.offset + from });

  const sections: RawSection[] = [];
  const problems: DigestProblem[] = [];
  /** Stacked headings (`关键指标表现 门店数量`): each part opens a section, the last gets the bullets. */
  const open = (heading: string, offset: number): void => {
    const parts = heading.split(HEADING_BREAK);
    let at = offset;
    for (const p of parts) {
      sections.push({ heading: p, offset: at, bullets: [] });
      at += p.length + 1;
    }
  };
  const [first, ...rest] = pieces;
  open(first!.s.trim(), first!.offset);
  rest.forEach((p, i) => {
    const final = i === rest.length - 1;
    const bullets = sections[sections.length - 1]!.bullets;
    const c = lastCites(p.s);
    const tail = c ? p.s.slice(c.end) : '';
    if (!c) {
      // No citations: the page stops inside this bullet, or the aggregator left them out.
      problems.push({ kind: final && last ? 'cut' : 'no-citations', offset: p.offset, text: p.s });
      bullets.push({ text: p.s, citeRaw: [], ns: [], offset: p.offset, open: true });
      return;
    }
    const head = p.s.slice(0, c.at);
    // Markers inside the text (`… [1] … [2]`) are citations too.
    const inner = [...head.matchAll(CITES)].map((m) => m[0]);
    const body = head.replace(CITES, '');
    const citeRaw = [...inner, p.s.slice(c.at, c.end)];
    bullets.push({ text: body, citeRaw, ns: citeRaw.flatMap((r) => [...r.matchAll(/\[(\d+)\]/g)].map((n) => Number(n[1]))), offset: p.offset });
    const next = tail.trim();
    if (next !== '') {
      const at = p.offset + p.s.length - tail.trimStart().length;
      if (final) problems.push({ kind: last ? 'cut' : 'trailing-heading', offset: at, text: next });
      open(next, at);
    }
  });
  if (dangling) problems.push({ kind: last ? 'cut' : 'no-citations', offset: digest.offset + line.length + 1, text: '' });
  return { sections, separators: pieces.length - 1 + (dangling ? 1 : 0), problems };
}
