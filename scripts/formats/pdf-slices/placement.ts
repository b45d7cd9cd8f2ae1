/**
 * Where floats go. The override pins each target (`after` a sentence, or at the `end_of` a
 * section); without one, a float stays where it was first seen, snapped forward to the next
 * sentence end so it never splits a sentence.
 */
import type { Block } from '../../lib/doc.ts';
import type { CleanInput } from '../types.ts';
import type { Overrides } from './overrides.ts';
import type { Section } from './outline.ts';

export interface Anchor {
  section: number;
  offset: number;
  order: number;
  block: Block;
}

export interface Placeable {
  id: string;
  /** Offset in the outlined text where it was first seen (figures: -1 = unknown). */
  at: number;
  block: Block;
}

function snapForward(body: string, offset: number): number {
  if (offset <= 0 || /[。！？”]$/.test(body.slice(0, offset))) return offset;
  const m = /[。！？]”?/gu;
  m.lastIndex = offset;
  const hit = m.exec(body);
  return hit ? hit.index + hit[0].length : body.length;
}

export function placeFloats(sections: readonly Section[], items: readonly Placeable[], ov: Overrides, input: CleanInput): Anchor[] {
  const anchors: Anchor[] = [];
  items.forEach((it, order) => {
    const rule = ov.placements.find((p) => p.block === it.id);
    const rank = rule ? ov.placements.indexOf(rule) : ov.placements.length + order;
    if (rule?.end_of) {
      const s = sections.findIndex((x) => x.path === rule.end_of);
      if (s >= 0) return anchors.push({ section: s, offset: sections[s]!.body.length, order: rank, block: it.block });
      input.issues.error(`placement of ${it.id}: no section "${rule.end_of}" (expected a TOC path like "三/2")`, `seeds/overrides/${input.source.id}.json`);
    } else if (rule?.after) {
      const s = sections.findIndex((x) => x.body.includes(rule.after!));
      if (s >= 0) {
        const offset = sections[s]!.body.indexOf(rule.after) + rule.after.length;
        return anchors.push({ section: s, offset: snapForward(sections[s]!.body, offset), order: rank, block: it.block });
      }
      input.issues.error(`placement of ${it.id}: the text "${rule.after}" is not in the body; fix placements in seeds/overrides/${input.source.id}.json`, `seeds/overrides/${input.source.id}.json`);
    }
    // Default: where it was first seen.
    const s = sections.findIndex((x) => it.at >= x.bodyStart && it.at <= x.bodyStart + x.body.length);
    const si = s >= 0 ? s : sections.length - 1;
    const sec = sections[si]!;
    anchors.push({ section: si, offset: snapForward(sec.body, Math.max(0, it.at - sec.bodyStart)), order: rank, block: it.block });
  });
  return anchors.sort((a, b) => a.section - b.section || a.offset - b.offset || a.order - b.order);
}
