/**
 * Time expressions of a sentence: the spans the quantity grammar must skip (a year is never a
 * value) and the periods periodOf chooses from. One grammar serves both so that whatever is
 * read as a date is never also read as a number.
 */
import { parseChinese } from './numerals.ts';
import { charge } from './bounds.ts';

export interface TimeExpr {
  start: number;
  end: number;
  /** In the shape of src/schemas/fact.ts periodSchema; null for a date without a year (5月1日, 22:00). */
  period: string | null;
  /** 较2023年12月, 比上年: the base of a comparison, not the period of the value. */
  baseline: boolean;
  /** Inside 《》: part of a title such as 《2026生活经济报告》. */
  inTitle: boolean;
}

const Y = String.raw`(?<![\d.,])(?:19|20)\d{2}`;
const SEP = String.raw`\s*(?:-|–|—|~|～|至|到)\s*`;
const pad = (n: number): string => String(n).padStart(2, '0');
const HALF: Readonly<Record<string, string>> = { 上半年: 'H1', 下半年: 'H2' };

interface Rule {
  re: RegExp;
  period: (m: RegExpExecArray) => string | null;
}

const month = (y: string, m: string | undefined): string => (m ? `${y}-${pad(Number(m))}` : y);

/** Order matters: earlier rules claim their span first. */
const RULES: readonly Rule[] = [
  // 2024-2026年, 2024年至2026年, 2020—2024年, 1995-2009年出生
  { re: new RegExp(String.raw`(${Y})(?:年)?${SEP}(${Y})年(?!\d)`, 'g'), period: (m) => `${m[1]}/${m[2]}` },
  // 2025年1至8月, 2025年1-3月
  { re: new RegExp(String.raw`(${Y})年(\d{1,2})${SEP}(\d{1,2})月`, 'g'), period: (m) => `${m[1]}-${pad(Number(m[2]))}/${m[1]}-${pad(Number(m[3]))}` },
  // 2026-02-12, 2026/2/12, 2026.2.12
  { re: new RegExp(String.raw`(${Y})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)`, 'g'), period: (m) => `${m[1]}-${pad(Number(m[3]))}-${pad(Number(m[4]))}` },
  // 2024年6月30日, 2024年12月(底|末), 2024年
  {
    re: new RegExp(String.raw`(${Y})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?`, 'g'),
    period: (m) => (m[3] ? `${month(m[1]!, m[2])}-${pad(Number(m[3]))}` : month(m[1]!, m[2])),
  },
  // 二〇二五年五月
  {
    re: /([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,3})月)?/g,
    period: (m) => {
      const y = [...m[1]!].map((c) => parseChinese(c) ?? 0).join('');
      return m[2] ? `${y}-${pad(parseChinese(m[2]) ?? 0)}` : y;
    },
  },
  // Dates and times without a year: 1至8月, 7月18日, 22:00-6:00
  { re: /(?<![\d.])\d{1,2}(?:\s*(?:-|至|到|~)\s*\d{1,2})?月(?:\d{1,2}[日号])?|(?<![\d.])\d{1,2}[日号](?![\d])|(?<!\d)\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?/g, period: () => null },
];

/** A time expression's tail: 上半年, 第一季度, 年底… refine the period of a bare year. */
function refine(sentence: string, e: TimeExpr): TimeExpr {
  if (!e.period || !/^\d{4}$/.test(e.period)) return e;
  // The longest tail (第一季度, 前三季度) is four characters: look no further.
  const tail = /^(上半年|下半年|(?:第)?([一二三四])季度|Q([1-4])|前三季度|度|底|末|初)/.exec(sentence.slice(e.end, e.end + 4));
  if (!tail) return e;
  const y = e.period;
  // 2024年度, 2024年底: the same year, but the words belong to the time phrase.
  if (tail[1]!.length === 1) return { ...e, end: e.end + 1 };
  const q = tail[2] ? parseChinese(tail[2]) : tail[3] ? Number(tail[3]) : null;
  const period = tail[1] === '前三季度' ? `${y}-01/${y}-09` : q ? `${y}Q${q}` : `${y}${HALF[tail[1]!]}`;
  return { ...e, end: e.end + tail[0].length, period };
}

function titleSpans(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /《[^《》]*》/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Every time expression, in order, non-overlapping. */
export function findTimes(sentence: string): TimeExpr[] {
  charge(sentence.length);
  const found: TimeExpr[] = [];
  const taken = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);
  const titles = titleSpans(sentence);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const before = sentence.slice(Math.max(0, start - 3), start);
      found.push(
        refine(sentence, {
          start,
          end,
          period: rule.period(m),
          baseline: /(较|比|相比|相较|相较于|对比)$/.test(before),
          inTitle: titles.some(([a, b]) => start > a && end < b),
        }),
      );
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
