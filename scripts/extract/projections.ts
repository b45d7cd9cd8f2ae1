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
  // Facts by the first year of their period, in order; the base and the others of a measure
  // found once (a repeated passage repeats its rates): each rate then costs its own conflicts.
  const byYear = new Map<number, Fact[]>();
  for (const f of facts) {
    const y = yearOf(f.period);
    if (y === null) continue;
    const list = byYear.get(y);
    if (list) list.push(f);
    else byYear.set(y, [f]);
  }
  const bases = new Map<string, Fact | undefined>();
  const others = new Map<string, Fact[]>();
  const emitted = new Set<string>();
  for (const rate of facts) {
    if (rate.kind !== 'growth' || !isCompound(rate)) continue;
    const from = yearOf(rate.period);
    const to = spanEnd(rate.period);
    if (from === null || to === null) continue;
    const measure = grownMeasure(rate);
    const baseKey = `${rate.source}\u0000${from}\u0000${measure}`;
    if (!bases.has(baseKey))
      bases.set(
        baseKey,
        (byYear.get(from) ?? []).find((f) => f.source === rate.source && f.kind === 'amount' && f.normalized && f.period === String(from) && sameMeasure(f.subject, measure)),
      );
    const base = bases.get(baseKey);
    if (!base?.normalized) continue;
    const projected = base.normalized.value * Math.pow(1 + rate.value / 100, to - from);
    const otherKey = `${rate.source}\u0000${to}\u0000${base.normalized.unit}\u0000${measure}`;
    let stated = others.get(otherKey);
    if (!stated) {
      const unit = base.normalized.unit;
      stated = (byYear.get(to) ?? []).filter((o) => o.source !== rate.source && o.normalized && o.normalized.unit === unit && sameMeasure(o.subject, measure));
      others.set(otherKey, stated);
    }
    for (const other of stated) {
      if (Math.abs(other.normalized!.value - projected) / projected <= TOLERANCE) continue;
      const id = `c-projection-${base.id.slice(-8)}-${other.id.slice(-8)}`;
      // The same rate stated again (a repeated passage) finds the same base and the same other.
      if (emitted.has(id)) continue;
      emitted.add(id);
      out.push({
        id,
        kind: 'cross-source',
        subject: measureKey(measure),
        period: String(to),
        facts: [base.id, rate.id, other.id],
        message:
          `${measureKey(measure)}（${to}）：按${base.text}（${from}年）与年复合增长率${rate.text}推算，${to}年约${readable(projected, base.normalized.unit)}；` +
          `另一来源称${other.qualifier ?? ''}${other.text}，相差${Math.round((other.normalized!.value / projected - 1) * 100)}%。两者均按原文保留。`,
      });
    }
  }
  return out;
}
