/**
 * Within one source, the same quantity stated again — in other units or precision (155225亿元
 * and 15.52万亿元) or in a repeated passage: pairs of [later, earlier], so that the later can
 * point at the earlier and counts do not include it twice.
 *
 * Each later fact takes the first earlier one with the same kind, period and unit, a value
 * equal at the precision of the less precise of the two (equalAsStated), and a subject naming
 * the same measure (sameMeasure, keys of 8 characters or more when one contains the other).
 * Earlier facts are indexed by their value at every precision they are written to, so a fact
 * looks only at earlier facts of its own value: an equal subject is one lookup, and a subject
 * that merely contains the other is searched among at most CONTAIN_SCAN earlier facts of that
 * value. Without the index every fact was compared with every earlier one, and a long document
 * cost the square of its length.
 */
import type { Fact } from '../../src/schemas/fact.ts';
import { charge } from './grammar/bounds.ts';
import { measureKey, sameKey, significantDigits } from './measure-key.ts';

/**
 * How many earlier facts of the same value, naming other measures, a fact is compared with for
 * containment (海外用户满意度 inside 我国海外用户满意度). The seeds never have more than a few
 * facts of one value, kind, period and unit; a document with thousands is a table read as
 * prose, where linking by containment would be guesswork anyway.
 */
const CONTAIN_SCAN = 64;

interface Entry {
  index: number;
  fact: Fact;
  key: string;
}

/** Ages, durations and ranks are thresholds and positions, not quantities worth linking. */
const linkable = (f: Fact): boolean => f.normalized !== null && f.kind !== 'other' && f.kind !== 'rank';

const round = (x: number, digits: number): number => Number(x.toPrecision(digits));

export function sameQuantities(facts: readonly Fact[]): [Fact, Fact][] {
  const pairs: [Fact, Fact][] = [];
  // Value keys: `bucket|d|value rounded to d digits`. `exact` holds facts written to exactly d
  // significant digits, `atLeast` those written to d or more; a later fact written to s digits
  // compares at min(s, s') digits, so it looks in exact for d < s and in atLeast for d = s.
  const exact = new Map<string, Entry[]>();
  const atLeast = new Map<string, Entry[]>();
  // The first entry of a value key with a given subject key: equal subjects in one lookup.
  const firstBySubject = new Map<string, Entry>();
  const subjectKey = (map: Map<string, Entry[]>, vk: string, key: string): string => `${map === exact ? 'e' : 'a'}${vk}\u0000${key}`;
  const add = (map: Map<string, Entry[]>, vk: string, e: Entry): void => {
    const list = map.get(vk);
    if (list) list.push(e);
    else map.set(vk, [e]);
    const sk = subjectKey(map, vk, e.key);
    if (!firstBySubject.has(sk)) firstBySubject.set(sk, e);
  };

  facts.forEach((later, j) => {
    const bucket = later.normalized ? `${later.source}\u0000${later.kind}\u0000${later.period}\u0000${later.normalized.unit}` : '';
    const key = measureKey(later.subject);
    const digits = significantDigits(later.value);
    if (linkable(later)) {
      let best: Entry | undefined;
      for (let d = 1; d <= digits; d++) {
        const vk = `${bucket}|${d}|${round(later.normalized!.value, d)}`;
        const map = d < digits ? exact : atLeast;
        const list = map.get(vk);
        if (!list) continue;
        const same = key ? firstBySubject.get(subjectKey(map, vk, key)) : undefined;
        let found = same && (!best || same.index < best.index) ? same : best;
        // A containing or contained subject earlier than the equal one found so far.
        for (let k = 0; k < list.length && k < CONTAIN_SCAN; k++) {
          const e = list[k]!;
          charge(1);
          if (found && e.index >= found.index) break;
          if (sameKey(e.key, key, 8)) {
            found = e;
            break;
          }
        }
        best = found;
      }
      if (best) pairs.push([later, best.fact]);
    }
    // Indexed as an earlier fact for those after it.
    if (!linkable(later) || later.same_as) return;
    const entry: Entry = { index: j, fact: later, key };
    for (let d = 1; d <= digits; d++) {
      const vk = `${bucket}|${d}|${round(later.normalized!.value, d)}`;
      if (d === digits) add(exact, vk, entry);
      add(atLeast, vk, entry);
    }
  });
  return pairs;
}
