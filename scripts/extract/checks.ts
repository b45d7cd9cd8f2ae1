/**
 * Checks over all facts of all sources. Conflicts — the same measure and period with values
 * that differ beyond rounding, across sources or inside one — and sanity warnings are
 * reported with their quotes; no value is ever changed or dropped.
 */
import type { Conflict, SanityWarning } from '../../src/schemas/conflict.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import { charge } from './grammar/bounds.ts';
import { equalAsStated, measureKey } from './measure-key.ts';
import { projectionConflicts } from './projections.ts';
import { sanityWarnings } from './sanity.ts';

const fmt = (f: Fact): string => `${f.qualifier ?? ''}${f.text}`;

/** Words before a number that make it a change or a comparison, not a level. */
const CHANGE = /增长|增加|减少|下降|提升|提高|降低|缩短|上涨|涨幅|增幅|增速|较|高于|低于|高出|相差|差距|多出/u;

/** A subject clean enough to compare: a measure name, not the tail of an enumeration. */
function specific(subject: string): boolean {
  const key = measureKey(subject);
  return key.length >= 6 && /^[\p{Script=Han}A-Za-z]/u.test(key) && !/^(我们|通过|对|使|将|其|该|这|此)/u.test(key) && !/[、，\d%]|和|及|分别|以上|以下|其中/u.test(key);
}

/** Facts that can be compared: a level (not a change) of a specific measure, in base units. */
function comparable(f: Fact): boolean {
  if (f.normalized === null || f.same_as !== null || f.kind === 'rank' || !specific(f.subject)) return false;
  const before = f.quote.slice(Math.max(0, f.offset - 6), f.offset);
  return !CHANGE.test((f.qualifier ?? '') + before + f.subject);
}

function differ(a: Fact, b: Fact): boolean {
  return !equalAsStated(a.normalized!.value, a.value, b.normalized!.value, b.value);
}

function conflictId(kind: string, facts: readonly Fact[]): string {
  return `c-${kind}-${facts.map((f) => f.id.slice(-8)).join('-')}`;
}

/** A conflict between two facts of the same measure, unit and kind, or null if they agree or cannot be compared. */
function conflictBetween(a: Fact, b: Fact): Conflict | null {
  const cross = a.source !== b.source;
  // Values listed in one sentence are an enumeration, never a contradiction.
  if (!cross && a.anchor === b.anchor) return null;
  // Periods must match. An unstated period may conflict only inside one source, for the very
  // same measure told in another chapter (003: 2023年VR直播用户规模达1200万 … 突破1800万).
  const samePeriod = a.period !== null && a.period === b.period;
  const unstated = !cross && (a.period === null || b.period === null) && a.chapter !== b.chapter;
  if ((!samePeriod && !unstated) || !differ(a, b)) return null;
  const kind = cross ? 'cross-source' : 'internal';
  const key = measureKey(a.subject);
  return {
    id: conflictId(kind, [a, b]),
    kind,
    subject: key,
    period: a.period ?? b.period,
    facts: [a.id, b.id],
    message: `${key}${a.period ? `（${a.period}）` : ''}：${cross ? '不同来源' : '同一来源'}给出${fmt(a)}与${fmt(b)}，两值不一致，均按原文保留。`,
  };
}

/**
 * How many statements of its measure (same unit, kind and period) a fact is compared with, after
 * it. Far more than any measure gets in the corpus; a document that states one measure for one
 * period hundreds of times is a series read as prose, and comparing every pair would cost (and
 * report) the square of its length.
 */
const PAIR_SCAN = 64;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The pairs (i < j) of a pool that conflictBetween can find in conflict, in order: a stated
 * period shared by both, or an unstated one in another chapter of the same source.
 */
function candidatePairs(pool: readonly Fact[]): [number, number][] {
  const pairs: [number, number][] = [];
  const byPeriod = new Map<string, number[]>();
  const unstated: number[] = [];
  pool.forEach((f, i) => (f.period === null ? unstated.push(i) : push(byPeriod, f.period, i)));
  for (const same of byPeriod.values())
    for (let x = 0; x < same.length; x++) for (let y = x + 1; y < same.length && y <= x + PAIR_SCAN; y++) pairs.push([same[x]!, same[y]!]);
  if (unstated.length) {
    const chapters = new Map<string, Map<string, number[]>>();
    pool.forEach((f, i) => {
      let bySource = chapters.get(f.source);
      if (!bySource) chapters.set(f.source, (bySource = new Map()));
      push(bySource, f.chapter, i);
    });
    for (const n of unstated) {
      const a = pool[n]!;
      let seen = 0;
      for (const [chapter, others] of chapters.get(a.source)!) {
        if (chapter === a.chapter) continue;
        for (const i of others) {
          // Two unstated periods: the pair is taken from the earlier one's side.
          if (pool[i]!.period === null && i < n) continue;
          if (seen++ >= PAIR_SCAN) break;
          pairs.push(i < n ? [i, n] : [n, i]);
        }
        if (seen >= PAIR_SCAN) break;
      }
    }
  }
  charge(pool.length + pairs.length);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

export function checkFacts(facts: readonly Fact[]): { conflicts: Conflict[]; warnings: SanityWarning[] } {
  // Only facts of the very same measure (a modifier lost by either subject would make any pair
  // look alike), unit and kind can conflict: compare within buckets, and within a bucket only
  // the pairs whose periods allow a conflict, so the cost grows with the corpus, not its square.
  const buckets = new Map<string, Fact[]>();
  for (const f of facts.filter(comparable)) push(buckets, `${measureKey(f.subject)}|${f.normalized!.unit}|${f.kind}`, f);
  const conflicts: Conflict[] = [];
  for (const pool of buckets.values())
    for (const [i, j] of candidatePairs(pool)) {
      const c = conflictBetween(pool[i]!, pool[j]!);
      if (c) conflicts.push(c);
    }
  conflicts.push(...projectionConflicts(facts));
  return { conflicts, warnings: sanityWarnings(facts) };
}
