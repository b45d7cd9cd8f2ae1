import { describe, expect, it } from 'vitest';
import { fixSpacing, normalizeInput, widenPunctuation } from '../../scripts/lib/text.ts';
import { Ledger } from '../../scripts/lib/ledger.ts';

describe('widenPunctuation', () => {
  it('widens commas and colons except between digits', () => {
    expect(widenPunctuation('估值飙升60%,小红书杀出来了')).toBe('估值飙升60%，小红书杀出来了');
    expect(widenPunctuation('达4,046,000条,阅读总量达12.59亿次;“惊喜”')).toBe('达4,046,000条，阅读总量达12.59亿次；“惊喜”');
    expect(widenPunctuation('500亿美元(约3500亿元人民币)')).toBe('500亿美元（约3500亿元人民币）');
    expect(widenPunctuation('官宣!')).toBe('官宣！');
  });
  it('records each widened mark in the ledger', () => {
    const ledger = new Ledger();
    widenPunctuation('a,b:c', ledger);
    expect(ledger.entries()).toEqual([
      { action: 'replaced', reason: 'ASCII punctuation widened', count: 2, charsOut: 2, charsIn: 2, samples: [',→，', ':→：'] },
    ]);
  });
});

describe('fixSpacing', () => {
  it('removes CJK–digit spaces and keeps Latin–Latin ones', () => {
    expect(fixSpacing('19 岁及以下占 18.4%，20-29 岁占 14.6%，这两个年轻群体合计占比超三成。30 - 39 岁')).toBe(
      '19岁及以下占18.4%，20-29岁占14.6%，这两个年轻群体合计占比超三成。30-39岁',
    );
    expect(fixSpacing('荣耀 V Purse 成快手年货节明星单品')).toBe('荣耀V Purse成快手年货节明星单品');
    expect(fixSpacing('B 站 Apple Watch')).toBe('B站Apple Watch');
  });
});

describe('normalizeInput', () => {
  it('maps NBSP and ideographic space, drops zero-width, converts CRLF', () => {
    expect(normalizeInput('a\u00a0b\u3000c\u200bd\r\ne')).toBe('a b cd\ne');
  });
});
