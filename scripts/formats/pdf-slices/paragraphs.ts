/**
 * The PDF stream has no paragraph breaks. Within a section, a new paragraph starts before a
 * short lead sentence (the report opens its paragraphs with one: `电商与内容的完美结合。`) and,
 * so no reader faces a wall of text, at the first sentence end past SOFT_MAX characters.
 */
const LEAD_MAX = 18;
const LEAD_MIN_BEFORE = 60;
const SOFT_MAX = 450;
const SENTENCE_END = /(?<=[。！？](?!”))|(?<=[。！？]”)/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim() !== '');
}

/** Paragraphs as [start, end) offsets into `text`; the page-aware placement snaps to their ends. */
export function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let at = 0;
  for (const s of text.split(SENTENCE_END)) {
    const lead = [...s.trim()].length <= LEAD_MAX && /[。！？]$/.test(s.trim());
    if (s.trim() !== '' && at > start && ((lead && at - start >= LEAD_MIN_BEFORE) || at - start >= SOFT_MAX)) {
      ranges.push([start, at]);
      start = at;
    }
    at += s.length;
  }
  if (text.slice(start).trim()) ranges.push([start, text.length]);
  return ranges;
}

export function splitParagraphs(text: string): string[] {
  return paragraphRanges(text)
    .map(([a, b]) => text.slice(a, b).trim())
    .filter(Boolean);
}
