/**
 * A page without a usable table of contents: the text as lines, headings by pattern (a line of
 * its own that reads 1.1标题, 第二章…, 一、…), hard-wrapped lines joined, the one long line of a
 * body cut into paragraphs. See docs/formats/pinyin-annotated.md.
 */
import type { Block } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';
import { splitParagraphs } from './paragraphs.ts';

const HEADING_PATTERNS: readonly (readonly [RegExp, 2 | 3])[] = [
  [/^第[一二三四五六七八九十百零\d]+[章节節篇部分]/u, 2],
  [/^[一二三四五六七八九十]+、\S/u, 2],
  [/^\d{1,2}\.\d{1,2}(?!\.\d)\s*[^\d.\s%％]/u, 2],
  [/^\d{1,2}\.\d{1,2}\.\d{1,2}\s*[^\d.\s%％]/u, 3],
  [/^[（(][一二三四五六七八九十]+[)）]\S/u, 3],
];
/** A paragraph ends with a sentence end, closing quotes or brackets allowed after it. */
const ENDS_SENTENCE = /[。！？!?…][”’」』）)]*$/u;

/** Depth of a line that is a heading of its own, or null. */
export function headingDepth(line: string): 2 | 3 | null {
  const t = line.trim();
  if (t.length > 40 || /[。！？；;]/.test(t)) return null;
  for (const [re, depth] of HEADING_PATTERNS) if (re.test(t)) return depth;
  return null;
}

/** `1.1计算机…` reads `1.1 计算机…`. */
function headingText(line: string, ledger: Ledger): string {
  const t = line.trim();
  const num = /^\d{1,2}(?:\.\d{1,2}){1,2}(?=[^\d.])/u.exec(t)?.[0];
  if (!num) return widenPunctuation(fixSpacing(t), ledger);
  return `${num} ${widenPunctuation(fixSpacing(t.slice(num.length).trim()), ledger)}`;
}

/** Lines → heading and paragraph blocks. Lines that do not end a sentence run on into the next. */
export function blocksFromLines(lines: readonly string[], ledger: Ledger): Block[] {
  const blocks: Block[] = [];
  let para = '';
  const flush = (): void => {
    for (const p of splitParagraphs(para, { numbered: true }))
      blocks.push({ type: 'paragraph', children: [{ type: 'text', value: widenPunctuation(fixSpacing(p), ledger) }] });
    para = '';
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const depth = headingDepth(line);
    if (depth) {
      flush();
      blocks.push({ type: 'heading', depth, children: [{ type: 'text', value: headingText(line, ledger) }] });
      continue;
    }
    para += line;
    if (ENDS_SENTENCE.test(line)) flush();
  }
  flush();
  return blocks;
}
