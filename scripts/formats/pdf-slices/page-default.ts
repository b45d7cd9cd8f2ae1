/**
 * The page-aware default placement (sources.md, 002, "Figures and 专栏 out of place"). For every
 * page the text layer emitted the remaining text of its frames, then the page's floats, so a
 * float first seen on page p belongs before the text page p+1's emission opens with: its main
 * text, usually a copy, found where dedupe kept it. Pages 10 and 16 instead restart an earlier
 * frame (三 1., 五(一)); an opening that reads before page p's own does not continue page p,
 * and a float from page p then stays where it was first seen.
 */
import type { Deduped } from './dedupe.ts';
import { pageAt, type Seam } from './pages.ts';

export interface PageTrail {
  seams: readonly Seam[];
  dd: Pick<Deduped, 'kept' | 'firstSeen'>;
  /** Deduped offset → offset in the outlined text (after repairs and float cuts). */
  toOutline(offset: number): number;
}

/** Where page q's emission opens, in the stripped text (page 1 opens the body). */
function opening(seams: readonly Seam[], q: number): number | undefined {
  return q === 1 ? 0 : seams.find((s) => s.page === q - 1)?.at;
}

/** Outlined-text offset before which a float first seen at stripped offset `seen` goes (snap is the caller's). */
export function pageDefault(seen: number, { seams, dd, toOutline }: PageTrail): number {
  const p = pageAt(seams, seen);
  const here = opening(seams, p);
  const next = opening(seams, p + 1);
  const target = next === undefined ? -1 : dd.firstSeen(next);
  const continues = here !== undefined && target >= dd.firstSeen(here);
  return toOutline(continues ? target : dd.kept(seen));
}
