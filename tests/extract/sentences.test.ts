/** Sentence boundaries: a URL's own punctuation never ends a sentence. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/extract/sentences.ts';
import { findQuantities } from '../../scripts/extract/quantities.ts';

describe('splitSentences', () => {
  it('keeps a URL with ? and ! whole, and ends the sentence after it', () => {
    const text = '详见https://www.law.go.kr/lsSc.do?menuId=1&query=95%EC!x。下一句话有30%的比例。';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['详见https://www.law.go.kr/lsSc.do?menuId=1&query=95%EC!x。', '下一句话有30%的比例。']);
  });

  it('finds no quantity inside the URL, the one after it', () => {
    const [first, second] = splitSentences('见http://a.cn/p?id=95%25&n=3。占比为30%。');
    expect(findQuantities(first!.text)).toEqual([]);
    expect(findQuantities(second!.text).map((q) => q.text)).toEqual(['30%']);
  });

  it('still ends a sentence at a question mark in prose', () => {
    expect(splitSentences('这是为什么?因为需求增长。').map((s) => s.text)).toEqual(['这是为什么?', '因为需求增长。']);
  });
});
