/**
 * Lines that are not body text: the repost note (→ original_source) and a teaser lead line that
 * repeats a later paragraph (→ description). Both are taken out of `lines` in place.
 */
import type { Line } from './lines.ts';

const REPOST_NOTE = /^本文转载自[:：]\s*(.+)$/;
/**
 * A short connective clause a paragraph may open with where the teaser omits it
 * (`同时,`, `此外，`): a few characters with no sentence break, ending in a comma.
 */
const LEADING_CLAUSE = /^[^,，。！？!?:：]{1,6}[,，]$/;

export interface RepostNote {
  line: Line;
  outlet: string;
}

export function takeRepostNote(lines: Line[]): RepostNote | null {
  const i = lines.findIndex((l) => REPOST_NOTE.test(l.text));
  if (i < 0) return null;
  const [line] = lines.splice(i, 1);
  const outlet = line ? REPOST_NOTE.exec(line.text)?.[1]?.trim() : undefined;
  return line && outlet ? { line, outlet } : null;
}

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
