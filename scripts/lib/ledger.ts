/**
 * The conservation ledger. Every non-whitespace character of a source is either kept in the
 * cleaned document, moved to metadata, or removed with a reason; characters the cleaner adds
 * (a restored 〇, a comma recovered from a space) are recorded as inserted. Whitespace is layout
 * and is not accounted. The books balance when
 *
 *   charsIn − removed − moved + inserted = chars measured in the CleanDoc
 *
 * (see measureDoc in scripts/lib/measure.ts). Replacements count as a removal plus an insertion.
 */

export type LedgerAction = 'removed' | 'moved' | 'inserted' | 'replaced';

export interface LedgerEntry {
  action: LedgerAction;
  reason: string;
  /** How many times this (action, reason) happened. */
  count: number;
  /** Non-whitespace characters taken out of the body (removed, moved, replaced-from). */
  charsOut: number;
  /** Non-whitespace characters added (inserted, replaced-to). */
  charsIn: number;
  /** Up to three short examples, for the ingest report. */
  samples: string[];
}

/** Non-whitespace code points: the unit of the ledger. */
export function inkLength(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\s/u.test(ch)) n++;
  return n;
}

const SAMPLE_MAX = 3;
const SAMPLE_CHARS = 40;

export class Ledger {
  private readonly map = new Map<string, LedgerEntry>();

  private entry(action: LedgerAction, reason: string): LedgerEntry {
    const key = `${action}\u0000${reason}`;
    let e = this.map.get(key);
    if (!e) {
      e = { action, reason, count: 0, charsOut: 0, charsIn: 0, samples: [] };
      this.map.set(key, e);
    }
    return e;
  }

  private sample(e: LedgerEntry, text: string): void {
    const t = text.trim();
    if (t && e.samples.length < SAMPLE_MAX) e.samples.push([...t].slice(0, SAMPLE_CHARS).join(''));
  }

  /** Text dropped from the document (chrome, repeated passages, annotations…). */
  remove(reason: string, text: string): void {
    const e = this.entry('removed', reason);
    e.count++;
    e.charsOut += inkLength(text);
    this.sample(e, text);
  }

  /** Text taken out of the body into metadata (title line, dateline, repost note…). */
  move(reason: string, text: string): void {
    const e = this.entry('moved', reason);
    e.count++;
    e.charsOut += inkLength(text);
    this.sample(e, text);
  }

  /** Text the cleaner added that the source does not have. */
  insert(reason: string, text: string): void {
    const e = this.entry('inserted', reason);
    e.count++;
    e.charsIn += inkLength(text);
    this.sample(e, text);
  }

  /** One span rewritten as another (widened punctuation, T→S, repaired garble). */
  replace(reason: string, from: string, to: string): void {
    if (from === to) return;
    const e = this.entry('replaced', reason);
    e.count++;
    e.charsOut += inkLength(from);
    e.charsIn += inkLength(to);
    this.sample(e, `${from}→${to}`);
  }

  /**
   * Replace every match of `pattern` (must be global) in `text`, recording each change.
   * The replacer receives the match array like String.prototype.replace's callback.
   */
  replaceAll(
    text: string,
    pattern: RegExp,
    replacer: string | ((m: RegExpExecArray) => string),
    reason: string,
    action: 'removed' | 'replaced' = 'replaced',
  ): string {
    if (!pattern.global) throw new Error(`Ledger.replaceAll needs a global pattern, got ${pattern}`);
    let out = '';
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const to = typeof replacer === 'string' ? replacer : replacer(m);
      if (action === 'removed' && to === '') this.remove(reason, m[0]);
      else this.replace(reason, m[0], to);
      out += text.slice(last, m.index) + to;
      last = m.index + m[0].length;
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return out + text.slice(last);
  }

  entries(): LedgerEntry[] {
    return [...this.map.values()].sort((a, b) =>
      a.action === b.action ? (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) : a.action < b.action ? -1 : 1,
    );
  }

  totals(): { removed: number; moved: number; inserted: number } {
    let removed = 0;
    let moved = 0;
    let inserted = 0;
    for (const e of this.map.values()) {
      if (e.action === 'moved') moved += e.charsOut;
      else removed += e.charsOut;
      inserted += e.charsIn;
    }
    return { removed, moved, inserted };
  }
}
