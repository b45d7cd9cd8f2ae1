/**
 * What search needs from the build: the Pagefind filter values of a page (source and type), and
 * a Traditional→Simplified character map small enough to ship with the search code.
 */
import { Converter } from 'opencc-js';
import type { ReportEntry } from './routes.ts';

/** The type filter's values, in the order the filter lists them. */
export const SEARCH_TYPES = ['报告章节', '新闻报道', '数据表', '说明'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A digest's stories and a reprinted press report read as news; everything else is a report's chapter. */
export function chapterType(report: ReportEntry['data']): SearchType {
  return report.format === 'news-digest' || report.format === 'article' ? '新闻报道' : '报告章节';
}

const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * Every Traditional character (and Taiwan/Hong Kong variant) whose Simplified form occurs in the
 * published text, mapped to that form. The site is all Simplified (the pipeline converts), so a
 * Traditional query converted character by character finds what the Simplified query finds; a
 * character whose Simplified form is nowhere in the text could not match anyway, so it is left
 * out — that keeps the map a few KB instead of opencc's 100 KB converter.
 */
export function traditionalMap(siteText: string): Record<string, string> {
  const present = new Set(siteText);
  const map: Record<string, string> = {};
  // opencc-js exports no dictionaries, so ask its converter about every BMP ideograph
  // (CJK Extension A, the unified block and the compatibility block): ~28,000 lookups, ~50 ms.
  for (const [lo, hi] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]] as const) {
    for (let cp = lo; cp <= hi; cp++) {
      const from = String.fromCodePoint(cp);
      const to = toSimplified(from);
      if (to !== from && to.length === 1 && present.has(to)) map[from] = to;
    }
  }
  return map;
}
