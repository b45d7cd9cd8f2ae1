/**
 * One record's reader text: title, then its body as digest sections (heading + bullets with
 * their citations as data) or as excerpt paragraphs. Everything taken out of the text on the
 * way is booked in the ledger here.
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { HAN } from '../../lib/text.ts';
import { isDigest, parseDigest, type DigestProblem, type ParsedDigest } from './digest.ts';
import { readerInline, readerProse, readerText, splitRunInHeading, type InlineCounts } from './inline.ts';
import type { RawLine, RawRecord } from './records.ts';

export interface CleanSection {
  /** Empty when the digest opens with a bullet (no heading is shown). */
  heading: string;
  /** One bullet per item, each ending in its {type:'cite'} marker when it has citations. */
  items: Inline[][];
}

export type RecordPart = { type: 'sections'; sections: CleanSection[] } | { type: 'paragraphs'; items: Inline[][] };

export interface CleanRecord {
  index: number;
  /** The title line as written ('' when the record has none). */
  rawTitle: string;
  title: string;
  outlet?: string;
  published: string;
  /** The body in page order: digest lines become sections, other lines paragraphs. */
  parts: RecordPart[];
  /** Spaces read as commas in this record (seed: 21, 28, 34 in records 6, 7, 8). */
  spaceCommas: number;
}

/** What the parse of one record found, for the format's warnings and stats. */
export interface RecordReading {
  digests: ParsedDigest[];
  problems: (DigestProblem & { line: RawLine })[];
  /** The record's text stops mid-sentence or mid-bullet (only ever said of the page's last record). */
  cut: boolean;
  /** Paragraphs that end in the aggregator's own `...`: a complete excerpt, not a cut page. */
  excerpts: number;
}

/** A paragraph break in an excerpt: the space after a sentence's end, before CJK text. */
const PARAGRAPH = new RegExp(`(?<=[。！？!?][”"」』）)]?)\\s+(?=[${HAN}“「《（"])`, 'u');
/** The aggregator's excerpt ellipsis, NFKC-folded to three dots. */
const ELLIPSIS = /\s*(?:\.{3}|…)$/;
const ENDS_SENTENCE = /[。！？!?…”"」』）)]$|\.{3}$/;

function proseParagraphs(line: string, ledger: Ledger, counts: InlineCounts): { items: Inline[][]; excerpt: boolean } {
  const paras = line.trim().split(PARAGRAPH).flatMap(splitRunInHeading);
  let excerpt = false;
  const items = paras.map((p, i) => {
    let t = p;
    if (i === paras.length - 1 && ELLIPSIS.test(t)) {
      excerpt = true;
      // After Chinese text the folded dots read as the Chinese ellipsis; after English, as written.
      const before = t.replace(ELLIPSIS, '').slice(-1);
      if (new RegExp(`[${HAN}，。；：、”]`, 'u').test(before)) t = ledger.replaceAll(t, /\s*(?:\.{3}|…)$/g, '……', 'excerpt ellipsis widened');
    }
    return readerProse(t, ledger, counts);
  });
  return { items: items.filter((i) => i.length > 0), excerpt };
}

export function readRecord(rec: RawRecord, lastOfPage: boolean, ledger: Ledger, counts: InlineCounts): { record: CleanRecord; reading: RecordReading } {
  const commasBefore = counts.spaceCommas;
  ledger.move('dateline → metadata', rec.dateline.text);
  const reading: RecordReading = { digests: [], problems: [], cut: false, excerpts: 0 };
  const parts: RecordPart[] = [];
  rec.body.forEach((line, k) => {
    const last = lastOfPage && k === rec.body.length - 1;
    if (isDigest(line.text)) {
      const digest = parseDigest(line, last);
      reading.digests.push(digest);
      reading.problems.push(...digest.problems.map((p) => ({ ...p, line })));
      if (last && digest.problems.some((p) => p.kind === 'cut')) reading.cut = true;
      // Only the hyphen of each ` - ` separator is ink; the list structure replaces it.
      for (let i = 0; i < digest.separators; i++) ledger.remove('digest bullet separator', '-');
      parts.push({
        type: 'sections',
        sections: digest.sections.map((s) => ({
          heading: readerText(s.heading, ledger),
          items: s.bullets.map((b): Inline[] => {
            if (b.citeRaw.length > 0) ledger.move('citation marker → data', b.citeRaw.join(''));
            // Citations are already off the text, so the space before the next heading is gone
            // too and cannot be read as a comma.
            const text = readerInline(b.text, ledger, counts, true);
            return b.ns.length > 0 ? [...text, { type: 'cite', ns: b.ns }] : text;
          }),
        })),
      });
    } else {
      const { items, excerpt } = proseParagraphs(line.text, ledger, counts);
      if (excerpt) reading.excerpts++;
      if (last && !excerpt && !ENDS_SENTENCE.test(line.text.trim())) reading.cut = true;
      parts.push({ type: 'paragraphs', items });
    }
  });
  if (lastOfPage && rec.body.length === 0) reading.cut = true;
  const rawTitle = rec.title?.text ?? '';
  return {
    record: {
      index: rec.index,
      rawTitle,
      title: rawTitle ? readerText(rawTitle, ledger) : '',
      ...(rec.outlet ? { outlet: rec.outlet } : {}),
      published: rec.published,
      parts,
      spaceCommas: counts.spaceCommas - commasBefore,
    },
    reading,
  };
}

/** All sections of a record, in order (digest parts only). */
export const sectionsOf = (r: CleanRecord): CleanSection[] => r.parts.flatMap((p) => (p.type === 'sections' ? p.sections : []));
