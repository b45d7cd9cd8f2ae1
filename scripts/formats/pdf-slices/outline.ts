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
      input.issues.error(
        `expected TOC heading "${e.label}${e.title}" (p. ${e.page}) in the body after "${text.slice(Math.max(0, cursor - 20), cursor)}", found none; the text layer lost it or dedupe removed it`,
        `seeds/${input.source.file}`,
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
  if (!m) input.issues.error(`expected the body to open with 前言, found "${preface.slice(0, 20)}"`, `seeds/${input.source.file}:2:1`);
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
