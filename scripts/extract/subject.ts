/**
 * What a quantity measures, as a short Chinese noun phrase taken from the words before it.
 *
 * Rule: take the clause before the number (back to the last ，；： or the previous quantity),
 * cut what is not the measure — leading time phrases, sources (据…显示), connectives and the
 * scope words 我国/中国/全国 (these national reports always mean the country, so keeping them
 * would only split one measure into several names), and trailing verbs and hedges (达, 约为,
 * 同比增长…). A clause that is left with no noun of its own (…，增长6.5%；…，占社会消费品零售
 * 总额的比重为26.8%) borrows the subject of the quantity before it in the sentence, so 占…
 * becomes 实物商品网上零售额占社会消费品零售总额的比重. Never empty: the last fallback is the
 * clause text itself, then the words after the number.
 */
import { CLAUSE_BREAK, PREFIX_QUALIFIERS } from './grammar/lexicon.ts';
import { findTimes } from './grammar/time.ts';
import { findQuantities, type Quantity } from './quantities.ts';

const LEAD =
  /^(?:\s|[（(）)、]|截至|截止|其中|此外|同时|另外|而且|而|但|且|并且|并|以及|及|和|与|在|到|至|从|由|于|自|预计|目前|当前|近年来|近年|今年|去年|同年|当年|上年|期间|以来|底|末|上半年|下半年|全年|我国|中国|全国|国内|的|已经|已|将)+/;
const TRAIL_WORDS = [...PREFIX_QUALIFIERS, '缩小', '扩大', '缩短', '延长', '升至', '涨至', '跌至', '位居', '全国', '全球', '世界', '相比', '较', '比', '分别为', '分别', '约为', '为', '是', '有', '达', '的', '了', '已', '已经', '将', '将会', '有望', '可望', '或将', '预计', '仍', '也', '均', '更', '共', '实现', '到', '至', '在', '从', '由', '较上年', '比上年', '同比', '环比', '年均', '，', '、', '和', '及'];
const MAX_LENGTH = 24;

function stripTimes(s: string): string {
  const times = findTimes(s);
  let out = '';
  let at = 0;
  for (const t of times) {
    out += s.slice(at, t.start);
    at = t.end;
  }
  return (out + s.slice(at)).replace(/(?:去年|今年|上年|同年|当年)(?:年初|年底|年末|上半年|下半年)?|年初|年底|年末/g, '');
}

function trimTrail(s: string): string {
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of TRAIL_WORDS)
      if (s.endsWith(w) && w.length > 0 && !(w === '为' && /[行作成认因]为$/.test(s)) && !(w === '在' && /[存现正所实]在$/.test(s))) {
        s = s.slice(0, -w.length);
        changed = true;
      }
  }
  return s;
}

/** Where the clause of the number at `at` starts: a clause break or the end of an earlier quantity. */
function clauseStart(sentence: string, at: number, earlier: readonly Quantity[]): number {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(sentence[i - 1]!)) i--;
  const prev = earlier.filter((p) => p.end <= at && p.end > i).at(-1);
  return prev ? prev.end : i;
}

function clean(raw: string): string {
  let s = stripTimes(raw).replace(/^.*?(?:显示|指出|表明|测算|统计)/, '');
  s = s.replace(LEAD, '');
  s = trimTrail(s).replace(LEAD, '');
  // A long clause: keep its tail after the last 的, where the measured noun sits, if that leaves a phrase.
  if (s.length > MAX_LENGTH) {
    const cut = s.lastIndexOf('的', s.length - 5);
    if (cut > 0) s = s.slice(cut + 1);
  }
  return s.trim();
}

const VERB_START = /^(占|较|比|升|降|涨|跌|同比|环比|增长|提升|提高|下降|降低|减少|增加|达|为|约|超|近|突破|其中|分别)/;

export function subjectOf(sentence: string, q: Pick<Quantity, 'start' | 'end'>): string {
  const all = findQuantities(sentence);
  const earlier = all.filter((p) => p.end <= q.start);
  const start = clauseStart(sentence, q.start, earlier);
  const raw = sentence.slice(start, q.start);
  const own = clean(raw);
  const borrows = !own || VERB_START.test(raw.replace(LEAD, '')) || (earlier.at(-1)?.end === start && /^(?:[、和及与或至到]|乃至|甚至)?$/.test(raw.trim()));
  if (borrows) {
    const prev = earlier.at(-1);
    if (prev) {
      const base = subjectOf(sentence, prev);
      if (!/^占/.test(own)) return base;
      return base + (/(比重|比例|份额|占比)$/.test(own) ? own : `${own.replace(/的$/, '')}比例`);
    }
  }
  // Nothing measured before the number (83.9%的用户…): the noun is after it.
  const after = sentence.slice(q.end).split(CLAUSE_BREAK)[0]!.replace(/^(?:及以上|以上|以下|左右|的|\s)+/, '').slice(0, MAX_LENGTH).trim();
  // A clause that ends in a connector (…900万篇笔记与7000多万条评论) names the previous
  // item, not this one: the measured noun follows the number.
  const noun = /^[\p{Script=Han}]{1,6}?(?=[在的与和及，。；、]|$)/u.exec(after)?.[0];
  if (own && /[与和及]$/u.test(own) && noun) return noun;
  if (own) return own;
  return after || raw.trim() || sentence.trim();
}
