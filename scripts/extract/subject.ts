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
 *
 * What is cut, and why (each rule is pinned in tests/extract/grammar/subject.test.ts):
 * - Causatives and the agent before them: …通过AI预测模型使直播推荐准确率 → 直播推荐准确率;
 *   likewise 让, 令 and 将 (把): the measure is what is made to change, not who changes it.
 * - Leading prepositions and agents: 对, 我们通过对, 带动, 帮助, 一个 list number (1.).
 * - A comparison base: 转化率较传统电商 → 转化率; 提升至行业平均的 → (the base is cut).
 *   从…: 合规成本占比从当前 → 合规成本占比.
 * - Trailing verbs and adverbs that are not part of a measure name (稳占, 保持, 连续, 控制,
 *   锚定, 放缓, 激增, 即, 便, 就…); 占比 and 平均/人均/日均 stay whole.
 * - A long clause is cut after its enumeration (…等) or at a 的, keeping the noun before the
 *   的 when the tail alone would be a bare measure word (智能可穿戴设备的消费用户规模).
 * Where the clause has no measure of its own, the noun is found around the number:
 * - a noun unit (2亿用户, 12万粉丝) or a classifier before a noun (900万篇笔记) names it, with
 *   the clause's own words in front (每月 + 用户, 平台每天产生的 + 笔记);
 * - a number right after a threshold (60岁及以上网民规模, 消费金额在300元以上的比例) keeps it;
 * - a value in brackets (整体网购用户（33.4%）) names what the bracket annotates;
 * - a clause of only 为/占比/以/稳定 takes the topic of the clause before (…比例最高，为83.9%).
 *
 * Cost: a sentence is read once (subjectsOf) and every look back or ahead from a number stops
 * at CLAUSE_WINDOW characters (grammar/bounds.ts), so the work per number is bounded whatever
 * the length of the text it stands in.
 */
import { CLAUSE_WINDOW, charge } from './grammar/bounds.ts';
import { CLAUSE_BREAK, isClauseBreak, PREFIX_QUALIFIERS } from './grammar/lexicon.ts';
import { findTimes } from './grammar/time.ts';
import { findQuantities, type Quantity } from './quantities.ts';

const LEAD =
  /^(?:\s|[（(）)、“”]?(?=[（(）)、])|[（(）)、]|\d{1,2}[.．、](?!\d)|截至|截止|其中|其次|此外|同时|另外|而且|而|但|且|并且|并|以及|及(?![时早])|和|与|在(?!线)|到(?!店)|至|从(?![业事])|由|于|自从|预计|目前|当前|近年来|近年|今年|去年|同年|当年|上年|期间|以来|底|末|上半年|下半年|全年|我国|中国|全国|国内|的|已经|已|将(?!近)|我们|据测算|调研发现|调研显示|间(?=[多各]))+/;
const TRAIL_WORDS = [...PREFIX_QUALIFIERS, '缩小', '扩大', '缩短', '延长', '升至', '涨至', '跌至', '位居', '全国', '全球', '世界', '相比', '较', '比', '分别为', '分别', '约为', '为', '是', '有', '达', '的', '了', '已', '已经', '将', '将会', '有望', '可望', '或将', '预计', '仍', '也', '均', '更', '共', '实现', '到', '至', '在', '从', '由', '较上年', '比上年', '同比', '环比', '年均', '，', '、', '和', '及',
  // Verbs and adverbs that end a clause before its number but never end a measure's name.
  '稳占', '占据', '保持', '压缩', '连续', '控制', '放缓', '激增', '暴涨', '飙升', '锚定', '累计', '共计', '总计', '即', '便', '就', '则', '都', '可', '会', '仍然', '每', '已达', '达到了', '实现了', '相对较低', '最高', '最低', '明显', '显著', '平均', '共有', '已有', '都有', '持续'];
const MAX_LENGTH = 24;

/** Verbs after which a classifier's noun names the measure: 平台每天产生 + 900万篇 + 笔记 → 平台每天产生的笔记. */
const MAKE_VERBS = /(?:产生|征集|分析|培育|培养|催生|孕育|创造|带动|建成|创建|批准|售出|卖出|回收|积累|覆盖|吸引|保护|导致|历经|惩戒|打造|定义|推出|开设|发放|贡献|对应|识别出|拦截|处置|联合|出台|上线|建立|设立|选取|包含|涵盖|包括|支持)$/u;
/** Of these, the ones that only list what a whole contains: the noun alone names the measure. */
const CONTAIN_VERBS = /^(?:包含|涵盖|包括|覆盖|历经|选取)$/u;
/** Words that say when, where or who but not what: alone they never name a measure. */
const VAGUE = /^(?:每月|每天|每日|每年|每周|一天|全市|全镇|全县|全省|全|首批|这|那|该|此|其|稳定|已经|仍|均|都|则|占|占比|以|占据|稳占|对|向|给|为|比例|比重|份额|规模)$/u;
/** Where the noun after a number ends: a verb, a preposition or the next clause. */
const NOUN_STOP = /[，,。；;：:、（(）)的在]|进行|参与|使用|寻求|学习|建立|签订|试点|打造|就业|信息|免受|会|表示|认为|因|对|获得|出售|购入|位居|累计|共(?=[售计有上])|提升|增长|下降|降低|减少|增加|占|为|达|反映|迭代|以上|以下/u;

function stripTimes(s: string): string {
  const times = findTimes(s);
  let out = '';
  let at = 0;
  for (const t of times) {
    out += s.slice(at, t.start);
    at = t.end + (s[t.end] === '时' ? 1 : 0);
  }
  return (out + s.slice(at)).replace(/(?:去年|今年|上年|同年|当年)(?:年初|年底|年末|上半年|下半年)?|年初|年底|年末/g, '');
}

function keeps(w: string, s: string): boolean {
  if (w === '为') return /[行作成认因]为$/.test(s);
  if (w === '在') return /[存现正所实]在$/.test(s);
  // 占比, 对比, 同比 are words; 均 of 平均, 人均, 日均, 月均 is part of the measure (平均 goes as a whole).
  if (w === '比') return /[占对同环]比$/.test(s);
  if (w === '均') return /[平人日月]均$/.test(s);
  if (w === '每') return s === '每';
  return false;
}

function trimTrail(s: string): string {
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of TRAIL_WORDS)
      if (s.endsWith(w) && w.length > 0 && !keeps(w, s)) {
        s = s.slice(0, -w.length);
        changed = true;
      }
  }
  return s;
}

/**
 * Where the clause of the number at `at` starts: a clause break or the end of an earlier
 * quantity, and never more than CLAUSE_WINDOW before it (grammar/bounds.ts).
 */
function clauseStart(sentence: string, at: number, earlier: readonly Quantity[]): number {
  let i = at;
  const stop = Math.max(0, at - CLAUSE_WINDOW);
  while (i > stop && !isClauseBreak(sentence[i - 1])) i--;
  charge(at - i + earlier.length);
  const prev = earlier.filter((p) => p.end <= at && p.end > i).at(-1);
  return prev ? prev.end : i;
}

/** The text after a number that its clause can reach: CLAUSE_WINDOW characters at most. */
function ahead(sentence: string, at: number, end = sentence.length): string {
  const stop = Math.min(end, at + CLAUSE_WINDOW);
  charge(Math.max(0, stop - at));
  return sentence.slice(at, stop);
}

/**
 * One sentence read once: its quantities, and the subjects and clause topics already found. A
 * subject that borrows the one before it (…，增长6.5%) asks for that subject again; without
 * the memo a sentence of n chained quantities would cost n² subject lookups.
 */
interface Reading {
  sentence: string;
  all: readonly Quantity[];
  subjects: Map<string, string>;
  topics: Map<number, string>;
}

const readingOf = (sentence: string, all: readonly Quantity[]): Reading => ({ sentence, all, subjects: new Map(), topics: new Map() });

/** The measure inside a clause that names who acts on it: cut the agent and the verb that acts. */
function cutAgent(s: string): string {
  // …使直播推荐准确率, …将虚假流量识别率 (将 as 把), …让…: keep what follows the last causative.
  const causative = /(?:通过|借助|利用).*?将|(?:可使|可将|使|让|令)(?!用)/gu;
  let cut = -1;
  for (let m = causative.exec(s); m; m = causative.exec(s)) cut = m.index + m[0].length;
  if (cut > 0 && s.length - cut >= 2) s = s.slice(cut);
  // A comparison base: 即时转化率较传统电商, 退货率较普通直播间低, 出海成本较传统电商.
  const base = /(?:较|相比|相较|高于|低于|高出)/u.exec(s);
  if (base && base.index >= 2) s = s.slice(0, base.index);
  s = s.replace(/(?:(?:提升至|提高至|提升到|增长至|达到?|为|是)(?:行业平均水平|行业平均|行业|传统电商|普通用户|平日)|行业平均水平|行业平均)的?$/u, '');
  // 从 with its start value gone: 合规成本占比从当前 → 合规成本占比.
  s = s.replace(/从(?:当前|目前|原来|此前)?$/u, '');
  // 带动/帮助/推动 + the measure, and a 导致 after its cause: the measure is the object.
  s = s.replace(/^(?:带动|帮助|推动|助力)(?=.{3})/u, '').replace(/^.{2,}?导致(?=.{3,}$)/u, '');
  return s;
}

/** A clause cut down to its measure: the long-standing cleanup, then the agent, then the trail again. */
function clean(raw: string): string {
  // An aside that lists examples is not part of the name: 各类AI智能终端（含手机/平板/电脑/眼镜等）销售额.
  let s = stripTimes(raw).replace(/^.*?(?:显示|指出|表明|测算|统计)/, '').replace(/[（(][^（()）]*[、等\/][^（()）]*[）)]/gu, '');
  // A number in an unclosed bracket belongs to the bracket: …深度访谈（对 → 对.
  const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  if (open >= 0 && open < s.length - 1 && !/[）)]/.test(s.slice(open))) s = s.slice(open + 1);
  s = s.replace(LEAD, '');
  s = trimTrail(s).replace(LEAD, '');
  const cut = cutAgent(s);
  if (cut !== s) s = trimTrail(cut).replace(LEAD, '');
  s = s.replace(/^(?:通过|对|向|凭借|依托)+/u, '');
  // A long clause: keep its tail after an enumeration (…等) or after the last 的, where the measured
  // noun sits — with the noun before that 的 when the tail alone is a bare measure (消费用户规模).
  if (s.length > MAX_LENGTH && !(s.includes('、') && s.length <= 34)) {
    const etc = s.lastIndexOf('等');
    if (etc > 0 && s.length - etc - 1 >= 4 && s.length - etc - 1 <= MAX_LENGTH) s = s.slice(etc + 1).replace(/^的/, '');
    else {
      const cut = s.lastIndexOf('的', s.length - 5);
      if (cut > 0) {
        const before = s.slice(0, cut);
        const from = Math.max(before.lastIndexOf('的'), before.lastIndexOf('等'), before.lastIndexOf('、'), before.lastIndexOf('和'));
        const wider = s.slice(from + 1);
        s = from >= 0 && wider.length <= MAX_LENGTH && cut - from - 1 >= 2 ? wider : s.slice(cut + 1);
      }
    }
  }
  return s.trim();
}

/** The noun right after a number: 900万篇【笔记】与…, 6万【中小企业】使用, 20万条以上【与“年”相关的笔记】进行…. */
function nounAfter(sentence: string, q: Pick<Quantity, 'end'>, all: readonly Quantity[]): string {
  const next = all.find((p) => p.start >= q.end)?.start ?? sentence.length;
  let s = ahead(sentence, q.end, next).split(CLAUSE_BREAK)[0]!;
  s = s.replace(/^(?:[）)]|[（(][^）)]*[）)]|及以上|以上|以下|左右|之多|多|余|的|\s)+/u, '');
  const stop = NOUN_STOP.exec(s);
  let noun = stop ? s.slice(0, stop.index) : s;
  // One 的 may join a short modifier to its noun: 与“年”相关的笔记.
  if (stop && stop[0] === '的' && /(?:相关|有关)$/u.test(noun) && noun.length <= 6) {
    const rest = s.slice(stop.index + 1);
    const tail = NOUN_STOP.exec(rest);
    const head = tail ? rest.slice(0, tail.index) : rest;
    if (head.length >= 2 && head.length <= 6) noun = `${noun}的${head}`;
  }
  noun = trimTrail(noun.replace(/(?<=.)[“（(][^”）)]*$/u, '')).replace(/[与和及]$/u, '');
  return /^[\p{Script=Han}A-Za-z“]/u.test(noun) && noun.length <= 16 ? noun : '';
}

/** The topic of the clause before: 男性数字消费用户规模略高于女性 → 男性数字消费用户规模. */
function previousClause(r: Reading, start: number): string {
  const { sentence } = r;
  // A clause cut at the window, not at a break, has no clause before it that we can see.
  if (start > 0 && !isClauseBreak(sentence[start - 1])) return '';
  const known = r.topics.get(start);
  if (known !== undefined) return known;
  let i = start;
  const stop = Math.max(0, start - CLAUSE_WINDOW);
  while (i > stop && isClauseBreak(sentence[i - 1])) i--;
  const end = i;
  const from = Math.max(0, end - CLAUSE_WINDOW);
  while (i > from && !isClauseBreak(sentence[i - 1])) i--;
  charge(start - i);
  const text = sentence.slice(i, end);
  let topic = '';
  if (text && !findQuantities(text).some((p) => !isAge(p)))
    topic = clean(text.replace(/(?:凭借|依托|通过|略高于|高于|低于|占据|位居|则).*$/u, '').replace(/(?:上|中)$/u, ''));
  r.topics.set(start, topic);
  return topic;
}

const VERB_START = /^(占(?!比)|较|比(?![例重])|升|降|涨|跌|同比|环比|增长|提升|提高|下降|降低|减少|增加|达|为|约|超|近|突破|其中|分别|压缩|缩短|延长|扩大|缩小|保持|位居|位列|翻|高于|低于|高出|超过)/;
const isAge = (p: Quantity): boolean => /岁$/u.test(p.unit);
const AGE_GROUP = /^[^，。]{0,8}?(?:用户群体|人群|群体|网购用户|用户|网民|老人|消费者)/u;

/** The subject of `q`; `all` is findQuantities(sentence), passed in by a caller that already has it. */
export function subjectOf(sentence: string, q: Pick<Quantity, 'start' | 'end'>, all: readonly Quantity[] = findQuantities(sentence)): string {
  return subjectIn(readingOf(sentence, all), q);
}

/** The subjects of all quantities of a sentence (`all`, in order), reading the sentence once. */
export function subjectsOf(sentence: string, all: readonly Quantity[] = findQuantities(sentence)): string[] {
  const r = readingOf(sentence, all);
  return all.map((q) => subjectIn(r, q));
}

function subjectIn(r: Reading, q: Pick<Quantity, 'start' | 'end'>): string {
  const key = `${q.start}:${q.end}`;
  let subject = r.subjects.get(key);
  if (subject === undefined) r.subjects.set(key, (subject = findSubject(r, q)));
  return subject;
}

function findSubject(r: Reading, q: Pick<Quantity, 'start' | 'end'>): string {
  const { sentence, all } = r;
  const earlier = all.filter((p) => p.end <= q.start);
  const start = clauseStart(sentence, q.start, earlier);
  const raw = sentence.slice(start, q.start);
  const prev = earlier.at(-1);
  const self = all.find((p) => p.start === q.start);
  const rest = ahead(sentence, q.end);
  const after = rest.split(CLAUSE_BREAK)[0]!.replace(/^(?:及以上|以上|以下|左右|的|\s)+/, '').slice(0, MAX_LENGTH).trim();
  const atBreak = !(prev && prev.end === start);

  // A threshold and what it bounds: 60岁及以上网民规模, 消费金额在300元以上的比例, 20-29岁占14.6%.
  if (prev && !atBreak && (/^(?:及以上|以上|及以下|以下|以内)/u.test(raw) || (isAge(prev) && /^[\p{Script=Han}“]/u.test(raw)))) {
    const from = clauseStart(sentence, prev.start, earlier.filter((p) => p.end <= prev.start));
    const own = clean(sentence.slice(from, q.start)).replace(/(?<=.{2})占$/u, '');
    if (own) return own;
  }
  // The number of a threshold or an age: 60岁及以上【网民】规模, 2000元以上【家电商品销售额】.
  // The clause cut down to its measure: most of the rules below start from it.
  const cleaned = clean(raw);
  if (self && atBreak && !cleaned) {
    if (isAge(self)) {
      const group = AGE_GROUP.exec(rest.replace(/^(?:及以上|以上|及以下|以下|的)+/u, ''))?.[0];
      if (group) return group.replace(/^的/u, '');
    } else if (/^(?:及以上|以上|及以下|以下)/u.test(rest)) {
      const group = nounAfter(sentence, q, all);
      if (group) return group;
    }
  }
  // A value in brackets annotates what is before it (整体网购用户（33.4%）) or, after a hedge, what follows (近一半（48.5%）的…).
  if (/[（(]\s*$/u.test(raw)) {
    const inner = clean(raw.replace(/[（(]\s*$/u, '').replace(/^.*?(?:高于|低于|高出)/u, ''));
    if (inner && !/^(?:近|约|超|逾)?(?:一半|半数|[一二三四五六七八九]成)$/u.test(inner)) return inner;
    const noun = /^[^）)]*[）)](?:的)?(.+)$/u.exec(rest.split(CLAUSE_BREAK)[0]!)?.[1];
    const named = noun ? clean(noun.replace(/(?:会|对|在|表示|认为).*$/u, '')) : '';
    if (named) return named;
  }

  const own = cleaned.replace(/^[“”"]+$/u, '');
  const noun = nounAfter(sentence, q, all);
  const unitNoun = /(用户|粉丝)$/u.exec(self?.unit ?? '')?.[1];
  const bareRaw = raw.trim();
  // A quoted term that starts with the number (承诺“24小时发货”, 对“30天无理由退换”): the term names it.
  if (noun && /“$/u.test(bareRaw)) {
    const term = noun.split('”')[0]!;
    const holder = own.replace(/“$/u, '');
    return holder && !/^[对在]$/u.test(holder) ? `${holder}${term}` : term;
  }
  // 对20万条…笔记, 与200+农户, 2024年有超6700家非遗小店, 全国210个城市…: the noun after names it.
  if (noun && !own && !unitNoun && (/(?:^|通过)(?:对|与|向|给|和)$/u.test(bareRaw) || /(?:有|共计|共)(?:超过?|近|约|逾)?$/u.test(bareRaw) || /(?:全国|全球|全市)$/u.test(bareRaw))) return noun;
  const topic = atBreak ? previousClause(r, start) : '';
  const bare = raw.replace(LEAD, '').trim();
  const borrows = !own || VERB_START.test(bare) || (prev?.end === start && /^(?:[、和及与或至到]|乃至|甚至)?$/.test(raw.trim()));
  // 62%的消费者…，45%的受访者…: a share at the head of its clause names the noun after it.
  const headShare = atBreak && !own && after && !/^(?:以|占据|稳占|保持|占有)/u.test(bare) && !/^[和与及、]/u.test(after) && (bareRaw === '' || /^(?:及以上|以上)?的/u.test(rest) || /^(?:并且|而且|并|同时|此外|另外)/u.test(bareRaw));
  if (unitNoun && !own && !VERB_START.test(bare)) return unitSubject(sentence, q, all, own, unitNoun);
  if (borrows && !headShare) {
    // The clause before names the measure when it has no number of its own (…比例最高，为83.9%);
    // otherwise the quantity before this one does (…，增长6.5%).
    const base = topic || (prev && !isAge(prev) ? subjectIn(r, prev) : '');
    if (base) {
      const rest = own.replace(/^分别/u, '');
      const share = /(比重|比例|份额|占比)$/u;
      // 淘宝…，占据32%的市场份额 → 淘宝市场份额.
      if (noun && /^(?:以|占据|稳占|保持|占有)/u.test(bare)) return `${base}${noun}`;
      if (/^(?:占比|比例|比重|份额)$/u.test(rest)) return share.test(base) ? base : `${base}${rest}`;
      if (!/^占/.test(rest)) return base;
      // …占网民总体的85.3%，占总人口的68.1%: the second share replaces the first whole.
      const root = base.includes('占') ? base.replace(/占[^占]*$/u, '') : share.test(base) ? '' : base;
      if (!root) return base;
      return root + (share.test(rest) ? rest : `${rest.replace(/的$/, '')}比例`);
    }
  }

  if (unitNoun && (!own || VAGUE.test(own) || MAKE_VERBS.test(own) || /有$/u.test(raw))) return unitSubject(sentence, q, all, own, unitNoun);
  // A clause that ends in a connector (…900万篇笔记与7000多万条评论, 3万余家基础级智能工厂、1200余家…)
  // names the previous item, not this one: the measured noun follows the number.
  if (noun && /[与和及、等]\s*$/u.test(raw) && !atBreak) return noun;
  if (noun && /等\s*$/u.test(raw)) return noun;
  // 全市已有51家工业企业, 首批20家企业, 这7类情绪: scope + noun.
  // 阿里国际站推出的全流程AI已有6万中小企业使用: holder, noun and the verb that ties them.
  const uses = /^[^，。；]*?(使用|参与)/u.exec(rest)?.[1];
  if (noun && uses && /有$/u.test(raw.trim()) && own && !VAGUE.test(own)) return `${own}${noun}${uses}`;
  if (noun && (VAGUE.test(own) || (/(?:有|共计)$/u.test(raw.trim()) && own.length <= 12))) {
    if (/^(?:全市|全镇|全县|全省|每月|每天|每日|每年|每周|首批)$/u.test(own)) return `${own}${noun}`;
    if (own === '全') return `${bare.replace(/(?:世界|全球).*$/u, '世界')}${noun}`;
    if (/^(?:以|占据|稳占|占|保持)$/u.test(own) || !own) return `${topic}${noun}`;
    return /有$/u.test(raw.trim()) && !VAGUE.test(own) ? `${own}${noun}` : noun;
  }
  // 快手则通过“老铁经济”与高用户粘性稳占17%的市场, 行业预计将保持25%以上的年均增速: holder + noun.
  if (noun && own && /(?:稳占|占据|保持|则以|以)$/u.test(trimTail(raw))) return `${own.replace(/(?:凭借|依托|通过|则).*$/u, '')}${noun}`;
  // A verb that makes or counts the noun: 平台每天产生的笔记, 直播间带动的新职业; 包含/涵盖 + noun alone.
  if (noun && own && MAKE_VERBS.test(own)) {
    const verb = MAKE_VERBS.exec(own)![0];
    if (own === verb || CONTAIN_VERBS.test(verb)) return noun;
    const agent = own.slice(0, -verb.length).replace(/(?:通过|利用|借助).*$/u, '').replace(/(?:孕育和|和|将|现已|已经|已)$/u, '');
    const phrase = `${agent}${verb}的${noun}`;
    return phrase.length <= MAX_LENGTH ? phrase : `${verb}的${noun}`;
  }
  // Nothing but a preposition, a share word or an adverb: the topic of the clause before, or the noun after.
  if (!own || VAGUE.test(own)) {
    const base = topic || (prev && !isAge(prev) && VAGUE.test(own) ? subjectIn(r, prev) : '');
    if (base && (!after || /^[和与及、]/u.test(after) || own)) return /^(?:占比|比例|比重|份额|规模)$/u.test(own) ? `${base}${own}` : base;
    if (atBreak && !own && after && !/^[和与及、]/u.test(after)) return after;
    if (noun && own) return noun;
  }
  if (own) return own.replace(/(?<=.{2})占$/u, '');
  return after || raw.trim() || sentence.trim();
}

/** The measured noun is the unit (每月有2亿用户在小红书寻求购买建议): what they do, then the unit. */
function unitSubject(sentence: string, q: Pick<Quantity, 'end'>, all: readonly Quantity[], own: string, unitNoun: string): string {
  const lead = /^(?:每月|每天|每日|每年|每周)$/u.test(own) || (own && !MAKE_VERBS.test(own) && !VAGUE.test(own)) ? own : '';
  const next = all.find((p) => p.start >= q.end)?.start ?? sentence.length;
  const doing = ahead(sentence, q.end, next).split(CLAUSE_BREAK)[0]!.trim();
  return doing.length >= 2 && doing.length <= 14 && !/^[并和与及、]/u.test(doing) ? `${lead}${doing}的${unitNoun}` : `${lead}${unitNoun}`;
}

/** The clause before the number with hedges and 达/为 gone, to see which verb it ends in. */
function trimTail(raw: string): string {
  let s = raw.trim();
  for (let changed = true; changed; ) {
    const t = s.replace(/(?:超过|超|近|约|达|为|将|有|了|的|在)$/u, '');
    changed = t !== s;
    s = t;
  }
  return s;
}
