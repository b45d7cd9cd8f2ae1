/** Growth arithmetic shared by the checks: what rate two stated values imply. */
import type { Fact } from '../../src/schemas/fact.ts';

/** First year of a period (2024-06 → 2024, 2024/2026 → 2024); null if none. */
export function yearOf(period: string | null): number | null {
  const m = period ? /^(\d{4})/.exec(period) : null;
  return m ? Number(m[1]) : null;
}

/** Last year of a span period (2024/2026 → 2026); null for a single period. */
export function spanEnd(period: string | null): number | null {
  const m = period ? /\/(\d{4})/.exec(period) : null;
  return m ? Number(m[1]) : null;
}

/** A compound annual rate (年均, 复合, CAGR) rather than a one-off change. */
export function isCompound(f: Fact): boolean {
  return /复合|年均|CAGR/u.test(f.subject + (f.qualifier ?? '')) || /年均复合|年复合|复合增长率|CAGR/u.test(f.quote.slice(Math.max(0, f.offset - 14), f.offset));
}

/** Growth in percent implied by going from `from` to `to`, compounded over `years` if > 0. */
export function impliedGrowth(from: number, to: number, years: number): number {
  return years > 0 ? (Math.pow(to / from, 1 / years) - 1) * 100 : (to / from - 1) * 100;
}

/** Format a percentage the way reports write it. */
export function pct(x: number): string {
  return `${x.toFixed(1)}%`;
}

export { readable } from '../../src/lib/number.ts';
