/**
 * The running header: PDF reports print their title at the top of pages (docs/formats/pdf-slices.md,
 * "Running headers"), and the text layer glues it to page numbers and chapter titles
 * (`10直播电商高质量发展报告四直播电商的社会价值`). It is learned from the document, never
 * known in advance: the site's title, with a year or edition in front or behind taken off, is
 * the header when the stream prints it at least MIN_REPEATS times.
 */
const MIN_REPEATS = 3;
const MIN_CHARS = 4;

/** Candidate forms of a title: as given, without a leading or trailing year, without (年份). */
export function headerCandidates(title: string): string[] {
  const t = title.replace(/\s+/g, '');
  const forms = new Set<string>([
    t,
    t.replace(/^(?:19|20)\d\d年?/u, ''),
    t.replace(/(?:19|20)\d\d年?(?:度|版)?$/u, ''),
    t.replace(/[（(](?:19|20)\d\d[年]?[)）]$/u, ''),
    t.replace(/^(?:19|20)\d\d年?/u, '').replace(/(?:19|20)\d\d年?(?:度|版)?$/u, ''),
  ]);
  return [...forms].filter((f) => [...f].length >= MIN_CHARS).sort((a, b) => b.length - a.length);
}

function count(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/** The running header and how often it is printed, or null when the stream has none. */
export function learnHeader(stream: string, title: string | null): { header: string; repeats: number } | null {
  if (!title) return null;
  for (const c of headerCandidates(title)) {
    const n = count(stream, c);
    if (n >= MIN_REPEATS) return { header: c, repeats: n };
  }
  return null;
}
