/**
 * Repeated paragraphs. The scrape pasted the tail of 001's line 21 again as line 22. A paragraph
 * equal to, a prefix of, or a suffix of the previous kept paragraph is dropped whole; we never
 * dedupe below paragraph level, since an article may rightly quote the same words twice.
 */
import type { Ledger } from '../../lib/ledger.ts';
import type { RawBlock } from './headings.ts';

export function dropRepeatedParagraphs(blocks: readonly RawBlock[], ledger: Ledger): { kept: RawBlock[]; dropped: RawBlock[] } {
  const kept: RawBlock[] = [];
  const dropped: RawBlock[] = [];
  let previous: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && previous !== null && (previous.startsWith(b.text) || previous.endsWith(b.text))) {
      ledger.remove('repeated paragraph', b.text);
      dropped.push(b);
      continue;
    }
    if (b.kind === 'paragraph') previous = b.text;
    kept.push(b);
  }
  return { kept, dropped };
}
