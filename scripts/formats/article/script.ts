/**
 * A Traditional-script article (the detect stage says `script: Hant`) is published in Simplified
 * (docs/formats/article.md, "Script"): opencc-js `t → cn`, which changes Traditional-only
 * characters and leaves Simplified ones alone, as scripts/stages/detect.ts measures it. Each run
 * of changed characters is one ledger replacement.
 */
import { Converter } from 'opencc-js';
import type { Ledger } from '../../lib/ledger.ts';

const toSimplified = Converter({ from: 't', to: 'cn' });

export function simplify(text: string, ledger: Ledger): { text: string; changed: number } {
  const converted = toSimplified(text);
  if (converted.length !== text.length) {
    // A phrase conversion changed the length: one replacement for the whole text (offsets of
    // later messages may drift by a character; the ink is still accounted for).
    ledger.replace('Traditional → Simplified', text, converted);
    return { text: converted, changed: Math.abs(converted.length - text.length) };
  }
  let changed = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === converted[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== converted[j]) j++;
    ledger.replace('Traditional → Simplified', text.slice(i, j), converted.slice(i, j));
    changed += j - i;
    i = j;
  }
  return { text: converted, changed };
}
