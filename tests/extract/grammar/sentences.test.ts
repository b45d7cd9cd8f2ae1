import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../scripts/extract/sentences.ts';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('ends at 。！？ and keeps closing quotes and brackets with the sentence', () => {
    expect(texts('直播电商成为促消费“主战场”。国家统计局数据显示，2024年全国网上零售额155225亿元，比上年增长7.2%。')).toEqual([
      '直播电商成为促消费“主战场”。',
      '国家统计局数据显示，2024年全国网上零售额155225亿元，比上年增长7.2%。',
    ]);
    expect(texts('他说：“这是一条新路。”我们同意！真的吗？是的')).toEqual(['他说：“这是一条新路。”', '我们同意！', '真的吗？', '是的']);
    expect(texts('（详见附录。）下一句。')).toEqual(['（详见附录。）', '下一句。']);
  });

  it('splits at ； only when both sides stand alone', () => {
    expect(texts('“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次；“惊喜”情绪笔记总量达4,232,000条，阅读总量达12.03亿次')).toEqual([
      '“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次；',
      '“惊喜”情绪笔记总量达4,232,000条，阅读总量达12.03亿次',
    ]);
    expect(texts('一是加强监管；二是完善标准；三是提升质量。')).toEqual(['一是加强监管；二是完善标准；三是提升质量。']);
  });

  it('covers the text exactly, contiguously, with trailing whitespace kept on the left', () => {
    const text = '第一句。 第二句很长很长很长很长很长很长；第三句也很长很长很长很长很长很长。尾巴';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual(['第一句。 ', '第二句很长很长很长很长很长很长；', '第三句也很长很长很长很长很长很长。', '尾巴']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (let i = 0; i < parts.length; i++) {
      expect(text.slice(parts[i]!.start, parts[i]!.end)).toBe(parts[i]!.text);
      expect(parts[i]!.start).toBe(i === 0 ? 0 : parts[i - 1]!.end);
    }
  });

  it('keeps a decimal point and an unterminated item whole', () => {
    expect(texts('中周末日均客流5.3万+人次，节假日客流单日最高11w+人次')).toEqual(['中周末日均客流5.3万+人次，节假日客流单日最高11w+人次']);
    expect(splitSentences('')).toEqual([]);
  });
});
