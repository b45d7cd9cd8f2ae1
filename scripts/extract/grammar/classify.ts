/**
 * Kind, qualifier and normalized value of a matched number, decided from its unit and the
 * words right before it.
 */
import { isClauseBreak, GROWTH_CUES, PREFIX_QUALIFIERS, SHARE_CUES, SUFFIX_QUALIFIERS, type Kind } from './lexicon.ts';
import type { RawMatch } from './scan.ts';
import { CLAUSE_WINDOW, charge } from './bounds.ts';

/** The clause before `at`: from the last clause break (or `from`) up to `at`, at most CLAUSE_WINDOW long. */
export function clauseBefore(s: string, at: number, from = 0): string {
  let i = at;
  const stop = Math.max(from, at - CLAUSE_WINDOW);
  while (i > stop && !isClauseBreak(s[i - 1])) i--;
  charge(at - i);
  return s.slice(i, at);
}

/**
 * Growth or share for a percentage (or 成): the cue nearest the number wins, the longer cue
 * where two end together (增长率 over 率). A growth verb followed by 至/到 gives a level
 * (提升至8% is where the rate arrived), which reads as a share. No cue: share, the commoner use.
 */
export function percentKind(clause: string): 'share' | 'growth' {
  charge(clause.length);
  // A cue ending at `end`, tested in place: no slice per position, so this is linear in the clause.
  const endsAt = (c: string, end: number): boolean => end >= c.length && clause.startsWith(c, end - c.length);
  for (let end = clause.length; end > 0; end--) {
    const growth = GROWTH_CUES.find((c) => endsAt(c, end));
    const share = SHARE_CUES.find((c) => endsAt(c, end));
    if (!growth && !share) continue;
    if (growth && (!share || growth.length >= share.length)) return /^[至到]/.test(clause.slice(end)) ? 'share' : 'growth';
    return 'share';
  }
  return 'share';
}

export function kindOf(s: string, m: RawMatch): Kind {
  if (m.rank) return 'rank';
  if (!m.unit) return 'count';
  if (m.unit.base === '%') return percentKind(clauseBefore(s, m.start));
  return m.unit.kind;
}

/** Hedge before the number as written (约, 超过, 同比增长), else one after the unit (以上). */
export function qualifierOf(s: string, m: RawMatch): string | null {
  const before = s.slice(Math.max(0, m.start - 4), m.start);
  const prefix = PREFIX_QUALIFIERS.find((q) => before.endsWith(q));
  if (prefix) return prefix;
  if (m.rank) return /(全国|全球|世界|全网|国内|行业)$/.exec(before)?.[1] ?? null;
  return SUFFIX_QUALIFIERS.find((q) => s.startsWith(q, m.end)) ?? null;
}

export function normalize(m: RawMatch): { value: number; unit: string } | null {
  if (!m.unit || m.rank) return null;
  if (m.unit.text === '成') return { value: m.value * 10, unit: '%' };
  if (m.unit.text === '' && m.unit.base === '%') return { value: Number((m.value * 100).toPrecision(12)), unit: '%' }; // 1/5
  if (m.unit.base === '%' || m.unit.base === '百分点' || m.unit.base === '倍') return { value: m.value, unit: m.unit.base };
  // Float noise (5.8 * 1e12 = 5800000000000.001) would make equal quantities compare unequal.
  return { value: Number((m.value * m.magnitude).toPrecision(12)), unit: m.unit.base };
}
