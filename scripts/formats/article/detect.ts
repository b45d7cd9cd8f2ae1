/**
 * How much a text looks like a plain article (docs/formats/article.md, "Detection"). `article`
 * is the fallback kind: readable prose scores around the middle, a repost/source note or a
 * byline near the top scores high, and the marks of the other kinds (digest datelines,
 * citation brackets, pinyin annotations, PDF page furniture, document-library chrome) pull the
 * score down so that those kinds win on their own documents.
 */
import type { Detection } from '../types.ts';
import { chromeKind } from './chrome.ts';
import { frontMeta } from './front.ts';
import { len, SENTENCE_END } from './lines.ts';

const DIGEST_DATELINE = /^.+·\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}$/gm;
const CITATION = /\[\d+\]/g;
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/g;
const PINYIN = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;
const TOC_LEADER = /(?:\.{4,}|…{2,}|·{4,})\s*\d+\s*$/gm;
const PAGE_NUMBER_LINE = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/gm;
/** Document-library and PDF-preview furniture, in either script. */
const LIBRARY_CHROME = /由会员分享|文[档檔]简介|文檔簡介|\.pdf》|下[载載]积分|下載積分|版[权權][说說]明|上[传傳]人[:：]|文[档檔][编編]号|文檔編號|第\d+[页頁]\s*\/\s*共\d+[页頁]|[资資]源描述|免[责責][声聲]明|Table_Page/g;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
const MENU_LABEL_MAX = 8;

export function detectArticle(text: string): Detection {
  // Site chrome and one-word menu labels say nothing about the article: left out of the share.
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && len(l) > MENU_LABEL_MAX && !chromeKind(l));
  if (lines.length === 0) return { score: 0, evidence: 'no text' };
  const chars = lines.reduce((n, l) => n + len(l), 0);
  // Share of the text in lines that end like a sentence: prose.
  const proseChars = lines.filter((l) => SENTENCE_END.test(l) || /[，,：:]$/.test(l)).reduce((n, l) => n + len(l), 0);
  const prose = chars ? proseChars / chars : 0;
  let score = 0.3 + 0.3 * prose;
  const seen: string[] = [`${Math.round(prose * 100)}% of the text in sentence lines`];

  const head = lines.slice(0, 12);
  const notes = head.flatMap((l) => {
    const m = frontMeta(l);
    return m ? [{ ...m, line: l }] : [];
  });
  const source = notes.find((m) => m.kind === 'repost note' || m.kind === 'source line');
  if (source) {
    score += 0.35;
    seen.push(`a ${source.kind}`);
  } else if (notes[0]) {
    score += 0.15;
    seen.push(`a ${notes[0].kind} near the top`);
  }

  const marks: [string, number, number][] = [
    ['digest datelines', count(text, DIGEST_DATELINE), 1],
    ['citation brackets', count(text, CITATION), 5],
    ['superscript note numbers', count(text, SUPERSCRIPT), 3],
    ['pinyin annotations', count(text, PINYIN), 3],
    ['table-of-contents leaders', count(text, TOC_LEADER), 3],
    ['page-number lines', count(text, PAGE_NUMBER_LINE), 5],
    ['document-library chrome', count(text, LIBRARY_CHROME), 1],
  ];
  for (const [what, n, min] of marks) {
    if (n < min) continue;
    score -= 0.4;
    seen.push(`${n} ${what} (another kind)`);
  }
  // Slices of a PDF preview run thousands of characters to a line; an article's lines are paragraphs.
  const avg = chars / lines.length;
  if (avg > 1500) {
    score -= 0.3;
    seen.push(`lines of ${Math.round(avg)} characters on average`);
  }
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), evidence: seen.join('; ') };
}
