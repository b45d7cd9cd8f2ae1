/**
 * A table of contents, when the page has one: after the title line (with or without a site label
 * such as 范文参考, which may carry the first entry on the same line), one entry per line
 * (一、标题 / 1.1标题), then the body line, which repeats the first entry — possibly after the last
 * entry, whose line break was lost. Fewer than three entries, or a body that does not repeat the
 * first one near its start, is no TOC. See docs/formats/pinyin-annotated.md.
 */
import { SITE_LABELS, lines, looksLikeTitle } from './chrome.ts';
import { classifyEntry } from './outline.ts';

export interface Toc {
  /** The title line's text before the label ('' when none). */
  title: string;
  /** The site label found on the title line ('' when none). */
  label: string;
  /** Entries as written (annotations stripped). */
  entries: string[];
  /** Offset of each entry in the region text. */
  tocAt: number[];
  /** Offset of the body (its first heading) in the region text. */
  bodyStart: number;
}

const MIN_ENTRIES = 3;
const MAX_ENTRY = 40;
/** How far into the body line the first entry may sit (after the glued last entry). */
const MAX_GLUED = 80;

export function findToc(region: string): Toc | null {
  const ls = lines(region);
  const first = ls[0];
  if (!first || ls.length < 2) return null;
  const entries: string[] = [];
  const tocAt: number[] = [];
  let title = '';
  let label = '';
  let i = 1;
  const found = Object.keys(SITE_LABELS).find((l) => first.text.includes(l));
  if (found) {
    const labelAt = first.text.indexOf(found);
    title = first.text.slice(0, labelAt);
    label = found;
    const rest = first.text.slice(labelAt + found.length);
    if (rest.trim()) {
      entries.push(rest);
      tocAt.push(first.at + labelAt + found.length);
    }
  } else if (looksLikeTitle(first.text) && !classifyEntry(first.text.trim())) title = first.text.trim();
  else i = 0;
  for (; i < ls.length - 1; i++) {
    const l = ls[i]!;
    const t = l.text.trim();
    if (!t) continue;
    if (t.length > MAX_ENTRY || !classifyEntry(t)) break;
    entries.push(t);
    tocAt.push(l.at + l.text.indexOf(t));
  }
  const body = ls[i];
  const firstEntry = entries[0];
  if (!body || !firstEntry) return null;
  const at = body.text.indexOf(firstEntry);
  if (at < 0 || at > MAX_GLUED) return null;
  if (at > 0) {
    const glued = body.text.slice(0, at);
    if (!classifyEntry(glued.trim())) return null;
    entries.push(glued);
    tocAt.push(body.at);
  }
  if (entries.length < MIN_ENTRIES) return null;
  return { title, label, entries, tocAt, bodyStart: body.at + at };
}
