/**
 * Where floats go. By default the page-aware rule (page-default.ts) picks the place, snapped
 * forward to a paragraph end so no paragraph is split. The override pins only what no rule can
 * decide: `after` a sentence (snapped to its end), at the `end_of` a section, or right
 * `after_block` another float.
 */
import type { Block } from '../../lib/doc.ts';
import type { CleanInput } from '../types.ts';
import type { Overrides } from './overrides.ts';
import type { Section } from './outline.ts';
import { paragraphRanges } from './paragraphs.ts';

export interface Anchor {
  section: number;
  offset: number;
  order: number;
  block: Block;
}

export interface Placeable {
  id: string;
  /** Offset in the outlined text the page-aware default gives (before snapping). */
  at: number;
  block: Block;
}

function snapToSentence(body: string, offset: number): number {
  if (offset <= 0 || /[。！？”]$/.test(body.slice(0, offset))) return offset;
  const m = /[。！？]”?/gu;
  m.lastIndex = offset;
  const hit = m.exec(body);
  return hit ? hit.index + hit[0].length : body.length;
}

function snapToParagraph(body: string, offset: number): number {
  const bounds = [0, ...paragraphRanges(body).map(([, end]) => end), body.length];
  return bounds.find((b) => b >= offset) ?? body.length;
}

/** The section whose body holds `at`; inside a heading, the end of the body before it. */
function locate(sections: readonly Section[], at: number): { section: number; offset: number } {
  let best = 0;
  sections.forEach((s, i) => {
    if (s.bodyStart <= at && s.bodyStart >= sections[best]!.bodyStart) best = i;
  });
  const s = sections[best]!;
  return { section: best, offset: Math.max(0, Math.min(at - s.bodyStart, s.body.length)) };
}

export function placeFloats(sections: readonly Section[], items: readonly Placeable[], ov: Overrides, input: CleanInput): Anchor[] {
  const file = `seeds/overrides/${input.source.id}.json`;
  const anchors = new Map<string, Anchor>();
  const byDefault = (it: Placeable, order: number): Anchor => {
    const { section, offset } = locate(sections, it.at);
    return { section, offset: snapToParagraph(sections[section]!.body, offset), order, block: it.block };
  };
  const pinned = (it: Placeable, order: number): Anchor | undefined => {
    const rule = ov.placements.find((p) => p.block === it.id);
    if (rule?.end_of) {
      const s = sections.findIndex((x) => x.path === rule.end_of);
      if (s >= 0) return { section: s, offset: sections[s]!.body.length, order, block: it.block };
      input.issues.error(`placement of ${it.id}: no section "${rule.end_of}" (expected a TOC path like "三/2")`, file);
    } else if (rule?.after) {
      const s = sections.findIndex((x) => x.body.includes(rule.after!));
      const body = sections[s]?.body ?? '';
      if (s >= 0) return { section: s, offset: snapToSentence(body, body.indexOf(rule.after) + rule.after.length), order, block: it.block };
      input.issues.error(`placement of ${it.id}: the text "${rule.after}" is not in the body; fix placements in ${file}`, file);
    } else if (rule?.after_block) {
      // Right after its target, before anything else placed there (orders are whole numbers).
      const a = anchors.get(rule.after_block);
      if (a) return { ...a, order: a.order + 0.5, block: it.block };
      input.issues.error(`placement of ${it.id}: no block "${rule.after_block}" placed before it; place the target first`, file);
    }
    return undefined;
  };
  // Blocks that follow another go last, so their target already has its place.
  const follows = (it: Placeable): boolean => ov.placements.some((p) => p.block === it.id && p.after_block);
  const queue = items.map((it, order) => ({ it, order })).sort((a, b) => Number(follows(a.it)) - Number(follows(b.it)));
  for (const { it, order } of queue) {
    const rank = ov.placements.findIndex((p) => p.block === it.id);
    anchors.set(it.id, pinned(it, rank) ?? byDefault(it, ov.placements.length + order));
  }
  return [...anchors.values()].sort((a, b) => a.section - b.section || a.offset - b.offset || a.order - b.order);
}
