/**
 * One record's reader text: title, and sections of heading + bullets with their citations as
 * data. Everything taken out of the text on the way is booked in the ledger here.
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import type { ParsedDigest } from './digest.ts';
import { readerInline, readerText, type InlineCounts } from './inline.ts';
import type { RawRecord } from './records.ts';

export interface CleanSection {
  heading: string;
  /** One bullet per item, each ending in its {type:'cite'} marker. */
  items: Inline[][];
}

export interface CleanRecord {
  index: number;
  rawTitle: string;
  title: string;
  outlet: string;
  published: string;
  sections: CleanSection[];
  /** Spaces read as commas in this record (sources.md: 21, 28, 34 in records 6, 7, 8). */
  spaceCommas: number;
}

export function cleanRecord(rec: RawRecord, digest: ParsedDigest, ledger: Ledger, counts: InlineCounts): CleanRecord {
  const commasBefore = counts.spaceCommas;
  ledger.move('dateline → metadata', rec.dateline.text);
  // Only the hyphen of each ` - ` separator is ink; the list structure replaces it.
  for (let i = 0; i < digest.separators; i++) ledger.remove('digest bullet separator', '-');
  const sections = digest.sections.map((s) => ({
    heading: readerText(s.heading, ledger),
    items: s.bullets.map((b): Inline[] => {
      ledger.move('citation marker → data', b.citeRaw);
      // Citations are already off the text, so the space before the next heading is gone too
      // and cannot be read as a comma.
      return [...readerInline(b.text, ledger, counts, true), { type: 'cite', ns: b.ns }];
    }),
  }));
  return {
    index: rec.index,
    rawTitle: rec.title.text,
    title: readerText(rec.title.text, ledger),
    outlet: rec.outlet,
    published: rec.published,
    sections,
    spaceCommas: counts.spaceCommas - commasBefore,
  };
}
