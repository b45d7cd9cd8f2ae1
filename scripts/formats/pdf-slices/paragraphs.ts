/**
 * The PDF stream has no paragraph breaks. Within a section, a new paragraph starts before a
 * short lead sentence (the report opens its paragraphs with one: `电商与内容的完美结合。`) and,
 * so no reader faces a wall of text, at the first sentence end past SOFT_MAX characters.
 */
const LEAD_MAX = 18;
const LEAD_MIN_BEFORE = 60;
const SOFT_MAX = 450;

export function sentences(text: string): string[] {
  return text.split(/(?<=[。！？](?!”))|(?<=[。！？]”)/u).filter((s) => s.trim() !== '');
}

export function splitParagraphs(text: string): string[] {
  const paras: string[] = [];
  let cur = '';
  for (const s of sentences(text)) {
    const lead = [...s.trim()].length <= LEAD_MAX && /[。！？]$/.test(s.trim());
    if (cur && ((lead && cur.length >= LEAD_MIN_BEFORE) || cur.length >= SOFT_MAX)) {
      paras.push(cur);
      cur = '';
    }
    cur += s;
  }
  if (cur.trim()) paras.push(cur);
  return paras.map((p) => p.trim()).filter(Boolean);
}
