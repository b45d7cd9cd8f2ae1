/**
 * The document-site page around the text. Head: copyright notice and 文檔簡介, up to the title
 * line, which is recognised by the site label after the title (范文參考). Tail: from 溫馨提示 on
 * (site rules, 最新文檔 with unrelated titles, the comment box).
 */

/** Site labels that follow the title on the title line, and the document kind they mean. */
export const SITE_LABELS: Readonly<Record<string, string>> = { 范文參考: 'sample', 范文参考: 'sample' };

const TAIL_START = /^溫馨提示$|^温馨提示$/m;

export interface PageParts {
  /** [start, end) offsets in the raw text. */
  head: [number, number];
  region: [number, number];
  tail: [number, number];
}

/** Offsets of head chrome, the document region (title line to body line) and tail chrome. */
export function splitPage(text: string): PageParts | { error: string; offset: number } {
  let titleStart = -1;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (Object.keys(SITE_LABELS).some((l) => line.includes(l))) {
      titleStart = at;
      break;
    }
    if (end < 0) break;
    at = end + 1;
  }
  if (titleStart < 0)
    return { error: `expected a title line followed by a site label (${Object.keys(SITE_LABELS).join(', ')}), found none`, offset: 0 };
  const tail = TAIL_START.exec(text.slice(titleStart));
  const tailStart = tail ? titleStart + tail.index : text.length;
  // The newline before the tail belongs to neither part; whitespace is not accounted.
  const regionEnd = text[tailStart - 1] === '\n' ? tailStart - 1 : tailStart;
  return { head: [0, titleStart], region: [titleStart, regionEnd], tail: [tailStart, text.length] };
}

export interface DocumentParts {
  title: string;
  label: string;
  kind: string;
  /** TOC entries in order, as written (stripped of annotations). */
  toc: string[];
  /** Offset of the body within the stripped region text. */
  bodyStart: number;
  /** Offsets of each TOC entry within the stripped region text. */
  tocAt: number[];
}

/**
 * The stripped region: line 1 is title + label + first TOC entry, then one entry per line, then
 * the body line, which starts with the last TOC entry and then repeats the first one.
 */
export function splitRegion(region: string): DocumentParts | { error: string; offset: number } {
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const text of region.split('\n')) {
    lines.push({ text, at });
    at += text.length + 1;
  }
  const first = lines[0];
  const bodyLine = lines[lines.length - 1];
  if (!first || !bodyLine || lines.length < 2) return { error: 'expected a title line, TOC lines and a body line, found one line', offset: 0 };
  const label = Object.keys(SITE_LABELS).find((l) => first.text.includes(l)) ?? '';
  const labelAt = first.text.indexOf(label);
  const firstEntry = first.text.slice(labelAt + label.length);
  if (!firstEntry) return { error: `expected the first TOC entry after "${label}" on the title line, found nothing`, offset: labelAt };
  const bodyStart = bodyLine.text.indexOf(firstEntry);
  if (bodyStart < 0)
    return { error: `expected the body line to repeat the first TOC entry "${firstEntry}", found no such text`, offset: bodyLine.at };
  const toc = [firstEntry];
  const tocAt = [first.at + labelAt + label.length];
  for (const l of lines.slice(1, -1)) {
    if (!l.text.trim()) continue;
    toc.push(l.text.trim());
    tocAt.push(l.at + l.text.indexOf(l.text.trim()));
  }
  // The last TOC entry lost its line break and leads the body line.
  if (bodyStart > 0) {
    toc.push(bodyLine.text.slice(0, bodyStart));
    tocAt.push(bodyLine.at);
  }
  return {
    title: first.text.slice(0, labelAt),
    label,
    kind: SITE_LABELS[label] ?? 'sample',
    toc,
    tocAt,
    bodyStart: bodyLine.at + bodyStart,
  };
}
