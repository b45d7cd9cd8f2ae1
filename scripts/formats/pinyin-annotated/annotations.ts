/**
 * Pinyin annotations: `(` + one tone-marked syllable + `)` after a character, as in 經(jīng).
 * The pattern is the one sources.md validated (2,837 matches, no false positives, nothing in the
 * other sources): the tone-mark lookahead keeps `(app)` out, and no CJK lookbehind, because some
 * annotations sit after a stray byte inside garbled spans.
 */
import { isHan } from '../../lib/text.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { type Tracked, rewrite } from './tracked.ts';

export const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
export const PINYIN_CLASS = `a-zü${TONED}`;
export const TONE_LOOKAHEAD = `(?=[a-zü]*[${TONED}])`;

/** Exactly the spec's regex. */
export const ANNOTATION = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)/g;

export function countAnnotations(text: string): number {
  return [...text.matchAll(ANNOTATION)].length;
}

export interface Coverage {
  /** Han characters that carry an annotation somewhere. */
  characters: string[];
  /** Distinct syllables. */
  syllables: string[];
  /** Offsets (in the text checked) of occurrences of those characters without an annotation. */
  unannotated: number[];
}

/**
 * After repair the annotation is systematic: every occurrence of an annotated character carries
 * it. An occurrence without one points at an unrepaired garbled span.
 */
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
