/** Superscript digits: footnote markers glued to the text; a maximal run is one number (¹⁰ = 10). */
export const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptNumber(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPTS.indexOf(ch);
  return n;
}
