/**
 * Offsets across a step that removed or rewrote spans. The page-aware placement decides in the
 * text where page markers were found, but places in the outlined text three steps later; each
 * step reports its edits so a position (where a figure was cut, where a page opened) follows
 * the text it points at.
 */

/** At input offset `at`, `removed` characters were replaced by `inserted` ones. */
export interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

export interface OffsetMap {
  /** Input → output. An offset inside a rewritten span maps to the span's start. */
  forward(offset: number): number;
  /** Output → input, the same way. */
  back(offset: number): number;
}

/** `edits` in input order, not overlapping. */
export function offsetMap(edits: readonly Edit[]): OffsetMap {
  return {
    forward(x) {
      let shift = 0;
      for (const e of edits) {
        if (x <= e.at) break;
        if (x < e.at + e.removed) return e.at + shift;
        shift += e.inserted - e.removed;
      }
      return x + shift;
    },
    back(y) {
      let shift = 0;
      for (const e of edits) {
        const out = e.at + shift;
        if (y <= out) break;
        if (y < out + e.inserted) return e.at;
        shift += e.inserted - e.removed;
      }
      return y - shift;
    },
  };
}

/** Edits of replacing every occurrence of `from` by `to` in `text`. */
export function replacementEdits(text: string, from: string, to: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length)) edits.push({ at: i, removed: from.length, inserted: to.length });
  return edits;
}
