/**
 * Every quantitative statement of a sentence: the number and unit as written, what it
 * normalizes to, its kind and hedge. Pure string work; the extract stage turns each into a fact.
 *
 * Decisions:
 * - A number needs a unit, a magnitude or "+" to be a value. List numbers ((1), 1.), section
 *   numbers (1.1 项目背景), figure references (图 2), 5G, 4K and 3C have none and are skipped.
 * - Years and dates (2024年, 2024-2026年, 2026-02-12, 二〇二五年五月, 5月1日) are periods, never values.
 * - Cohort labels (90后, 00后) are names of generations, not quantities: skipped.
 * - Ages (60岁, 18-25岁) and durations (6年, 3天, 24小时) are values of kind 'other'.
 * - A number with a magnitude but no unit (GMV突破8000万, 突破万亿) keeps the
 *   magnitude as its unit ("万") and normalized null: no base unit is written, and inventing 元
 *   would put it beside amounts it may not be. `magnitude` still gives the scale.
 * - Ranks are read only after a scope word (位居全国第一, 全球第一, 第一大): bare 第一 is list
 *   numbering far more often than a rank. Their unit is '' and normalized null.
 */
import { kindOf, normalize, qualifierOf } from './grammar/classify.ts';
import { scanChinese } from './grammar/chinese.ts';
import type { Kind } from './grammar/lexicon.ts';
import { maskedSpans, overlaps } from './grammar/masks.ts';
import { scanArabic } from './grammar/scan.ts';

export interface Quantity {
  start: number;
  end: number;
  /** sentence.slice(start, end): number and unit as written ("5.8万亿元", "18-25岁", "超三成" → "三成"). */
  text: string;
  /** The number as written: 4,046,000 → 4046000; 三成 → 3; 突破万亿 → 1 (unit 万亿). */
  value: number;
  /** Upper bound of a range (18-25岁 → 25). */
  valueHigh: number | null;
  /** Unit as written, magnitude included: 万亿元, 亿人, %, 个百分点, 万+人次, 倍, 万. */
  unit: string;
  /** Scale of the written value: 1, 1e4 (万), 1e8 (亿), 1e12 (万亿)… */
  magnitude: number;
  /** Value in base units for comparison (5.8万亿元 → 5.8e12 元; 三成 → 30 %); null without a base unit. */
  normalized: { value: number; unit: string } | null;
  kind: Kind;
  /** Hedge or comparison as written before the number (约, 超过, 同比增长) or after the unit (以上). */
  qualifier: string | null;
}

export function findQuantities(sentence: string): Quantity[] {
  const masks = maskedSpans(sentence);
  const arabic = scanArabic(sentence, (s, e) => overlaps(masks, s, e));
  const taken = [...masks, ...arabic.map((m): [number, number] => [m.start, m.end])];
  const chinese = scanChinese(sentence, (s, e) => overlaps(taken, s, e));
  return [...arabic, ...chinese]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: sentence.slice(m.start, m.end),
      value: m.value,
      valueHigh: m.valueHigh,
      unit: m.unitText,
      magnitude: m.magnitude,
      normalized: normalize(m),
      kind: kindOf(sentence, m),
      qualifier: qualifierOf(sentence, m),
    }));
}
