/**
 * The words of the number grammar: magnitudes, units, hedges and the cue words that tell a
 * growth rate from a share. Kept as data so the grammar reads as rules and the vocabulary can
 * grow with new sources without touching them.
 */
import type { FACT_KINDS } from '../../../src/schemas/fact.ts';

export type Kind = (typeof FACT_KINDS)[number];

/** Longest first: the scanner takes the first that matches. 百/千 alone are too rare after digits to be worth the risk. */
export const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  // 004 writes 11w+ 人次: w is the web's shorthand for 万.
  ['w', 1e4],
  ['W', 1e4],
];

/** Magnitudes that stand for a number on their own (突破万亿, 不足百亿元); 万/亿 alone never do (万物, 亿万). */
export const BARE_MAGNITUDES = new Set(['万亿', '千亿', '百亿', '十亿', '千万', '百万', '十万']);

export interface UnitDef {
  /** As written. */
  text: string;
  /** Base unit for comparison. */
  base: string;
  kind: Kind;
}

const u = (text: string, base: string, kind: Kind): UnitDef => ({ text, base, kind });

/** Longest first, so 个百分点 wins over 个 and 人次 over 人. */
export const UNITS: readonly UnitDef[] = [
  u('元人民币', '元', 'amount'),
  u('个百分点', '百分点', 'percentage-points'),
  // 004 writes 12.2 个百分比 where 个百分点 is meant; kept as written, read as points.
  u('个百分比', '百分点', 'percentage-points'),
  u('百分点', '百分点', 'percentage-points'),
  u('人民币', '元', 'amount'),
  u('美元', '美元', 'amount'),
  u('港元', '港元', 'amount'),
  u('欧元', '欧元', 'amount'),
  u('元', '元', 'amount'),
  u('人次', '人次', 'count'),
  u('用户', '用户', 'count'),
  u('粉丝', '粉丝', 'count'),
  u('部门', '部门', 'count'),
  u('个月', '月', 'other'),
  u('小时', '小时', 'other'),
  u('分钟', '分钟', 'other'),
  u('平方米', '平方米', 'other'),
  u('公里', '公里', 'other'),
  u('公斤', '公斤', 'other'),
  ...['人', '户', '条', '次', '个', '家', '场', '单', '件', '篇', '份', '名', '位', '款', '种', '项', '类', '层', '部', '台', '棵', '副', '起', '套', '辆', '张', '所', '批', '轮', '大'].map((t) => u(t, t, 'count')),
  ...['岁', '年', '天', '周', '秒', '吨', '亩', '分'].map((t) => u(t, t, 'other')),
  u('ms', 'ms', 'other'),
  u('%', '%', 'share'),
  u('％', '%', 'share'),
  u('倍', '倍', 'multiple'),
  // 接近6成: a share in tenths.
  u('成', '%', 'share'),
];

/**
 * Characters that, right after a unit character, show it was the first half of a word:
 * 5家电 is not "5 家", 分别 not "分", 1份额 not "份".
 */
export const UNIT_BREAKERS: Readonly<Record<string, string>> = {
  分: '别享析布为之',
  份: '额',
  家: '电居庭具',
  场: '景',
  部: '分',
  起: '来',
  名: '义',
  条: '件',
  次: '要级',
  项: '目',
  件: '事',
  层: '面级',
  大: '促幅',
  成: '为长本功交果熟都员效立型就绩色品不',
};

/** Hedges and comparisons written right before a number; longest first. */
export const PREFIX_QUALIFIERS: readonly string[] = [
  '同比增长', '同比下降', '同比提升', '同比减少', '同比增加', '环比增长', '环比下降', '年均增长',
  '突破至', '增长至', '提升至', '下降至', '增长了', '提升了', '下降了', '减少了', '增加了',
  '大约', '约为', '超过', '超出', '接近', '将近', '达到', '已达', '高达', '多达', '不足', '不到',
  '仅为', '至少', '最高', '高于', '低于', '高出', '突破', '增长', '提升', '提高', '下降', '降低',
  '减少', '增加', '上涨', '增至', '降至', '约', '超', '近', '达', '破', '逾', '仅', '过',
];

/** Written after the unit. */
export const SUFFIX_QUALIFIERS: readonly string[] = ['以上', '以下', '左右', '以内', '之多'];

/** Words before a percentage that make it a rate of change. */
export const GROWTH_CUES: readonly string[] = [
  '复合增长率', '增长率', '增速', '增幅', '降幅', '涨幅', '同比', '环比', '增长', '提升', '提高',
  '下降', '降低', '减少', '增加', '上涨', '上升', '下滑', '飙升', '缩减', '缩短', '翻',
];

/** Words before a percentage that make it part of a whole (or a level such as a rate). */
export const SHARE_CUES: readonly string[] = ['占比', '比重', '比例', '渗透率', '份额', '占', '率'];

/** Characters that end a clause: subject and kind never look past them. */
export const CLAUSE_BREAK = /[，,；;：:。！？!?]/;
const CLAUSE_BREAKS = new Set('，,；;：:。！？!?');
/** CLAUSE_BREAK.test for one character, for the loops that walk a clause character by character. */
export const isClauseBreak = (ch: string | undefined): boolean => ch !== undefined && CLAUSE_BREAKS.has(ch);
