/**
 * Pinyin annotations: `(` + one tone-marked syllable + `)` after a character, as in 經(jīng).
 * The tone-mark lookahead keeps `(app)` out, and there is no CJK lookbehind, because some
 * annotations sit after a stray byte inside garbled spans. A character without an annotation is
 * normal (the sites annotate a fixed set of characters, and not every occurrence). See
 * docs/formats/pinyin-annotated.md.
 */
import { isHan } from '../../lib/text.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { type Tracked, rewrite, slice } from './tracked.ts';

export const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
export const PINYIN_CLASS = `a-zü${TONED}`;
export const TONE_LOOKAHEAD = `(?=[a-zü]*[${TONED}])`;

/** Exactly the spec's regex. */
export const ANNOTATION = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)/g;

export function countAnnotations(text: string): number {
  return [...text.matchAll(ANNOTATION)].length;
}

/** (character, syllable) for each annotation that follows a Han character. */
export function annotatedPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(ANNOTATION)) {
    const ch = text[m.index - 1];
    if (ch !== undefined && isHan(ch)) out.push([ch, m[0].slice(1, -1)]);
  }
  return out;
}

/** An annotation the cut-off left open at the very end of the page (`錄像機(j`). */
const DANGLING = new RegExp(`(?<=\\p{Script=Han})\\([${PINYIN_CLASS}]{0,6}\\s*$`, 'u');

export function stripDanglingAnnotation(t: Tracked, ledger: Ledger): Tracked {
  const m = DANGLING.exec(t.text);
  if (!m) return t;
  ledger.remove('cut-off pinyin annotation', m[0]);
  return slice(t, 0, m.index);
}

export interface Coverage {
  /** Han characters that carry an annotation somewhere. */
  characters: string[];
  /** Distinct syllables. */
  syllables: string[];
  /** Offsets (in the text checked) of occurrences of those characters without an annotation. */
  unannotated: number[];
}

/** Which characters carry annotations (a statistic; a bare occurrence is not an error). */
export function annotationCoverage(text: string): Coverage {
  const chars = new Set<string>();
  const syllables = new Set<string>();
  const annotatedAt = new Set<number>();
  for (const m of text.matchAll(ANNOTATION)) {
    const ch = text[m.index - 1];
    syllables.add(m[0].slice(1, -1));
    if (ch !== undefined && isHan(ch)) {
      chars.add(ch);
      annotatedAt.add(m.index - 1);
    }
  }
  const unannotated: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && chars.has(ch) && !annotatedAt.has(i)) unannotated.push(i);
  }
  return { characters: [...chars].sort(), syllables: [...syllables].sort(), unannotated };
}

export function stripAnnotations(t: Tracked, ledger: Ledger): { text: Tracked; stripped: number } {
  let stripped = 0;
  const text = rewrite(t, ANNOTATION, (m) => {
    ledger.remove('pinyin annotation', m[0]);
    stripped++;
    return '';
  });
  return { text, stripped };
}
