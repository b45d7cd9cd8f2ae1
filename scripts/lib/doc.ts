/**
 * The cleaned document model: what a format module's clean() hands to the structure stage.
 * Formats describe blocks and inline runs; they never produce Markdown/MDX text. The structure
 * stage turns this model into mdast, and emit serializes mdast — so source text can never
 * become code.
 */
import type { TextFigureSpec } from '../extract/figures/text-rebuild.ts';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  /** url is the href; children are the visible text (e.g. a scheme-less URL keeps its text). */
  | { type: 'link'; url: string; children: Inline[] }
  /** A footnote reference that keeps the source's own number (004: ¹⁴ → n 14). */
  | { type: 'fnref'; n: number }
  /** Citation markers of the 000 digests ([1][2] → ns [1, 2]): data, shown as a superscript. */
  | { type: 'cite'; ns: number[] }
  /** Added by extract: a sentence that states facts, with the anchor facts link back to. */
  | { type: 'sentence'; id: string; children: Inline[] }
  /** Added by extract: the characters of one fact's number and unit. */
  | { type: 'fact'; id: string; subject: string; period: string | null; children: Inline[] };

export type CalloutKind =
  | 'case' // 专栏 (002), 案例 (004)
  | 'keypoints' // 000: a leading 核心观点 section
  | 'variant'; // 000: another outlet's digest of the same story (同题报道)

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4; children: Inline[]; missing?: boolean }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered?: boolean; items: Inline[][] }
  | {
      type: 'callout';
      kind: CalloutKind;
      /** The source's own number (专栏 3 → 3, 案例二 → 2). */
      n?: number;
      title: Inline[];
      /** Literal string attributes passed to the component (outlet, published…). */
      attrs?: Record<string, string>;
      children: Block[];
    }
  | {
      type: 'figure';
      /** The source's figure number (图 2 → 2). */
      n: number;
      caption: string;
      /** Raw text the figure's data came from (digit runs, axis ticks); kept for the extract stage. */
      raw?: string;
      note?: string;
      /** Which words of the text lead up to each row's number, where the figure's data is only in
       * the prose (pdf-text, from the source's overrides); the extract stage rebuilds the chart. */
      textSpec?: TextFigureSpec;
      /** Footnote numbers the caption refers to (kept so the notes stay referenced). */
      noteRefs?: number[];
    }
  | {
      type: 'table';
      /** Stable id, e.g. "policy-index" or "table-1". */
      id: string;
      caption: string;
      header: string[];
      rows: string[][];
      /** ISO date (2025-02, 2020-11-05) of each row's first cell, where that cell is a date. */
      isoDates?: string[];
    };

export interface Footnote {
  /** The source's own note number. */
  n: number;
  children: Inline[];
  /** The source references this note but never defines it (004 note 21). */
  missing?: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Chapter {
  /** ASCII slug, unique within the source: "preface", "ch-1", "ai-labelling"… */
  slug: string;
  /** Plain-text title as the reader sees it (Simplified, widened punctuation, no note markers). */
  title: string;
  blocks: Block[];
  footnotes: Footnote[];
  /** Format-specific chapter metadata (articles of a digest cluster, truncated, missing sections…). */
  meta: Record<string, JsonValue>;
}

export interface CleanDoc {
  /** Source-level metadata found in the text (cover date, credits, tag, description, pdf_pages…). */
  meta: Record<string, JsonValue>;
  chapters: Chapter[];
  /** Format-specific counts for the ingest report (annotations stripped, citations, clusters…). */
  stats: Record<string, number>;
}

/** The children of a container inline (strong, link, sentence, fact); undefined for leaves. */
export function inlineChildren(n: Inline): Inline[] | undefined {
  return 'children' in n ? n.children : undefined;
}
