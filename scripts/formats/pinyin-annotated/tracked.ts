/**
 * Text that remembers where each of its code units came from in the raw file, so checks that
 * run after repairs and annotation stripping can still point at seeds/<file>:line:col, and so a
 * clean span can be traced back to its raw quote.
 */

export interface Tracked {
  text: string;
  /** src[i] is the raw offset of text[i]. Inserted text maps to the start of what it replaced. */
  src: number[];
}

/** A slice of the raw text starting at raw offset `base`. */
export function track(text: string, base: number): Tracked {
  return { text, src: Array.from({ length: text.length }, (_, i) => base + i) };
}

export function slice(t: Tracked, start: number, end = t.text.length): Tracked {
  return { text: t.text.slice(start, end), src: t.src.slice(start, end) };
}

/** Raw offset of a position (the end of the text maps just past its last character). */
export function rawOffset(t: Tracked, i: number): number {
  const at = t.src[i];
  if (at !== undefined) return at;
  const last = t.src[t.src.length - 1];
  return last === undefined ? 0 : last + 1;
}

/**
 * Replace every match of a global pattern. The replacer sees the match; its return value is the
 * new text for that span.
 */
export function rewrite(t: Tracked, pattern: RegExp, replacer: (m: RegExpExecArray) => string): Tracked {
  if (!pattern.global) throw new Error(`rewrite needs a global pattern, got ${pattern}`);
  let text = '';
  const src: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(t.text); m; m = pattern.exec(t.text)) {
    if (m[0].length === 0) throw new Error(`rewrite pattern ${pattern} matched an empty string`);
    const to = replacer(m);
    text += t.text.slice(last, m.index) + to;
    append(src, t.src, last, m.index);
    const at = rawOffset(t, m.index);
    for (let i = 0; i < to.length; i++) src.push(at);
    last = m.index + m[0].length;
  }
  text += t.text.slice(last);
  append(src, t.src, last, t.src.length);
  return { text, src };
}

// A loop, not push(...spread): a 40,000-character line would overflow the argument limit.
function append(to: number[], from: readonly number[], start: number, end: number): void {
  for (let i = start; i < end; i++) to.push(from[i] ?? 0);
}
