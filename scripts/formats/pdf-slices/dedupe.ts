/**
 * The PDF text layer emitted, for every page, the whole remaining text of each frame, so most
 * sentences appear two to five times, byte-identical but phase-shifted. Scan left to right; at
 * each position take the longest match of the remaining text in the text already seen (a
 * K-gram hash index finds candidates, so the scan is linear in practice). A match of at least
 * K characters is a copy and is skipped; 20–40 works, 12 deletes real repeats such as
 * `以人为核心的交互式信任电商模式`, 80 leaves duplicates.
 */
import type { CleanInput } from '../types.ts';
import { offsetMap, type Edit } from './offsets.ts';

export const MIN_COPY = 25;
const FRINGE = 12;
const END = /[。！？]/;

interface Segment {
  copy: boolean;
  start: number;
  end: number;
}

function scan(text: string, k: number): Segment[] {
  const index = new Map<string, number[]>();
  const segs: Segment[] = [];
  const push = (copy: boolean, start: number, end: number): void => {
    const last = segs[segs.length - 1];
    if (last && last.copy === copy && !copy && last.end === start) last.end = end;
    else segs.push({ copy, start, end });
  };
  let indexed = 0;
  let i = 0;
  while (i < text.length) {
    for (; indexed < i && indexed + k <= text.length; indexed++) {
      const g = text.slice(indexed, indexed + k);
      const list = index.get(g);
      if (list) list.push(indexed);
      else index.set(g, [indexed]);
    }
    let best = 0;
    for (const j of index.get(text.slice(i, i + k)) ?? []) {
      let len = 0;
      while (i + len < text.length && text[j + len] === text[i + len]) len++;
      if (len > best) best = len;
    }
    if (best >= k) {
      push(true, i, i + best);
      i += best;
    } else {
      push(false, i, i + 1);
      i++;
    }
  }
  return segs;
}

/**
 * Snap copy edges to sentences: a copy's leading 。 belongs to the text before it; a short
 * fringe after a copy's last sentence end is the start of the next sentence only when new
 * text follows it (`专栏 ` + `3 高单价…`), otherwise it is a stub (`…连接。根` + another copy).
 */
function snap(text: string, segs: Segment[]): void {
  segs.forEach((s, n) => {
    if (!s.copy) return;
    const prev = segs[n - 1];
    const next = segs[n + 1];
    if (prev && !prev.copy && END.test(text[s.start] ?? '') && !END.test(text[prev.end - 1] ?? '')) {
      prev.end++;
      s.start++;
    }
    const body = text.slice(s.start, s.end);
    let lastEnd = -1;
    for (let c = body.length - 1; c >= 0; c--) if (END.test(body[c]!)) { lastEnd = c; break; }
    const fringe = body.length - 1 - lastEnd;
    if (lastEnd >= 0 && fringe > 0 && fringe <= FRINGE && next && !next.copy) {
      s.end -= fringe;
      next.start -= fringe;
    }
  });
}

export interface Deduped {
  text: string;
  copies: number;
  /** Input offset → output offset of the first kept character at or after it. */
  kept(offset: number): number;
  /** Output offset → the input offset it was kept from. */
  origin(offset: number): number;
}

export function dedupe(text: string, input: CleanInput, k = MIN_COPY): Deduped {
  const segs = scan(text, k);
  snap(text, segs);
  let out = '';
  let copies = 0;
  // Input offset of each kept character, so positions survive the step (page-default.ts).
  const from: number[] = [];
  for (const s of segs) {
    if (s.start >= s.end) continue;
    const piece = text.slice(s.start, s.end);
    if (s.copy) {
      input.ledger.remove('repeated text-layer passage', piece);
      copies++;
    } else {
      out += piece;
      for (let i = s.start; i < s.end; i++) from.push(i);
    }
  }
  from.push(text.length);
  // A stub sentence that only repeats the end of the sentence before it (`越走越宽。品上行的路越走越宽。`).
  const sentences = out.split(/(?<=[。！？])/);
  const stubs: Edit[] = [];
  let at = 0;
  out = sentences
    .filter((b, n) => {
      const a = sentences[n - 1];
      at += b.length;
      if (!a || [...b].length > FRINGE || !END.test(b.slice(-1)) || !a.endsWith(b)) return true;
      input.ledger.remove('repeated text-layer passage', b);
      stubs.push({ at: at - b.length, removed: b.length, inserted: 0 });
      copies++;
      return false;
    })
    .join('');
  const m = offsetMap(stubs);
  const next = (x: number): number => from.findIndex((f) => f >= Math.min(x, text.length));
  return { text: out, copies, kept: (x) => m.forward(next(x)), origin: (y) => from[m.back(y)] ?? text.length };
}

/** Sentences of `min`+ characters that occur more than once (should be none). */
export function repeatedSentences(text: string, min = 12): string[] {
  const seen = new Map<string, number>();
  for (const s of text.split(/(?<=[。！？])/)) {
    const t = s.trim();
    if ([...t].length >= min) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return [...seen].filter(([, c]) => c > 1).map(([s]) => s);
}
