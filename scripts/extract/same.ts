/**
 * Within one source, the same quantity stated again — in other units or precision (155225亿元
 * and 15.52万亿元) or in a repeated passage: pairs of [later, earlier], so that the later can
 * point at the earlier and counts do not include it twice.
 */
import type { Fact } from '../../src/schemas/fact.ts';
import { equalAsStated, sameMeasure } from './measure-key.ts';

export function sameQuantities(facts: readonly Fact[]): [Fact, Fact][] {
  const pairs: [Fact, Fact][] = [];
  facts.forEach((later, j) => {
    // Ages, durations and ranks are thresholds and positions, not quantities worth linking.
    if (!later.normalized || later.kind === 'other' || later.kind === 'rank') return;
    for (let i = 0; i < j; i++) {
      const earlier = facts[i]!;
      if (!earlier.normalized || earlier.same_as) continue;
      if (earlier.source !== later.source || earlier.kind !== later.kind || earlier.period !== later.period) continue;
      if (earlier.normalized.unit !== later.normalized.unit) continue;
      // Containment only for specific names: 用户满意度 is not 海外用户满意度.
      if (!sameMeasure(earlier.subject, later.subject, 8)) continue;
      if (equalAsStated(earlier.normalized.value, earlier.value, later.normalized.value, later.value)) {
        pairs.push([later, earlier]);
        break;
      }
    }
  });
  return pairs;
}
