/**
 * The digest grammar (sources.md 000): `section (" " section)*`, a section being
 * `heading " - " bullet (" - " bullet)*` and a bullet being text followed by
 * `(" "? "[" digits "]")+`. Only ` - ` separates; hyphens and dashes inside text
 * (18-25岁, 锚定-解读-融入, 用户创作–流量转化) are text.
 */
import type { IssueList } from '../../lib/issues.ts';
import { excerpt, lineCol } from '../../lib/text.ts';
import type { RawLine } from './records.ts';

/** A piece after the first: text, its citations, and optionally the next section's heading. */
const PIECE = /^([^[\]]*?)((?:\s*\[\d+\])+)(?:\s+([^[\]]+))?$/;
const SEPARATOR = ' - ';

export interface RawBullet {
  /** Bullet text as written, citations and their leading whitespace removed. */
  text: string;
  /** The citation run as written ("[1][2]", " [1][30][35]"), for the ledger. */
  citeRaw: string;
  ns: number[];
  /** Offset of the bullet text in the seed, for messages. */
  offset: number;
}

export interface RawSection {
  heading: string;
  offset: number;
  bullets: RawBullet[];
}

export interface ParsedDigest {
  sections: RawSection[];
  /** How many ` - ` separators were consumed (their hyphens leave the text). */
  separators: number;
}

/** Split one digest line into sections; grammar violations become errors at file:line:col. */
export function parseDigest(digest: RawLine, text: string, file: string, issues: IssueList): ParsedDigest {
  const where = (offset: number): string => {
    const { line, col } = lineCol(text, offset);
    return `seeds/${file}:${line}:${col}`;
  };
  // Trailing whitespace would read as an empty "next heading".
  const line = digest.text.trimEnd();
  const pieces: { s: string; offset: number }[] = [];
  let from = 0;
  for (let at = line.indexOf(SEPARATOR); at >= 0; at = line.indexOf(SEPARATOR, from)) {
    pieces.push({ s: line.slice(from, at), offset: digest.offset + from });
    from = at + SEPARATOR.length;
  }
  pieces.push({ s: line.slice(from), offset: digest.offset + from });

  const sections: RawSection[] = [];
  const open = (heading: string, offset: number): void => {
    if (/\s/.test(heading) || heading === '')
      issues.error(
        `expected a section heading without spaces, found "${excerpt(heading)}"; a bullet before it probably lacks its [n] citations, or a " - " is missing`,
        where(offset),
      );
    sections.push({ heading, offset, bullets: [] });
  };
  const [first, ...rest] = pieces;
  open(first!.s, first!.offset);
  rest.forEach((p, i) => {
    const m = PIECE.exec(p.s);
    if (!m) {
      issues.error(
        `expected a bullet ending in citations like "… [1][2]" (optionally followed by the next heading), found "${excerpt(p.s, 40)}"; check for a missing citation or a " - " inside the text`,
        where(p.offset),
      );
      return;
    }
    const [, body = '', citeRaw = '', next] = m;
    if (body.trim() === '') issues.error(`expected bullet text before the citations, found none`, where(p.offset));
    sections[sections.length - 1]!.bullets.push({
      text: body,
      citeRaw,
      ns: [...citeRaw.matchAll(/\[(\d+)\]/g)].map((c) => Number(c[1])),
      offset: p.offset,
    });
    if (next !== undefined) {
      if (i === rest.length - 1)
        issues.error(`expected the digest to end with a bullet's citations, found a trailing heading "${excerpt(next)}"`, where(p.offset + p.s.length - next.length));
      else open(next, p.offset + p.s.length - next.length);
    }
  });
  for (const s of sections)
    if (s.bullets.length === 0) issues.error(`expected at least one bullet under heading "${excerpt(s.heading)}", found none`, where(s.offset));
  return { sections, separators: pieces.length - 1 };
}
