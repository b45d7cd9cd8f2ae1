/**
 * Wrap sentences and fact spans, given as offsets into an inline run's visible text, around
 * the run's existing nodes: sentence ⊃ fact ⊃ strong/link ⊃ text. Markers (note refs,
 * citations) stay where they were. The visible text never changes.
 */
import { inlineChildren, type Inline } from '../lib/doc.ts';
import { charge } from './grammar/bounds.ts';

export interface FactSpan {
  start: number;
  end: number;
  id: string;
  subject: string;
  period: string | null;
}

export interface SentenceSpan {
  start: number;
  end: number;
  id: string;
  facts: FactSpan[];
}

type Container = Exclude<Inline, { type: 'text' | 'fnref' | 'cite' }>;

interface Leaf {
  /** Outermost first; identity (===) decides which leaves share a container. */
  path: Container[];
  node: Inline;
  start: number;
}

function flatten(nodes: readonly Inline[], path: Container[], at: { offset: number }, out: Leaf[]): void {
  for (const n of nodes) {
    const kids = inlineChildren(n);
    if (kids) flatten(kids, [...path, n as Container], at, out);
    else {
      out.push({ path, node: n, start: at.offset });
      if (n.type === 'text') at.offset += n.value.length;
    }
  }
}

/**
 * Split text leaves so that no leaf crosses any of the cut offsets (sorted). Leaves come in
 * offset order, so one pointer walks the cuts: linear in leaves plus cuts.
 */
function cut(leaves: Leaf[], cuts: number[]): Leaf[] {
  const out: Leaf[] = [];
  let k = 0;
  for (const leaf of leaves) {
    if (leaf.node.type !== 'text') {
      out.push(leaf);
      continue;
    }
    const { value } = leaf.node;
    const end = leaf.start + value.length;
    let from = leaf.start;
    while (k < cuts.length && cuts[k]! <= from) k++;
    for (; k < cuts.length && cuts[k]! < end; k++) {
      const c = cuts[k]!;
      if (c <= from) continue;
      out.push({ path: leaf.path, node: { type: 'text', value: value.slice(from - leaf.start, c - leaf.start) }, start: from });
      from = c;
    }
    out.push({ path: leaf.path, node: { type: 'text', value: value.slice(from - leaf.start) }, start: from });
  }
  return out;
}

function rebuild(leaves: Leaf[], depth: number): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < leaves.length) {
    const head = leaves[i]!.path[depth];
    if (!head) {
      out.push(leaves[i]!.node);
      i++;
      continue;
    }
    let j = i;
    while (j < leaves.length && leaves[j]!.path[depth] === head) j++;
    out.push({ ...head, children: rebuild(leaves.slice(i, j), depth + 1) } as Inline);
    i = j;
  }
  return out;
}

/** The last of `items` (sorted by start, not overlapping) whose start is below `at` (or at it, when `inclusive`). */
function lastStarting<T extends { span: { start: number } }>(items: readonly T[], at: number, inclusive: boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = items[mid]!.span.start;
    if (s < at || (inclusive && s === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}

export function annotate(nodes: readonly Inline[], sentences: readonly SentenceSpan[]): Inline[] {
  if (sentences.length === 0) return [...nodes];
  charge(sentences.length);
  const leaves: Leaf[] = [];
  flatten(nodes, [], { offset: 0 }, leaves);
  const cuts = sentences.flatMap((s) => [s.start, s.end, ...s.facts.flatMap((f) => [f.start, f.end])]).sort((a, b) => a - b);
  const wrappers = sentences.map((s) => ({
    span: s,
    node: { type: 'sentence', id: s.id, children: [] } as Container,
    facts: s.facts.map((f) => ({ span: f, node: { type: 'fact', id: f.id, subject: f.subject, period: f.period, children: [] } as Container })),
  }));
  const placed = cut(leaves, cuts).map((leaf) => {
    const isText = leaf.node.type === 'text';
    // A marker right after a sentence's last character belongs to that sentence. Sentences are in
    // order and do not overlap, so only the last one starting before the leaf can hold it.
    const c = lastStarting(wrappers, leaf.start, isText);
    const w = c && (isText ? leaf.start >= c.span.start && leaf.start < c.span.end : leaf.start > c.span.start && leaf.start <= c.span.end) ? c : undefined;
    if (!w) return leaf;
    const f = isText ? w.facts.find((x) => leaf.start >= x.span.start && leaf.start < x.span.end) : undefined;
    return { ...leaf, path: f ? [w.node, f.node, ...leaf.path] : [w.node, ...leaf.path] };
  });
  return rebuild(placed, 0);
}
