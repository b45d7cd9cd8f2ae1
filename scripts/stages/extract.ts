/**
 * Stage 4 — extract: walk each chapter once, split its text runs into sentences, find every
 * quantity, and turn each into a fact record whose quote is the exact sentence and whose
 * anchor is wrapped around that sentence on the page. Tables and figures become data records.
 * Cross-source checks run afterwards over all facts (scripts/extract/checks.ts).
 */
import { createHash } from 'node:crypto';
import type { DataTable } from '../../src/schemas/table.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { Source } from '../../src/schemas/source.ts';
import { annotate, type SentenceSpan } from '../extract/annotate.ts';
import { digestTablesOf } from '../extract/digest-tables.ts';
import { figuresOf } from '../extract/figures.ts';
import { sameQuantities } from '../extract/same.ts';
import { splitSentences } from '../extract/sentences.ts';
import { findQuantities, type Quantity } from '../extract/quantities.ts';
import { periodOf } from '../extract/period.ts';
import { subjectsOf } from '../extract/subject.ts';
import { findTimes } from '../extract/grammar/time.ts';
import { tablesOf } from '../extract/tables.ts';
import type { Block, Chapter, CleanDoc, Inline } from '../lib/doc.ts';
import { IssueList } from '../lib/issues.ts';
import { inlineText } from '../lib/measure.ts';

export interface ExtractResult {
  /** The document with sentences and facts wrapped for the page. */
  doc: CleanDoc;
  facts: Fact[];
  tables: DataTable[];
  figures: Figure[];
  issues: IssueList;
}

/**
 * A bare magnitude (1200万) has no base unit of its own; when the subject says it counts
 * people (VR直播用户规模), the people are the unit — so the value can be compared.
 */
function baseUnit(subject: string, q: Quantity): Fact['normalized'] {
  if (q.normalized || q.unit === '' || !/^[万亿千百]+$/u.test(q.unit)) return q.normalized;
  if (/(用户|网民|人口|主播|消费者|买家)(规模|数量|总数|数)?$|人数$/u.test(subject)) return { value: q.value * q.magnitude, unit: '人' };
  return null;
}

function shortHash(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 8);
}

/** The chapter's normalized text: every block's visible text, one block per line. */
export function chapterText(chapter: Chapter): string {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'heading' || b.type === 'paragraph') lines.push(inlineText(b.children));
      else if (b.type === 'list') b.items.forEach((i) => lines.push(inlineText(i)));
      else if (b.type === 'callout') (lines.push(inlineText(b.title)), walk(b.children));
    }
  };
  walk(chapter.blocks);
  return lines.join('\n');
}

function chapterFacts(source: Source, chapter: Chapter, facts: Fact[]): Chapter {
  let blockNo = 0;
  const ids = new Map<string, number>();
  const run = (nodes: Inline[]): Inline[] => {
    const b = blockNo++;
    const text = inlineText(nodes);
    const spans: SentenceSpan[] = [];
    splitSentences(text).forEach((s, k) => {
      const anchor = `s-${b}-${k}`;
      // Each sentence is read once: its quantities, times and subjects (a subject may borrow the
      // one before it), so the work per number stays within its clause (extract/grammar/bounds.ts).
      const quantities = findQuantities(s.text);
      const subjects = subjectsOf(s.text, quantities);
      const times = quantities.length ? findTimes(s.text) : [];
      const found = quantities.map((q, j) => {
        const base = `f-${source.id}-${chapter.slug}-${shortHash(s.text, q.start, q.text)}`;
        const n = (ids.get(base) ?? 0) + 1;
        ids.set(base, n);
        const id = n === 1 ? base : `${base}-${n}`;
        const subject = subjects[j]!;
        const fact: Fact = {
          id,
          source: source.id,
          chapter: chapter.slug,
          anchor,
          subject,
          value: q.value,
          value_high: q.valueHigh,
          unit: q.unit,
          text: q.text,
          offset: q.start,
          normalized: baseUnit(subject, q),
          kind: q.kind,
          period: periodOf(s.text, q, {}, times),
          qualifier: q.qualifier,
          quote: s.text,
          reliability: source.reliability,
          same_as: null,
        };
        facts.push(fact);
        return { start: s.start + q.start, end: s.start + q.end, id, subject: fact.subject, period: fact.period };
      });
      if (found.length) spans.push({ start: s.start, end: s.end, id: anchor, facts: found });
    });
    return annotate(nodes, spans);
  };
  const walk = (blocks: readonly Block[]): Block[] =>
    blocks.map((b): Block => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return { ...b, children: run(b.children) };
        case 'list':
          return { ...b, items: b.items.map(run) };
        case 'callout':
          return { ...b, children: walk(b.children) };
        default:
          return b;
      }
    });
  return { ...chapter, blocks: walk(chapter.blocks) };
}

/** The anchor of the sentence that a figure's data came from, when it is on the page. */
function anchorFor(quote: string | null, chapter: string, facts: readonly Fact[]): string | null {
  if (!quote) return null;
  const hit = facts.find((f) => f.chapter === chapter && (quote.includes(f.quote) || f.quote.includes(quote)));
  return hit?.anchor ?? null;
}

/** `overrides`: the source's parsed overrides file (tables stated in prose are data there). */
export function extract(source: Source, doc: CleanDoc, overrides: unknown = null): ExtractResult {
  const issues = new IssueList(source.id, 'extract');
  const facts: Fact[] = [];
  const annotated: CleanDoc = { ...doc, chapters: doc.chapters.map((c) => chapterFacts(source, c, facts)) };

  // The same quantity stated twice (155225亿元 and 15.52万亿元) is one fact seen twice.
  for (const [later, earlier] of sameQuantities(facts)) later.same_as = earlier.id;

  const tables = [...tablesOf(source, doc), ...digestTablesOf(source, doc, overrides)];
  const fig = figuresOf(source, doc);
  tables.push(...fig.tables);
  for (const p of fig.problems) issues.warn(p, undefined, { rule: 'extract/figure-data', hint: 'the figure is drawn from what could be read; check the numbers against the original' });
  const figures = fig.figures.map((f) => ({ ...f, anchor: f.anchor ?? anchorFor(f.quote, f.chapter, facts) }));
  return { doc: annotated, facts, tables, figures, issues };
}
