/**
 * Spans of a sentence whose digits are never values: dates and times, URLs, phone numbers,
 * cohort labels (90后), references to figures, tables and sections, shopping-festival names.
 * Most list and section numbers (（1）, 1., 1.1 项目背景) need no mask: a number without a unit
 * is never a value, and they have none.
 */
import { findTimes } from './time.ts';
import { charge } from './bounds.ts';

const PATTERNS: readonly RegExp[] = [
  /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+=%]+/g,
  // Mobile numbers, landlines and 400 hotlines.
  /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8}|400-?\d{3}-?\d{4})(?!\d)/g,
  // 90后, 00后, “95后”: a generation's name, not a quantity.
  /(?<![\d.])\d{2}后/g,
  // 图 2, 表1, 专栏 3, 注 12, 附录1, 第3章: references to parts of the document.
  /(?:图|表|专栏|案例|附录|附表|注释|注|章节)\s*\d+(?:[.\-]\d+)*/g,
  /第\s*\d+(?:\.\d+)*\s*[章节条款页部分篇期届批]/g,
  // 满分10分 is the scale of a score, not a statement.
  /满分\s*\d+\s*分/g,
  // 双11, 618 大促: festival names.
  /双\s*\d{1,2}(?!\d)/g,
  /(?<!\d)618(?=大促|购物节|期间|当天|节|活动|年中)/g,
];

/** Sorted [start, end) spans; the quantity scanner drops any candidate that overlaps one. */
export function maskedSpans(sentence: string): [number, number][] {
  charge(sentence.length);
  const spans: [number, number][] = findTimes(sentence).map((t) => [t.start, t.end]);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function overlaps(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && end > a);
}
