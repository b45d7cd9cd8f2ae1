/**
 * The body has no paragraph breaks at all. Sections are cut into paragraphs at sentence ends
 * only: before an enumeration item (1)…(n), before a sentence that opens a new topic, and — so a
 * reader never faces a wall — once a paragraph is long, before the next sentence that does not
 * continue the previous one.
 */

/** A sentence ends at 。！？ plus any closing quotes or brackets that belong to it. */
const SENTENCE_END = /[。！？!?]+[”’」』）)]*/g;
const ENUMERATION = /^[(（]\d{1,2}[)）]/;
const TOPIC =
  /^(首先|其次|再次|最后|此外|另外|另一方面|与此同时|同时|然而|但是|值得关注的是|值得注意的是|展望|面对|综上|总之|总体来看|未来)/;
/** "技术层面,", "生态协同方面,", "技术赋能上," open a topic too. */
const ASPECT = /^[^，,。；;]{2,10}(方面|层面|维度)[，,]|^[^，,。；;]{2,8}上[，,]/;
/** Sentences that lean on the one before (为解决这一问题…, 据…显示) stay with it. */
const CONTINUES = /^(为此|为解决|为应对|据|例如|因此|从而|对此|但|而|也|其中)/;

/** Paragraph length (characters) from which a topic sentence may start a new paragraph. */
const MIN_BEFORE_TOPIC = 60;
/** Past this, the next non-continuing sentence starts a new paragraph… */
const SOFT_MAX = 260;
/** …but never leave a stub shorter than this behind… */
const SOFT_MIN = 100;
/** …and past this, any sentence does. */
const HARD_MAX = 360;

export function sentences(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.filter((s) => s.trim());
}

/** A sentence that opens a numbered part: 二、…, （一）…; a break before it when asked. */
const NUMBERED = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

export function splitParagraphs(text: string, options: { numbered?: boolean } = {}): string[] {
  const paras: string[] = [];
  let cur = '';
  for (const s of sentences(text)) {
    const len = [...cur].length;
    const breakHere =
      cur !== '' &&
      (ENUMERATION.test(s) ||
        (options.numbered === true && NUMBERED.test(s)) ||
        ((TOPIC.test(s) || ASPECT.test(s)) && len >= MIN_BEFORE_TOPIC) ||
        (len + [...s].length > SOFT_MAX && len >= SOFT_MIN && !CONTINUES.test(s)) ||
        len >= HARD_MAX);
    if (breakHere) {
      paras.push(cur);
      cur = s;
    } else cur += s;
  }
  if (cur) paras.push(cur);
  return paras;
}

/** Text after the last sentence end: the fragment a truncated document ends with. */
export function trailingFragment(text: string): string {
  let end = 0;
  for (const m of text.matchAll(SENTENCE_END)) end = m.index + m[0].length;
  return text.slice(end);
}
