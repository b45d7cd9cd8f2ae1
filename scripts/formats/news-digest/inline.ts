/**
 * Reader text for titles, headings, bullets and excerpt paragraphs, in the shared order:
 * spaces read as commas (digest bullets only, after citations are gone), spacing, widening last;
 * then `**label**` becomes a strong node. See docs/formats/news-digest.md "Punctuation".
 */
import type { Inline } from '../../lib/doc.ts';
import type { Ledger } from '../../lib/ledger.ts';
import { CJK_PUNCT, fixSpacing, HAN } from '../../lib/text.ts';

/**
 * docs/formats/news-digest.md "Spaces used in place of commas": inside a digest bullet, a space
 * between a CJK character (or a closing ”」》）) and a CJK character (or an opening “「《（) stands
 * for a lost comma. The original ：or；cannot be recovered, so ，is the honest guess.
 */
const SPACE_COMMA = new RegExp(`(?<=[${HAN}”」》）]) +(?=[${HAN}“「《（])`, 'gu');
/**
 * In an excerpt paragraph the same space is where the original text wrapped a line, even inside
 * a word (直指数 据安全, 净利 润): it goes.
 */
const WRAP_SPACE = new RegExp(`(?<=[${HAN}”」》）]) +(?=[${HAN}“「《（])`, 'gu');
const BOLD = /\*\*([^*]+?)\*\*/g;
const ASCII_PUNCT = /[,:;?!()]/g;
const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
/** A stretch of text with no Han character or CJK punctuation in it. */
const NON_CJK = new RegExp(`[^${HAN}${CJK_PUNCT}]+`, 'gu');
const HAN_CHAR = new RegExp(`[${HAN}${CJK_PUNCT}]`, 'u');

export interface InlineCounts {
  spaceCommas: number;
  boldLabels: number;
  wrapSpaces: number;
}

export function spaceCommas(text: string, ledger: Ledger, counts: InlineCounts): string {
  return text.replace(SPACE_COMMA, () => {
    counts.spaceCommas++;
    ledger.insert('space read as comma', '，');
    return '，';
  });
}

function joinWraps(text: string, counts: InlineCounts): string {
  return text.replace(WRAP_SPACE, () => {
    counts.wrapSpaces++;
    return '';
  });
}

/**
 * Spans of English text (two or more Latin words with no Han between them: `Earnings Review:
 * 3Q25 EPS beat`, `Ronald Keung, CFA`): their punctuation is English and stays ASCII.
 */
function englishSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(NON_CJK)) if ((m[0].match(/[A-Za-z]{2,}/g) ?? []).length >= 2) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Step 7, widening, as the shared rule (`,` and `:` stay between digits) except inside English
 * spans, where a mark stays ASCII unless it touches a Han character (`"Seed Diffusion Preview",生成`).
 */
export function widen(text: string, ledger: Ledger): string {
  const spans = englishSpans(text);
  const english = (i: number): boolean => spans.some(([a, b]) => i >= a && i < b) && !HAN_CHAR.test(text[i - 1] ?? '') && !HAN_CHAR.test(text[i + 1] ?? '');
  return ledger.replaceAll(
    text,
    ASCII_PUNCT,
    (m) => {
      const ch = m[0];
      if (english(m.index)) return ch;
      if ((ch === ',' || ch === ':') && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) return ch;
      return WIDE[ch] ?? ch;
    },
    'ASCII punctuation widened',
  );
}

/**
 * ASCII double quotes around Chinese text (`"扫地茅"`, `"人工智能+"`) are folded “”: paired in
 * order, a pair that encloses or touches Han text becomes “…”. An odd count is left as written
 * (the pairs cannot be told), and so are quotes inside English.
 */
export function pairQuotes(text: string, ledger: Ledger): string {
  const at = [...text.matchAll(/"/g)].map((m) => m.index);
  if (at.length === 0 || at.length % 2 === 1) return text;
  const wide = new Map<number, string>();
  for (let k = 0; k < at.length; k += 2) {
    const [a, b] = [at[k]!, at[k + 1]!];
    if (HAN_CHAR.test(text.slice(a, b)) || HAN_CHAR.test(text[a - 1] ?? '') || HAN_CHAR.test(text[b + 1] ?? '')) {
      wide.set(a, '“');
      wide.set(b, '”');
    }
  }
  return ledger.replaceAll(text, /"/g, (m) => wide.get(m.index) ?? '"', 'ASCII quotes paired');
}

/** A space the widening left next to a now-Chinese mark (`证券: 2025` → `证券：2025`). */
const settle = (t: string): string => fixSpacing(t);

/** Split `**label**` runs into strong nodes; the asterisks are markup, not text. */
function boldRuns(text: string, ledger: Ledger, counts: InlineCounts): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(BOLD)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: m[1]! }] });
    ledger.remove('bold markup → strong', '****');
    counts.boldLabels++;
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/**
 * A digest bullet. Widening runs on the whole run before bold is split, so `**地域维度**:` and
 * `**趋势三:合理发“癫”**:` both get their ：, inside and after the label.
 */
export function readerInline(raw: string, ledger: Ledger, counts: InlineCounts, commas: boolean): Inline[] {
  let t = commas ? spaceCommas(raw, ledger, counts) : raw;
  t = fixSpacing(t).trim();
  t = settle(pairQuotes(widen(t, ledger), ledger));
  return boldRuns(t, ledger, counts);
}

/** An excerpt paragraph: wrap spaces go, then spacing and widening. */
export function readerProse(raw: string, ledger: Ledger, counts: InlineCounts): Inline[] {
  const t = settle(pairQuotes(widen(fixSpacing(joinWraps(raw, counts)).trim(), ledger), ledger));
  return t === '' ? [] : [{ type: 'text', value: t }];
}

/**
 * A short first line of an excerpt paragraph with no comma in it, followed by a wrap space, is a
 * heading the excerpt ran into its text (`财务迷思:营收狂奔背后的盈利困境 从财务数据看,…`): a
 * wrapped line is far longer, so the break is kept as a paragraph break.
 */
const RUN_IN_HEADING = new RegExp(`^([^，,;；、。！？!?\s]{4,30}?[${HAN}]) +(?=[${HAN}“「《（])`, 'u');
export function splitRunInHeading(paragraph: string): string[] {
  const m = RUN_IN_HEADING.exec(paragraph);
  return m ? [m[1]!, paragraph.slice(m[0].length)] : [paragraph];
}

/** Titles and headings: plain text, no comma recovery (their spaces are not commas). */
export function readerText(raw: string, ledger: Ledger): string {
  return settle(pairQuotes(widen(fixSpacing(raw).trim(), ledger), ledger));
}
