/** The Traditional→Simplified map that search ships: complete for the site's text, nothing more. */
import { describe, expect, it } from 'vitest';
import { traditionalMap } from '../../src/lib/search.ts';
import { normalize, rank } from '../../src/search/search.ts';

describe('search query normalisation', () => {
  const map = traditionalMap('银发族与消费者行为，兴趣电商');

  it('maps the Traditional (and Taiwan variant) forms of characters the text uses', () => {
    expect(normalize('銀髮族', map)).toBe('银发族');
    expect(normalize('消費者行為', map)).toBe('消费者行为');
    expect(normalize('興趣電商', map)).toBe('兴趣电商');
  });

  it('leaves out characters whose Simplified form the text never uses', () => {
    expect(map['國']).toBeUndefined();
    expect(Object.values(map).every((s) => '银发族与消费者行为，兴趣电商'.includes(s))).toBe(true);
  });

  it('halves full-width digits and letters, as the index spells them', () => {
    expect(normalize('５.８万亿元', map)).toBe('5.8万亿元');
    expect(normalize('ＡＩ', map)).toBe('AI');
  });

  it('ranks pages stating the query as typed first, title before text, then by count', () => {
    const page = (url: string, content: string, title = '') => ({ url, content, excerpt: '', meta: { title }, filters: {}, sub_results: [] });
    const order = rank('5.8万亿元', [page('a', '万亿 元 5.8'), page('b', '约为5.8万亿元。'), page('c', '5.8万亿元；5.8万亿元'), page('d', '', '5.8万亿元的市场')]);
    expect(order.map((r) => r.url)).toEqual(['d', 'c', 'b', 'a']);
  });
});
