/**
 * Split the export into lines and classify each one before anything is joined: a short line
 * without terminal punctuation is a heading continuation or box sub-head, never half of a
 * paragraph (sources.md "Page-break splits", detection step 1).
 */
import { CN_NUM } from './context.ts';
import { SUPERSCRIPTS } from './markers.ts';

export type LineKind =
  | 'blank'
  | 'image' // a lone space: all that is left of a figure's image
  | 'def' // footnote definition at a page bottom
  | 'table-row'
  | 'chapter'
  | 'section' // 一、
  | 'subsection' // （一） or (一)
  | 'figure'
  | 'table-caption'
  | 'case'
  | 'short'
  | 'body';

export interface Line {
  /** 0-based line index. */
  index: number;
  /** Raw offset of the first non-space character. */
  offset: number;
  /** The line without surrounding spaces. */
  text: string;
  kind: LineKind;
}

const SHORT_MAX = 20;
const SUP = `[${SUPERSCRIPTS}]`;
const RULES: [LineKind, RegExp][] = [
  ['def', new RegExp(`^${SUP}+`, 'u')],
  ['table-row', /\t/],
  ['chapter', new RegExp(`^第${CN_NUM}章\\s`, 'u')],
  ['section', new RegExp(`^${CN_NUM}、.*[^。！？]$`, 'u')],
  ['subsection', new RegExp(`^[（(]${CN_NUM}[)）]`, 'u')],
  ['figure', /^图\s*\d+\s*\S/],
  ['table-caption', /^表\s*\d+\s+\S/],
  ['case', new RegExp(`^案例${CN_NUM}[：:]`, 'u')],
];
const NO_END_PUNCT = new RegExp(`[^。！？；，、：…,.;:!?]${SUP}*$`, 'u');

export function classify(raw: string): LineKind {
  if (raw.trim() === '') return /^ +$/.test(raw) ? 'image' : 'blank';
  const text = raw.trim();
  for (const [kind, re] of RULES) if (re.test(text)) return kind;
  if ([...text].length <= SHORT_MAX && NO_END_PUNCT.test(text)) return 'short';
  return 'body';
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    out.push({ index, offset: offset + lead, text: raw.trim(), kind: classify(raw) });
    offset += raw.length + 1;
  });
  return out;
}
