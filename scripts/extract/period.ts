/**
 * The period a quantity refers to. The nearest time expression before the number wins (which
 * is the one in its own clause when that clause has one); then the first one after it in its
 * own clause (规模在2024年达到 is rare, but 用户占比达30%（2024年） happens); then the caller's
 * context year (the paragraph's or the previous sentence's), which also resolves 同年/当年.
 * Skipped: years inside 《》 (titles such as 《2026生活经济报告》) and comparison bases
 * (较2023年12月增长1737万人 is a change up to the sentence's 截至2024年12月, not a 2023 value).
 * 今年/去年/上年 resolve only against the context year.
 */
import { isClauseBreak } from './grammar/lexicon.ts';
import { findTimes, type TimeExpr } from './grammar/time.ts';
import { CLAUSE_WINDOW, charge } from './grammar/bounds.ts';
import type { Quantity } from './quantities.ts';

export interface PeriodContext {
  /** The year the text is about when the sentence names none: "2024". */
  year?: string;
}

function relative(sentence: string, before: number, context: PeriodContext): { at: number; period: string } | null {
  if (!context.year) return null;
  const re = /(?<![较比])(今年|去年|同年|当年|上年)/g;
  let best: { at: number; period: string } | null = null;
  for (let m = re.exec(sentence); m && m.index < before; m = re.exec(sentence)) {
    const y = Number(context.year) + (m[1] === '去年' || m[1] === '上年' ? -1 : 0);
    best = { at: m.index + m[0].length, period: String(y) };
  }
  return best;
}

/** `found` is findTimes(sentence), passed in by a caller that asks for many quantities of one sentence. */
export function periodOf(sentence: string, q: Pick<Quantity, 'start' | 'end'>, context: PeriodContext = {}, found: readonly TimeExpr[] = findTimes(sentence)): string | null {
  const times = found.filter((t) => t.period && !t.baseline && !t.inTitle);
  const before = times.filter((t) => t.end <= q.start).at(-1);
  const rel = relative(sentence, q.start, context);
  if (before && (!rel || before.end >= rel.at)) return before.period;
  if (rel) return rel.period;
  let clauseEnd = q.end;
  const stop = Math.min(sentence.length, q.end + CLAUSE_WINDOW);
  while (clauseEnd < stop && !isClauseBreak(sentence[clauseEnd])) clauseEnd++;
  charge(clauseEnd - q.end + times.length);
  const after = times.find((t) => t.start >= q.end && t.end <= clauseEnd);
  if (after) return after.period;
  return context.year ?? null;
}
