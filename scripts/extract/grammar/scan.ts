/**
 * The Arabic-number grammar: number [magnitude] [+|多|余] [unit] [/per], optionally a range
 * "a-b", "a%-b%", "a至b". A number with neither magnitude nor unit nor "+" is not a value:
 * that single rule drops list numbers, section numbers, 5G, 4K and years without 年.
 */
import { MAGNITUDES, UNIT_BREAKERS, UNITS, type UnitDef } from './lexicon.ts';
import { ARABIC_NUMBER, parseArabic } from './numerals.ts';
import { charge } from './bounds.ts';

export interface RawMatch {
  start: number;
  end: number;
  value: number;
  valueHigh: number | null;
  /** 1, 1e4, 1e8, 1e12 …: what the written value is multiplied by. */
  magnitude: number;
  /** Unit as written: magnitude, +/多/余 and unit (万亿元, 万+人次, 个百分点); '' for a bare rank. */
  unitText: string;
  unit: UnitDef | null;
  rank?: boolean;
}

// Sticky (y): matched where lastIndex says, never against a slice of the rest of the sentence.
const NUMBER_AT = new RegExp(String.raw`(?:${ARABIC_NUMBER})`, 'y');
const NUMBER_START = /(?<![\dA-Za-z.])\d/g;
const FRACTION = /\/(\d+)(?![\d./])/y;
const FRACTION_UNIT: UnitDef = { text: '', base: '%', kind: 'share' };
const RANGE_SEP = /^(?:-|–|—|~|～|至|到)(?=\d)/;

/** A sticky regex matched at `at`. */
function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

interface Tail {
  end: number;
  magnitude: number;
  unitText: string;
  unit: UnitDef | null;
  plus: boolean;
}

/** Unit at `at`, refusing a unit character that starts a longer word (5家电, 分别). */
export function unitAt(s: string, at: number, numberText: string): UnitDef | null {
  for (const def of UNITS) {
    if (!s.startsWith(def.text, at)) continue;
    const next = s[at + def.text.length] ?? '';
    if (next && (UNIT_BREAKERS[def.text] ?? '').includes(next)) continue;
    // 6年 is a duration, 2024年 a year (masked before we get here); 12.5年 is not how years are written.
    if (def.text === '年' && (numberText.includes('.') || numberText.length > 3)) continue;
    if (def.text === 'ms' && /[A-Za-z]/.test(next)) continue;
    return def;
  }
  return null;
}

/** What follows a number: magnitude, approximation mark, unit and a per-unit (元/件). */
export function tailAt(s: string, at: number, numberText: string): Tail {
  let i = at;
  let magnitude = 1;
  // 7000多万条, 40余万吨: the approximation may come before the magnitude.
  let magText = /^[多余](?=[万亿千])/.test(s.slice(i, i + 2)) ? s[i++]! : '';
  for (const [text, mult] of MAGNITUDES) {
    if (!s.startsWith(text, i)) continue;
    // w/W only as a magnitude where the web writes it: 11w+, 3w人.
    if ((text === 'w' || text === 'W') && !/^[+＋\u4e00-\u9fff]/.test(s.slice(i + 1, i + 2))) continue;
    magnitude = mult;
    magText += text;
    i += text.length;
    break;
  }
  const approx = /^(?:\+|＋|多|余)/.exec(s.slice(i, i + 1))?.[0] ?? '';
  i += approx.length;
  const unit = unitAt(s, i, numberText);
  let unitText = magText + approx;
  if (unit) {
    i += unit.text.length;
    unitText += unit.text;
    const per = unit.kind === 'amount' ? /^\/[件人斤月年天次单台个吨]/.exec(s.slice(i, i + 2))?.[0] : undefined;
    if (per) {
      i += per.length;
      unitText += per;
    }
  }
  // 多/余 without a unit or magnitude is not ours (3多 does not occur; 余 may start 余额).
  if (!unit && magnitude === 1 && approx !== '+' && approx !== '＋') return { end: at, magnitude: 1, unitText: '', unit: null, plus: false };
  return { end: i, magnitude, unitText, unit, plus: approx === '+' || approx === '＋' };
}

/** Every Arabic-number quantity, left to right, skipping candidates that `blocked` rejects. */
export function scanArabic(s: string, blocked: (start: number, end: number) => boolean): RawMatch[] {
  charge(s.length);
  const out: RawMatch[] = [];
  const bares: { start: number; end: number; value: number }[] = [];
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(s); m; m = NUMBER_START.exec(s)) {
    const start = m.index;
    const first = execAt(NUMBER_AT, s, start)?.[0] ?? '';
    let tail = tailAt(s, start + first.length, first);
    let end = tail.end;
    let valueHigh: number | null = null;
    // A range: the first bound is bare or carries its own % or magnitude (18-25岁, 20%-30%, 10万-20万元).
    const sep = !tail.unit || tail.unit.base === '%' ? RANGE_SEP.exec(s.slice(end, end + 2)) : null;
    if (sep) {
      const secondStart = end + sep[0].length;
      const second = execAt(NUMBER_AT, s, secondStart)?.[0] ?? '';
      const secondTail = tailAt(s, secondStart + second.length, second);
      if (secondTail.unit || secondTail.magnitude !== 1) {
        valueHigh = parseArabic(second);
        tail = secondTail;
        end = secondTail.end;
      }
    }
    NUMBER_START.lastIndex = Math.max(end, start + first.length);
    const fraction = end === start + first.length ? execAt(FRACTION, s, end) : null;
    if (fraction && !blocked(start, end + fraction[0].length)) {
      // 占国内木门市场的1/5: a share written as a fraction; value is the fraction itself.
      end += fraction[0].length;
      NUMBER_START.lastIndex = end;
      out.push({ start, end, value: parseArabic(first) / Number(fraction[1]), valueHigh: null, magnitude: 1, unitText: '', unit: FRACTION_UNIT });
      continue;
    }
    if (end === start + first.length && !tail.plus) {
      bares.push({ start, end, value: parseArabic(first) });
      continue;
    }
    if (tail.unit?.text === '大' && parseArabic(first) > 20) continue;
    if (blocked(start, end)) continue;
    out.push({ start, end, value: parseArabic(first), valueHigh, magnitude: tail.magnitude, unitText: tail.unitText, unit: tail.unit });
  }
  return shareUnits(s, out, bares, blocked);
}

/**
 * 分别缩小3.3、2.4和1.9个百分点: a bare number joined by 、和及与 to a quantity takes that
 * quantity's unit, right to left so a whole chain resolves. Its text stays the bare number.
 */
function shareUnits(s: string, found: RawMatch[], bares: { start: number; end: number; value: number }[], blocked: (start: number, end: number) => boolean): RawMatch[] {
  const out = [...found];
  // The first match at each start, kept as the chain grows: a lookup, not a search, per bare number.
  const at = new Map<number, RawMatch>();
  for (const m of out) if (!at.has(m.start)) at.set(m.start, m);
  for (const b of [...bares].reverse()) {
    if (!/^[、和及与或]$/.test(s[b.end] ?? '') || blocked(b.start, b.end)) continue;
    const next = at.get(b.end + 1);
    if (!next || !next.unit || next.rank) continue;
    const shared = { ...next, start: b.start, end: b.end, value: b.value, valueHigh: null };
    out.push(shared);
    if (!at.has(shared.start)) at.set(shared.start, shared);
  }
  return out.sort((a, b) => a.start - b.start);
}
