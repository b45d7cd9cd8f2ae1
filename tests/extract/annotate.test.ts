import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/extract/annotate.ts';
import type { Inline } from '../../scripts/lib/doc.ts';
import { inlineText } from '../../scripts/lib/measure.ts';

const t = (value: string): Inline => ({ type: 'text', value });

describe('annotate', () => {
  it('wraps a sentence and its fact without changing the text', () => {
    const nodes: Inline[] = [t('前文。2024年市场规模约为5.8万亿元。后文')];
    const out = annotate(nodes, [{ start: 3, end: 21, id: 's-1-2', facts: [{ start: 14, end: 20, id: 'f-a', subject: '市场规模', period: '2024' }] }]);
    expect(out).toEqual([
      t('前文。'),
      {
        type: 'sentence',
        id: 's-1-2',
        children: [t('2024年市场规模约为'), { type: 'fact', id: 'f-a', subject: '市场规模', period: '2024', children: [t('5.8万亿元')] }, t('。')],
      },
      t('后文'),
    ]);
    expect(inlineText(out)).toBe(inlineText(nodes));
  });

  it('keeps bold, links and note markers inside the right wrappers', () => {
    const nodes: Inline[] = [
      { type: 'strong', children: [t('注重品质消费。')] },
      t('60岁以上占'),
      { type: 'strong', children: [t('12.5%')] },
      { type: 'fnref', n: 3 },
      t('。'),
      { type: 'cite', ns: [1] },
    ];
    const text = inlineText(nodes);
    expect(text).toBe('注重品质消费。60岁以上占12.5%。');
    const out = annotate(nodes, [{ start: 7, end: 19, id: 's-0-1', facts: [{ start: 13, end: 18, id: 'f-b', subject: '60岁以上占比', period: null }] }]);
    expect(out).toEqual([
      { type: 'strong', children: [t('注重品质消费。')] },
      {
        type: 'sentence',
        id: 's-0-1',
        children: [
          t('60岁以上占'),
          { type: 'fact', id: 'f-b', subject: '60岁以上占比', period: null, children: [{ type: 'strong', children: [t('12.5%')] }] },
          { type: 'fnref', n: 3 },
          t('。'),
          { type: 'cite', ns: [1] },
        ],
      },
    ]);
  });

  it('splits a bold run that a sentence boundary crosses', () => {
    const nodes: Inline[] = [{ type: 'strong', children: [t('甲乙。丙丁')] }];
    const out = annotate(nodes, [{ start: 3, end: 5, id: 's-0-0', facts: [] }]);
    expect(out).toEqual([
      { type: 'strong', children: [t('甲乙。')] },
      { type: 'sentence', id: 's-0-0', children: [{ type: 'strong', children: [t('丙丁')] }] },
    ]);
  });
});
