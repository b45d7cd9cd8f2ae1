/**
 * A teaser lead line: the first body line repeats a later paragraph (001: paragraph 2 without
 * its leading `同时,`). It becomes the description, not body. Taken out of `lines` in place.
 */
import type { Line } from './lines.ts';

/**
 * A short connective clause a paragraph may open with where the teaser omits it
 * (`同时,`, `此外，`): a few characters with no sentence break, ending in a comma.
 */
const LEADING_CLAUSE = /^[^,，。！？!?:：]{1,6}[,，]$/;

export interface Teaser {
  line: Line;
  /** 1-based number of the body paragraph it repeats (the teaser itself not counted). */
  repeats: number;
}

/** The first line is a teaser when a later line is it, or it preceded by a short leading clause. */
export function takeTeaser(lines: Line[]): Teaser | null {
  const first = lines[0];
  if (!first) return null;
  for (let i = 1; i < lines.length; i++) {
    const later = lines[i]?.text ?? '';
    if (!later.endsWith(first.text)) continue;
    const clause = later.slice(0, later.length - first.text.length);
    if (clause === '' || LEADING_CLAUSE.test(clause)) {
      lines.shift();
      return { line: first, repeats: i };
    }
  }
  return null;
}
