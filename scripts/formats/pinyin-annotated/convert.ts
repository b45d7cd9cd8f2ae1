/**
 * Traditional → Simplified with opencc-js `t → cn`, then a phrase fix list for 著. Not the `tw`
 * preset: it fixes 著 but rewrites already-Simplified text (显著→显着, 饿了么→饿了幺).
 */
import { Converter } from 'opencc-js';
import type { Ledger } from '../../lib/ledger.ts';

const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * 著 as a particle after these verbs is 着 in Simplified. Never a lone 著 (显著, 土著 keep it).
 * Words, not a rule: 著 stays 著 everywhere else (显著, 著作).
 */
export const ZHE_PHRASES: readonly (readonly [string, string])[] = [
  ['随著', '随着'],
  ['标志著', '标志着'],
  ['朝著', '朝着'],
  ['意味著', '意味着'],
  ['沿著', '沿着'],
  ['接著', '接着'],
  ['有著', '有着'],
  ['著力', '着力'],
  ['著重', '着重'],
  ['著手', '着手'],
  ['著眼', '着眼'],
];

const ZHE_RE = new RegExp(ZHE_PHRASES.map(([from]) => from).join('|'), 'g');
const ZHE_MAP = new Map(ZHE_PHRASES);

/**
 * Convert one string. Length is preserved (offsets stay valid for quotes and the raw map);
 * anything else is a programmer error in the converter setup. Each run of changed characters is
 * one ledger replacement.
 */
export function traditionalToSimplified(text: string, ledger: Ledger): { text: string; changed: number; phraseFixes: number } {
  const converted = toSimplified(text);
  if (converted.length !== text.length)
    throw new Error(`opencc t→cn changed the length (${text.length} → ${converted.length}); offsets would break`);
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
  let phraseFixes = 0;
  const fixed = ledger.replaceAll(converted, ZHE_RE, (m) => {
    phraseFixes++;
    return ZHE_MAP.get(m[0]) ?? m[0];
  }, '著 → 着 phrase fix');
  return { text: fixed, changed, phraseFixes };
}
