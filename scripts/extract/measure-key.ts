/**
 * The key under which facts are compared: the subject without the words that only say where
 * or how it is told (我国, 中国, 全国, 的, quotation marks). 中国直播电商市场规模 and
 * 直播电商市场规模 compare; 快手电商GMV and 直播电商GMV do not.
 */
const PREFIX = /^(截至|其中|同时|此外|而|和|与|及)?(我国|中国|全国|国内)/u;

export function measureKey(subject: string): string {
  return subject.replace(PREFIX, '').replace(/[“”"「」『』\s的]/gu, '');
}

/** Two subjects name the same measure: equal keys, or one key inside the other and long enough to be specific. */
export function sameMeasure(a: string, b: string, minLength = 4): boolean {
  return sameKey(measureKey(a), measureKey(b), minLength);
}

/** sameMeasure on keys already made by measureKey. */
export function sameKey(ka: string, kb: string, minLength = 4): boolean {
  if (ka === kb) return ka.length > 0;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= minLength && long.includes(short);
}

/** Significant digits of a number as written: 15.52 → 4, 155225 → 6, 8000 → 1. */
export function significantDigits(x: number): number {
  const s = String(Math.abs(x)).replace('.', '').replace(/^0+/, '');
  const trimmed = Number.isInteger(x) ? s.replace(/0+$/, '') : s;
  return Math.max(1, trimmed.length);
}

/** Equal at the precision of the less precise of two stated values (15.52万亿 = 155225亿). */
export function equalAsStated(a: number, aWritten: number, b: number, bWritten: number): boolean {
  const digits = Math.min(significantDigits(aWritten), significantDigits(bWritten));
  const round = (x: number): number => Number(x.toPrecision(digits));
  return round(a) === round(b);
}
