/**
 * Sanity warnings: values that do not fit — a share above 100%, a growth rate that the
 * source's own numbers contradict, a unit that does not fit what is measured.
 */
import type { SanityWarning } from '../../src/schemas/conflict.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import { impliedGrowth, isCompound, pct, yearOf } from './growth.ts';
import { sameMeasure } from './measure-key.ts';

/** Subjects that count people, and subjects that are sums of money. */
const PEOPLE = /(用户|网民|主播|消费者|买家)(规模|数量|总数|数)?$|人数$/u;
const MONEY = /(金额|销售额|零售额|GMV|市场规模|交易规模|交易额|营收|估值)$/u;

/** The two values are a before and an after: 从…的300亿美元…升至500亿美元. */
const FROM_TO = /从.*(到|至)/u;

/** A share is part of a whole; 溢价率 or 高出 are not shares even when written in %. */
const SHARE = /占|比重|占比|渗透率|份额|比例/u;
const NOT_SHARE = /溢价|高出|增长|提升|暴涨|激增|上涨|超出/u;

/** Tolerance for a stated rate against the rate its values imply: 2 points or 10%. */
function mismatch(stated: number, implied: number): boolean {
  return Math.abs(stated - implied) > Math.max(2, Math.abs(stated) * 0.1);
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function growthChecks(facts: readonly Fact[]): SanityWarning[] {
  const out: SanityWarning[] = [];
  // A rate is checked against amounts of its own chapter only: the amounts of each chapter, and
  // of each sentence, in order, so that a rate looks only at its own sentence's.
  const chapters = new Map<string, Fact[]>();
  const bySentence = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.kind !== 'amount' || !f.normalized) continue;
    push(chapters, `${f.source}/${f.chapter}`, f);
    push(bySentence, `${f.source}/${f.chapter}/${f.anchor}`, f);
  }
  for (const g of facts) {
    if (g.kind !== 'growth' || g.unit !== '%') continue;
    // The values the rate is about: a 从…至… pair of amounts in the same sentence, or — for a
    // rate in the chapter's title (the first sentence of block 0) — such a pair of the same
    // measure in the chapter. A title is one sentence: the rest of a block 0 is prose, and were
    // each of its rates compared with the whole chapter the cost would grow with its square.
    const inTitle = g.anchor === 's-0-0';
    const sentences = new Map<string, Fact[]>();
    if (!inTitle) {
      const own = bySentence.get(`${g.source}/${g.chapter}/${g.anchor}`);
      if (own) sentences.set(g.anchor, own);
    } else
      for (const f of chapters.get(`${g.source}/${g.chapter}`) ?? [])
        if (f.anchor === g.anchor || sameMeasure(f.subject, g.subject)) push(sentences, f.anchor, f);
    // Of the amounts in a sentence, the before and after share a unit (300亿美元 → 500亿美元,
    // not the 2200亿元人民币 aside between them).
    const pairOf = (fs: Fact[]): Fact[] | undefined => {
      const byUnit = new Map<string, Fact[]>();
      for (const f of fs) push(byUnit, f.normalized!.unit, f);
      return [...byUnit.values()].find((g2) => g2.length === 2);
    };
    const own = sentences.get(g.anchor);
    const pair = own ? pairOf(own) : [...sentences.values()].map(pairOf).find((p) => p !== undefined);
    if (!pair || pair.length !== 2 || !FROM_TO.test(pair[0]!.quote.slice(pair[0]!.offset - 12 < 0 ? 0 : pair[0]!.offset - 12, pair[1]!.offset))) continue;
    const [a, b] = pair as [Fact, Fact];
    if (a.normalized!.unit !== b.normalized!.unit || a.normalized!.value === 0) continue;
    const years = isCompound(g) ? (yearOf(b.period) ?? 0) - (yearOf(a.period) ?? 0) : 0;
    if (isCompound(g) && years <= 0) continue;
    const implied = impliedGrowth(a.normalized!.value, b.normalized!.value, years);
    // 不足/不到 make the earlier value an upper bound: the implied rate is then a lower bound.
    const atLeast = /不足|不到/u.test(a.qualifier ?? '');
    if (atLeast ? implied <= g.value : !mismatch(g.value, implied)) continue;
    out.push({
      id: `w-growth-${g.id.slice(-8)}`,
      kind: 'growth-mismatch',
      facts: [g.id, a.id, b.id],
      message: `所述${isCompound(g) ? '年均复合' : ''}增长${g.text}与原文数值不符：由${a.qualifier ?? ''}${a.text}到${b.qualifier ?? ''}${b.text}${isCompound(g) ? `（${years}年）` : ''}，${atLeast ? '至少' : '约'}为${pct(implied)}。`,
      quote: g.quote,
    });
  }
  return out;
}

export function sanityWarnings(facts: readonly Fact[]): SanityWarning[] {
  const out: SanityWarning[] = [];
  for (const f of facts) {
    if (f.same_as) continue;
    const context = f.subject + f.quote.slice(Math.max(0, f.offset - 8), f.offset);
    if (f.kind === 'share' && SHARE.test(context) && !NOT_SHARE.test(context) && (f.value > 100 || (f.value_high ?? 0) > 100))
      out.push({ id: `w-share-${f.id.slice(-8)}`, kind: 'share-over-100', facts: [f.id], message: `占比${f.text}超过100%。`, quote: f.quote });
    const unit = f.normalized?.unit;
    if (unit && ((PEOPLE.test(f.subject) && /元$/u.test(unit)) || (MONEY.test(f.subject) && /^[人户]$/u.test(unit))))
      out.push({ id: `w-unit-${f.id.slice(-8)}`, kind: 'unit-mismatch', facts: [f.id], message: `“${f.subject}”的单位${f.unit}与所量度的对象不符。`, quote: f.quote });
  }
  return [...out, ...growthChecks(facts)];
}
