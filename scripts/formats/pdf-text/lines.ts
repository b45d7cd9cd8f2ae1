/**
 * Split the export into lines and classify each one before anything is joined
 * (docs/formats/pdf-text.md, "Lines"). A short line without terminal punctuation is a heading
 * continuation or a box sub-head, never half of a paragraph. Form feeds (pdftotext writes one at
 * every page break) are taken out of the text and kept as the line's page number.
 */
import { CN_NUM } from './context.ts';
import { SUPERSCRIPTS } from './markers.ts';

export type LineKind =
  | 'blank'
  | 'image' // a lone space: all that is left of a figure's image
  | 'def' // footnote definition at a page bottom
  | 'table-row'
  | 'chapter' // 第一章, 第一篇, 第一部分
  | 'section' // 一、
  | 'subsection' // （一） or (一)
  | 'numbered' // 1． 1、 01: a numbered item, a heading when it stands alone
  | 'paren' // (1) （1） 1）: the level below
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
  /** The line without surrounding spaces (and without form feeds). */
  text: string;
  kind: LineKind;
  /** 0-based page: the number of form feeds before the line. */
  page: number;
  /** Display width: a CJK or full-width character counts 2, anything else 1. */
  width: number;
  /** The first text after a table of contents. */
  afterToc?: boolean;
}

const SHORT_MAX = 20;
const SUP = `[${SUPERSCRIPTS}]`;
const NO_TERMINAL = '[^。！？]';
const RULES: [LineKind, RegExp][] = [
  ['def', new RegExp(`^${SUP}+`, 'u')],
  ['table-row', /\t/],
  ['chapter', new RegExp(`^第${CN_NUM}(?:章(?:\\s|(?=\\p{Script=Han})|$)|(?:篇|部分)(?:\\s|$))(?!.*[。！？]$)`, 'u')],
  ['section', new RegExp(`^${CN_NUM}、.*${NO_TERMINAL}$`, 'u')],
  ['subsection', new RegExp(`^[（(]${CN_NUM}[)）]`, 'u')],
  ['figure', /^图\s*\d+\s*\S/],
  ['table-caption', /^表\s*\d+\s+\S/],
  ['case', new RegExp(`^(?:案例|专栏)\\s*(?:${CN_NUM}|\\d{1,2})\\s*[：:]`, 'u')],
  ['numbered', /^(?:\d{1,2}\s*[．.、]\s*(?=[\p{Script=Han}“《（(])|0[1-9]\s*(?=[\p{Script=Han}《“]))\S/u],
  ['paren', /^(?:[（(]\d{1,2}[)）]|\d{1,2}[)）])\s*\S/u],
];
const NO_END_PUNCT = new RegExp(`[^。！？；，、：…,.;:!?]${SUP}*$`, 'u');

export function classify(raw: string): LineKind {
  const bare = raw.replace(/\f/g, '');
  if (bare.trim() === '') return /^ +$/.test(bare) ? 'image' : 'blank';
  const text = bare.trim();
  for (const [kind, re] of RULES) if (re.test(text)) return kind;
  if ([...text].length <= SHORT_MAX && NO_END_PUNCT.test(text)) return 'short';
  return 'body';
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/**
 * CJK, full-width forms and CJK punctuation count 2; everything else 1. A space the exporter put
 * between a CJK character and Latin text or a number is a typographic gap, not a column: it
 * counts nothing, so lines with numbers measure like lines without.
 */
export function displayWidth(s: string): number {
  const chars = [...s];
  let w = 0;
  chars.forEach((ch, i) => {
    if (ch === ' ' && (WIDE.test(chars[i - 1] ?? '') || WIDE.test(chars[i + 1] ?? ''))) return;
    w += WIDE.test(ch) ? 2 : 1;
  });
  return w;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let page = 0;
  text.split('\n').forEach((raw, index) => {
    // A form feed before the text starts a page; one after it (rare) starts the next.
    const lead = raw.length - raw.replace(/^[\s\f]+/, '').length;
    const before = (raw.slice(0, lead).match(/\f/g) ?? []).length;
    page += before;
    const bare = raw.replace(/\f/g, '');
    const trimmed = bare.trim();
    out.push({ index, offset: offset + lead, text: trimmed, kind: classify(raw), page, width: displayWidth(trimmed) });
    page += (raw.slice(lead).match(/\f/g) ?? []).length;
    offset += raw.length + 1;
  });
  return out;
}
