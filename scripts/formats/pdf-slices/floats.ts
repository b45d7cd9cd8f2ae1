/**
 * Floats the extractor left wherever the page's overflow ended: 专栏 boxes (title run into the
 * body, so the override pins each title), the policy table and the transition sentence it was
 * wrapped in. Each is cut out of the deduped text; where it started tells the page it was first
 * seen on, which decides its default place (page-default.ts).
 */
import type { CleanInput } from '../types.ts';
import { offsetMap, type Edit, type OffsetMap } from './offsets.ts';
import type { Overrides } from './overrides.ts';

export interface Float {
  /** "callout-3", "table", "transition". */
  id: string;
  n?: number;
  title?: string;
  text: string;
  /** Offset in the text given to cutFloats where the float started. */
  start: number;
}

/** Where a float's text ends: the next 专栏, the table, a chapter opener or the end. */
function stopAfter(text: string, from: number, stops: readonly string[]): number {
  let end = text.length;
  for (const s of stops) {
    const t = text.indexOf(s, from);
    if (t >= 0 && t < end) end = t;
  }
  return end;
}

/** `openers` are the chapter headings as printed (`四直播电商的社会价值`). */
export function cutFloats(text: string, ov: Overrides, openers: readonly string[], input: CleanInput): { text: string; floats: Float[]; map: OffsetMap } {
  const stops = [...ov.callouts.map((c) => `专栏 ${c.n} `), ...openers, ...(ov.table ? [ov.table.header_run] : [])];
  const spans: { id: string; start: number; end: number; n?: number; title?: string; bodyStart: number }[] = [];
  for (const c of ov.callouts) {
    const label = `专栏 ${c.n} ${c.title}`;
    const start = text.indexOf(label);
    if (start < 0) {
      input.issues.error(
        `expected box "${label}" in the body, found none; fix callouts[n=${c.n}].title in seeds/overrides/${input.source.id}.json`,
        `seeds/${input.source.file}`,
      );
      continue;
    }
    const bodyStart = start + label.length;
    spans.push({ id: `callout-${c.n}`, n: c.n, title: c.title, start, bodyStart, end: stopAfter(text, bodyStart, stops) });
  }
  if (ov.table) {
    const start = text.indexOf(ov.table.header_run);
    if (start < 0) input.issues.error(`expected the table header "${ov.table.header_run}", found none`, `seeds/${input.source.file}`);
    else spans.push({ id: 'table', start, bodyStart: start, end: stopAfter(text, start + ov.table.header_run.length, stops) });
    const tr = text.indexOf(ov.table.transition);
    if (tr < 0) input.issues.error(`expected the transition sentence "${ov.table.transition}", found none`, `seeds/${input.source.file}`);
    else spans.push({ id: 'transition', start: tr, bodyStart: tr, end: tr + ov.table.transition.length });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  const floats: Float[] = [];
  const cuts: Edit[] = [];
  for (const s of spans) {
    if (s.start < last) {
      input.issues.error(`float ${s.id} overlaps the float before it; check the override titles`, `seeds/${input.source.file}`);
      continue;
    }
    out += text.slice(last, s.start);
    if (s.n !== undefined) input.ledger.move('box number → data', `专栏${s.n}`);
    floats.push({ id: s.id, n: s.n, title: s.title, text: text.slice(s.bodyStart, s.end), start: s.start });
    cuts.push({ at: s.start, removed: s.end - s.start, inserted: 0 });
    last = s.end;
  }
  return { text: out + text.slice(last), floats, map: offsetMap(cuts) };
}
