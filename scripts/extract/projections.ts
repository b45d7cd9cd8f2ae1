/**
 * Projections: a source that states a value for year A and a compound growth rate for A–B
 * implies a value for B. When another source states B's value and it differs by more than
 * 10%, that is a cross-source conflict (002's 5.8万亿 × 1.18² ≈ 8.1万亿 in 2026 against
 * 003's 突破15万亿). The implied value is shown in the message, never stored as a fact.
 */
import type { Conflict } from '../../src/schemas/conflict.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import { isCompound, readable, spanEnd, yearOf } from './growth.ts';
import { measureKey, sameMeasure } from './measure-key.ts';

const TOLERANCE = 0.1;

/** The measure a growth rate is about: 直播电商市场规模的年复合增长率 → 直播电商市场规模. */
function grownMeasure(rate: Fact): string {
  return rate.subject.replace(/(的)?(年均|年)?(复合)?(年)?(增长率|增速|增幅)(（?CAGR）?)?$/u, '');
}

export function projectionConflicts(facts: readonly Fact[]): Conflict[] {
  const out: Conflict[] = [];
  for (const rate of facts) {
    if (rate.kind !== 'growth' || !isCompound(rate)) continue;
    const from = yearOf(rate.period);
    const to = spanEnd(rate.period);
    if (from === null || to === null) continue;
    const measure = grownMeasure(rate);
    const base = facts.find(
      (f) => f.source === rate.source && f.kind === 'amount' && f.normalized && yearOf(f.period) === from && f.period === String(from) && sameMeasure(f.subject, measure),
    );
    if (!base?.normalized) continue;
    const projected = base.normalized.value * Math.pow(1 + rate.value / 100, to - from);
    for (const other of facts) {
      if (other.source === rate.source || !other.normalized || other.normalized.unit !== base.normalized.unit) continue;
      if (yearOf(other.period) !== to || !sameMeasure(other.subject, measure)) continue;
      if (Math.abs(other.normalized.value - projected) / projected <= TOLERANCE) continue;
      out.push({
        id: `c-projection-${base.id.slice(-8)}-${other.id.slice(-8)}`,
        kind: 'cross-source',
        subject: measureKey(measure),
        period: String(to),
        facts: [base.id, rate.id, other.id],
        message:
          `${measureKey(measure)}（${to}）：按${base.text}（${from}年）与年复合增长率${rate.text}推算，${to}年约${readable(projected, base.normalized.unit)}；` +
          `另一来源称${other.qualifier ?? ''}${other.text}，相差${Math.round((other.normalized.value / projected - 1) * 100)}%。两者均按原文保留。`,
      });
    }
  }
  return out;
}
