/**
 * Quantities written in Chinese numerals. Only four shapes are read, because Chinese numerals
 * are everywhere as words (一是, 第一, 十四五, 二十大, 一体化): a numeral with a magnitude
 * (一亿元, 不足百亿元, 突破万亿), with 成 (超三成 → 30%), with 倍 (提升一倍) or with 个百分点; and
 * ranks after a scope word (位居全国第一).
 */
import { BARE_MAGNITUDES, MAGNITUDES, PREFIX_QUALIFIERS, type UnitDef } from './lexicon.ts';
import { CHINESE_NUMERAL, parseChinese } from './numerals.ts';
import type { RawMatch } from './scan.ts';
import { unitAt } from './scan.ts';
import { charge } from './bounds.ts';

const MAG_WORDS = MAGNITUDES.filter(([t]) => !/[wW千]/.test(t) || t.length > 1)
  .map(([t]) => t)
  .join('|');
const MAGNITUDE_FORM = new RegExp(String.raw`(?<!第|${CHINESE_NUMERAL}|[数几上\d.])(${CHINESE_NUMERAL}*)(${MAG_WORDS})`, 'g');
const CHENG_FORM = new RegExp(String.raw`(?<!第|${CHINESE_NUMERAL})(${CHINESE_NUMERAL}+)(成|倍|个百分点)`, 'g');
const RANK_FORM = /(位居|位列|排名|名列|排在|居)?(全国|全球|世界|全网|国内|行业|热卖榜|榜单|榜)?第([一二三四五六七八九十]+|\d+)(?=(名|位|大)?)/g;

/** 成 starts many words; these never follow a share written in 成. */
const CHENG_WORDS = '为长本功交果熟都员效立型就绩色品不';
const magnitudeOf = (t: string): number => MAGNITUDES.find(([w]) => w === t)?.[1] ?? 1;
const endsWithQualifier = (before: string): boolean => PREFIX_QUALIFIERS.some((q) => before.endsWith(q)) || /(占|占比|的|有|形成|为)$/.test(before);
/** The few characters before `at` that a hedge can occupy (the longest is four): never the whole text before. */
const beforeAt = (s: string, at: number): string => s.slice(Math.max(0, at - 8), at);

export function scanChinese(s: string, blocked: (start: number, end: number) => boolean): RawMatch[] {
  charge(s.length);
  const out: RawMatch[] = [];
  const push = (m: RawMatch): void => {
    if (!blocked(m.start, m.end) && !out.some((o) => m.start < o.end && m.end > o.start)) out.push(m);
  };

  CHENG_FORM.lastIndex = 0;
  for (let m = CHENG_FORM.exec(s); m; m = CHENG_FORM.exec(s)) {
    const value = parseChinese(m[1]!);
    const word = m[2]!;
    const next = s[m.index + m[0].length] ?? '';
    if (value === null || (word === '成' && next !== '' && CHENG_WORDS.includes(next))) continue;
    if (word === '成' && !endsWithQualifier(beforeAt(s, m.index)) && /[\u4e00-\u9fff]/.test(next) && !/[以左多的]/.test(next)) continue;
    const unit: UnitDef = word === '成' ? { text: '成', base: '%', kind: 'share' } : word === '倍' ? { text: '倍', base: '倍', kind: 'multiple' } : { text: word, base: '百分点', kind: 'percentage-points' };
    push({ start: m.index, end: m.index + m[0].length, value, valueHigh: null, magnitude: 1, unitText: word, unit });
  }

  MAGNITUDE_FORM.lastIndex = 0;
  for (let m = MAGNITUDE_FORM.exec(s); m; m = MAGNITUDE_FORM.exec(s)) {
    const numeral = m[1]!;
    const mag = m[2]!;
    // 百亿 read greedily as numeral 百 + 亿 keeps the value as written: 不足百亿元 → 100 亿元.
    const value = numeral ? parseChinese(numeral) : 1;
    if (value === null) continue;
    if (!numeral && !BARE_MAGNITUDES.has(mag)) continue;
    const at = m.index + m[0].length;
    const unit = unitAt(s, at, '1');
    if (!unit && !endsWithQualifier(beforeAt(s, m.index)) && !/^(级|规模)/.test(s.slice(at, at + 2))) continue;
    if (/^(不|别|要)/.test(s.slice(at, at + 1)) && mag === '万') continue; // 千万不要
    push({ start: m.index, end: at + (unit?.text.length ?? 0), value, valueHigh: null, magnitude: magnitudeOf(mag), unitText: mag + (unit?.text ?? ''), unit });
  }

  RANK_FORM.lastIndex = 0;
  for (let m = RANK_FORM.exec(s); m; m = RANK_FORM.exec(s)) {
    const after = s[m.index + m[0].length] ?? '';
    if (!m[1] && !m[2] && after !== '大') continue;
    const value = /\d/.test(m[3]!) ? Number(m[3]) : parseChinese(m[3]!);
    if (value === null) continue;
    const start = m.index + m[0].length - m[3]!.length - 1;
    push({ start, end: m.index + m[0].length, value, valueHigh: null, magnitude: 1, unitText: '', unit: null, rank: true });
  }
  return out;
}
