/**
 * Headings come from the TOC: each entry is found in the deduped text as printed (chapter
 * openers without their 、). A chapter heading the extractor emitted after its own first
 * section (二 turns up after 二(二)4) moves before that section. Depth: (一) → 2, `1.` → 3,
 * except in chapters without a (一) level, where `1.` → 2.
 */
import type { CleanInput } from '../types.ts';
import type { TocEntry } from './toc.ts';

export interface Section {
  /** TOC path such as "三/2" or "五/(二)/3"; "前言" for the preface. */
  path: string;
  entry: TocEntry | null;
  depth: 1 | 2 | 3;
  /** Heading as printed (chapter label without 、). */
  heading: string;
  body: string;
  /** Offset of body in the outlined text (for float positions). */
  bodyStart: number;
  /** Chapter slug when the outline came from patterns, not the TOC. */
  slug?: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (e: TocEntry): RegExp =>
  new RegExp(esc(e.label) + [...e.title].map((c) => (c === ' ' ? '' : esc(c) + ' ?')).join(''), 'gu');

export function buildOutline(text: string, toc: readonly TocEntry[], input: CleanInput): Section[] {
  const found: { i: number; start: number; end: number }[] = [];
  let cursor = 0;
  // Sections and items appear in order; chapter headings may be displaced, so find them anywhere.
  toc.forEach((e, i) => {
    const re = pattern(e);
    re.lastIndex = e.level === 'chapter' ? 0 : cursor;
    const m = re.exec(text);
    if (!m) {
      input.issues.warn(
        `expected TOC heading "${e.label}${e.title}" (p. ${e.page}) in the body after "${text.slice(Math.max(0, cursor - 20), cursor)}", found none`,
        `seeds/${input.source.file}`,
        { rule: 'pdf-slices/toc-heading-missing', hint: 'the text layer lost it or dedupe removed it; its text stays in the section before' },
      );
      return;
    }
    found.push({ i, start: m.index, end: m.index + m[0].length });
    if (e.level !== 'chapter') cursor = m.index + m[0].length;
  });
  const byPos = [...found].sort((a, b) => a.start - b.start);
  const bodyOf = new Map<number, string>();
  byPos.forEach((f, k) => bodyOf.set(f.i, text.slice(f.end, byPos[k + 1]?.start ?? text.length)));
  const bodyAt = new Map(found.map((f) => [f.i, f.end]));
  const preface = text.slice(0, byPos[0]?.start ?? text.length);

  const sections: Section[] = [];
  const m = /^前言/.exec(preface);
  if (!m && preface.trim())
    input.issues.warn(`expected the text before chapter 一 to open with 前言, found "${preface.slice(0, 20)}"`, `seeds/${input.source.file}`, {
      rule: 'pdf-slices/no-preface',
      hint: 'the text is published as the preface all the same',
    });
  sections.push({ path: '前言', entry: null, depth: 1, heading: '前言', body: preface.slice(m ? 2 : 0), bodyStart: m ? 2 : 0 });

  let chapter = '';
  let section = '';
  let hasSections = false;
  const at = new Map(found.map((f) => [f.i, f]));
  toc.forEach((e, i) => {
    const f = at.get(i);
    if (!f) return;
    if (e.level === 'chapter') {
      chapter = e.label;
      section = '';
      hasSections = toc.slice(i + 1, nextChapter(toc, i)).some((x) => x.level === 'section');
    } else if (e.level === 'section') section = e.label;
    const path = [chapter, e.level === 'chapter' ? '' : e.level === 'section' ? e.label : section ? `${section}/${e.label.replace('.', '')}` : e.label.replace('.', '')]
      .filter(Boolean)
      .join('/');
    const depth = e.level === 'chapter' ? 1 : e.level === 'section' ? 2 : hasSections ? 3 : 2;
    const body = bodyOf.get(i) ?? '';
    const child = at.get(i + 1);
    if (e.level === 'chapter' && body.trim() && child && child.start < f.start) {
      input.issues.warn(`chapter heading "${e.label}${e.title}" was out of place and carried text "${body.slice(0, 20)}"; check its placement`);
    }
    sections.push({ path, entry: e, depth, heading: text.slice(f.start, f.end), body, bodyStart: bodyAt.get(i) ?? 0 });
  });
  return sections;
}

function nextChapter(toc: readonly TocEntry[], i: number): number {
  const k = toc.slice(i + 1).findIndex((x) => x.level === 'chapter');
  return k < 0 ? toc.length : i + 1 + k;
}

/** The longest opening line taken for the document's own title. */
const TITLE_MAX = 40;
/** Front-matter headings a report opens with, spaced or not (`引 言`). */
const FRONT = /^(前\s?言|引\s?言|摘\s?要|序\s?言)(?=\S)/u;
/** `一、标题 ` at a sentence end or a space: a chapter of a report without TOC. */
const NUMERAL = /(?<=^|[。！？”\s])([一二三四五六七八九十]{1,3})、([^\s。！？，,；;]{2,30}?)(?=\s)/gu;
/** `1、标题 `: the same with Arabic numbers (word-processor reports). */
const ARABIC = /(?<=^|[。！？”\s])(\d{1,2})、([^\s\d。！？，,；;]{2,30}?)(?=\s)/gu;
/** `1.1 标题 `: a numbered sub-heading inside a chapter found by pattern. */
const SUB = /(?<=^|[。！？”\s])(\d{1,2}\.\d{1,2}) ?(\p{Script=Han}[^\s。！？，,；;]{1,29}?)(?=\s)/gu;
/** `1 标题 `: a numbered heading as research notes print them (`1 引子 2017 年…`). */
const NUMBERED = /(?<=^|[。！？”]|\s)(\d{1,2}) ([\p{Script=Han}A-Za-z]{2,24}) (?=\S)/gu;

/**
 * Without a TOC, headings by pattern: a leading 前言/引言; `一、…` headings; else `1 标题`
 * headings when they number 1, 2, 3… in order. Each heading opens a chapter. What precedes
 * the first heading is the opening chapter, titled by its front-matter word or `title`.
 */
export function outlineByPattern(text: string, title: string): { sections: Section[]; titleLine: string | null } {
  const front = FRONT.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  const shift = front ? front[0].length : 0;
  let heads = [...body.matchAll(NUMERAL)].map((m) => ({ at: m.index, end: m.index + m[0].length, heading: `${m[1]}、${m[2]}` }));
  // Chinese numerals in order only (一 then 二…): a stray `三、` inside a list is not a chapter.
  heads = inOrder(heads, (h) => '一二三四五六七八九十'.indexOf(h.heading[0]!) + 1);
  if (heads.length === 0) {
    const arabic = [...body.matchAll(ARABIC)].map((m) => ({ at: m.index, end: m.index + m[0].length, heading: `${m[1]}、${m[2]}`, n: Number(m[1]) }));
    heads = inOrder(arabic, (h) => h.n);
    if (heads.length < 2) heads = [];
  }
  if (heads.length === 0) {
    const numbered = [...body.matchAll(NUMBERED)].map((m) => ({ at: m.index, end: m.index + m[0].length, heading: `${m[1]} ${m[2]}`, n: Number(m[1]) }));
    heads = inOrder(numbered, (h) => h.n);
    if (heads.length < 2) heads = [];
  }
  const sections: Section[] = [];
  const firstAt = heads[0]?.at ?? body.length;
  let opening = body.slice(0, firstAt);
  // A report opens with its own title line (no sentence in it) before its first heading: that
  // is the document's title, not a chapter.
  const lead = opening.trim();
  let titleLine: string | null = null;
  if (!front && heads.length > 0 && lead && [...lead].length <= TITLE_MAX && !/[。！？]/.test(lead)) {
    titleLine = lead;
    opening = '';
  }
  const heading = front ? front[1]!.replace(/\s/g, '') : title;
  if (opening.trim() || heads.length === 0)
    sections.push({ path: 'opening', entry: null, depth: 1, heading, body: opening, bodyStart: shift, slug: front ? 'preface' : 'main' });
  heads.forEach((h, k) => {
    const end = heads[k + 1]?.at ?? body.length;
    const chapter = body.slice(h.end, end);
    // Sub-headings `N.1 …`, `N.2 …` in order, one N per chapter (documents number them their own way).
    const found = [...chapter.matchAll(SUB)].map((m) => ({ at: m.index, end: m.index + m[0].length, heading: `${m[1]} ${m[2]}`, major: m[1]!.split('.')[0], n: Number(m[1]!.split('.')[1]) }));
    const subs = inOrder(found.filter((x) => x.major === found[0]?.major), (x) => x.n);
    sections.push({ path: h.heading, entry: null, depth: 1, heading: h.heading, body: chapter.slice(0, subs[0]?.at ?? chapter.length), bodyStart: shift + h.end, slug: `ch-${k + 1}` });
    subs.forEach((x, j) => {
      const subEnd = subs[j + 1]?.at ?? chapter.length;
      sections.push({ path: `${h.heading}/${x.heading}`, entry: null, depth: 2, heading: x.heading, body: chapter.slice(x.end, subEnd), bodyStart: shift + h.end + x.end });
    });
  });
  return { sections, titleLine };
}

/** The longest run of heads numbered 1, 2, 3… in text order. */
function inOrder<T>(heads: readonly T[], num: (h: T) => number): T[] {
  const out: T[] = [];
  for (const h of heads) if (num(h) === out.length + 1) out.push(h);
  return out;
}
