/** Numbers as written, Arabic or Chinese, to JS numbers. */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 4,046,000 → 4046000; 12.59 → 12.59. Thousands separators only ever sit between digit groups here. */
export function parseArabic(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** 三 → 3, 十五 → 15, 二十 → 20, 一百二十 → 120; null for anything that is not a plain numeral. */
export function parseChinese(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = DIGITS[ch];
    const unit = UNITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null; // 二三 is not a numeral
      digit = d;
    } else if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Character class of Chinese numerals (as a regex source fragment). */
export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千]';

/** An Arabic number: thousands groups or a plain run, with an optional decimal part. */
export const ARABIC_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
