/**
 * The page-aware default placement (docs/formats/pdf-slices.md, "Floats out of place"). For every
 * page the text layer emitted the remaining text of its frames, then the page's floats, so a
 * float first seen on page p belongs before the text page p+1's emission opens with: its main
 * text, usually a copy, found where it was first emitted (that is the copy dedupe kept).
 * Pages 10 and 16 instead restart an earlier frame (三 1., 五(一)); an opening first emitted
 * before page p's own does not continue page p, and a float from page p then stays where it
 * was first seen.
 */
import { MIN_COPY, type Deduped } from './dedupe.ts';
import { pageAt, type Seam } from './pages.ts';

export interface PageTrail {
  /** The stripped text (page markers out, copies still in) and its seams. */
  text: string;
  seams: readonly Seam[];
  dd: Pick<Deduped, 'kept'>;
  /** Deduped offset → offset in the outlined text (after repairs and float cuts). */
  toOutline(offset: number): number;
}

/**
 * Where page q's opening was first emitted, in the stripped text. Matched as a MIN_COPY-long
 * string: a copy from the page before may run a character or two past the seam (`新阶段。(`),
 * so the copy bookkeeping of single characters cannot tell.
 */
function firstEmitted({ text, seams }: PageTrail, q: number): number | undefined {
  const at = q === 1 ? 0 : seams.find((s) => s.page === q - 1)?.at;
  return at === undefined ? undefined : text.indexOf(text.slice(at, at + MIN_COPY));
}

/** Outlined-text offset before which a float first seen at stripped offset `seen` goes (unsnapped). */
export function pageDefault(seen: number, trail: PageTrail): number {
  const p = pageAt(trail.seams, seen);
  const here = firstEmitted(trail, p);
  const next = firstEmitted(trail, p + 1);
  const continues = here !== undefined && next !== undefined && next >= here;
  return trail.toOutline(trail.dd.kept(continues ? next : seen));
}
