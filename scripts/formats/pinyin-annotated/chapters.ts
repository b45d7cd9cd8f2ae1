/**
 * Cut the body at the located TOC headings into one chapter per 一、…十二、 with its sections,
 * and turn text into paragraphs of final reader text.
 */
import type { Block, Chapter, JsonValue } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';
import type { EntryKind } from './outline.ts';
import { splitParagraphs, trailingFragment } from './paragraphs.ts';

export interface Entry {
  /** Simplified, quotes curled: the TOC's text. */
  text: string;
  kind: EntryKind;
  /** Offset in the body, -1 when the body lacks it. */
  at: number;
  /** Length of the entry in the body. */
  length: number;
}

export interface Body {
  simplified: string;
  /** Same offsets, Traditional (annotation-stripped): kept for provenance and search. */
  traditional: string;
  /** Raw-file offset of a body offset. */
  raw(i: number): number;
}

/** Heading as the reader sees it: `1.1 项目背景`, `一、项目概述`; punctuation widened. */
export function headingText(kind: EntryKind, text: string, ledger: Ledger | undefined): string {
  if (kind.kind === 'chapter') return widenPunctuation(fixSpacing(text), ledger);
  return `${kind.num} ${widenPunctuation(fixSpacing(text.slice(kind.num.length).trim()), ledger)}`;
}

function paragraphs(text: string, ledger: Ledger): Block[] {
  return splitParagraphs(text).map((p) => ({
    type: 'paragraph',
    children: [{ type: 'text', value: widenPunctuation(fixSpacing(p), ledger) }],
  }));
}

export interface Outline {
  chapters: Chapter[];
  /** Headings the TOC lists but the body lacks, as display text. */
  missing: string[];
  truncated: boolean;
}

export function buildChapters(entries: readonly Entry[], body: Body, ledger: Ledger): Outline {
  const found = entries.filter((e) => e.at >= 0);
  const lastFound = found[found.length - 1];
  // Entries missing after the last heading the body has: the text was cut off there.
  const truncated = lastFound !== undefined && entries.indexOf(lastFound) < entries.length - 1;
  const chapters: Chapter[] = [];
  const missing: string[] = [];
  let chapter: Chapter | undefined;
  let chapterStart = 0;
  const close = (end: number): void => {
    if (!chapter) return;
    chapter.meta['original'] = body.traditional.slice(chapterStart, end);
    chapter.meta['raw_range'] = [body.raw(chapterStart), body.raw(end - 1) + 1];
  };
  entries.forEach((e, i) => {
    if (e.at < 0) {
      const shown = headingText(e.kind, e.text, undefined);
      missing.push(shown);
      if (chapter) ((chapter.meta['missing_sections'] ??= []) as JsonValue[]).push(shown);
      return;
    }
    const next = found[found.indexOf(e) + 1];
    const end = next ? next.at : body.simplified.length;
    let text = body.simplified.slice(e.at + e.length, end);
    if (e === lastFound && truncated) {
      const fragment = trailingFragment(text);
      if (fragment.trim()) ledger.remove('truncated fragment', fragment);
      text = text.slice(0, text.length - fragment.length);
    }
    const heading = headingText(e.kind, body.simplified.slice(e.at, e.at + e.length), ledger);
    if (e.kind.kind === 'chapter') {
      close(e.at);
      chapter = { slug: `ch-${e.kind.n}`, title: heading, blocks: [], footnotes: [], meta: {} };
      chapterStart = e.at;
      chapters.push(chapter);
      chapter.blocks.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: heading }] });
    } else {
      if (!chapter) throw new Error(`section ${e.text} (entry ${i + 1}) precedes every chapter; classify entries before building`);
      chapter.blocks.push({ type: 'heading', depth: e.kind.depth, children: [{ type: 'text', value: heading }] });
    }
    chapter.blocks.push(...paragraphs(text, ledger));
  });
  close(body.simplified.length);
  if (truncated && chapter) chapter.meta['truncated'] = true;
  return { chapters, missing, truncated };
}
