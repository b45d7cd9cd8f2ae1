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
  it('leaves URLs, calls and ASCII runs outside Chinese context as written', () => {
    expect(widenPunctuation('http://a.com/x?y=1,2')).toBe('http://a.com/x?y=1,2');
    expect(widenPunctuation('见http://a.com/x?y=1,2,详情')).toBe('见http://a.com/x?y=1,2，详情');
    expect(widenPunctuation('来源:成都日报 2016-03-16 22:34   https://www.yybnet.net/')).toBe('来源：成都日报 2016-03-16 22:34   https://www.yybnet.net/');
    expect(widenPunctuation('见https://en.wikipedia.org/wiki/Foo_(bar),好')).toBe('见https://en.wikipedia.org/wiki/Foo_(bar)，好');
    expect(widenPunctuation('调用foo(bar)函数，或f(x, y)')).toBe('调用foo(bar)函数，或f(x, y)');
    expect(widenPunctuation('Use foo(bar) here: a:b, c!')).toBe('Use foo(bar) here: a:b, c!');
    expect(widenPunctuation('使用a:b格式')).toBe('使用a:b格式');
    expect(widenPunctuation("修改Zope中DateTime.py的定义为: 'cst':'GMT+8',就能够")).toBe("修改Zope中DateTime.py的定义为： 'cst':'GMT+8'，就能够");
  });
  it('widens marks at the edge of a Latin run next to Chinese', () => {
    expect(widenPunctuation('他说:Hello, world!')).toBe('他说：Hello, world！');
    expect(widenPunctuation('是操作系统还是个人电脑?是原子弹还是Ak47?')).toBe('是操作系统还是个人电脑？是原子弹还是Ak47？');
    expect(widenPunctuation('去上海参与 WAIC,去杭州看宇树机器人')).toBe('去上海参与 WAIC，去杭州看宇树机器人');
    expect(widenPunctuation('而一定像是AK47,价格便宜')).toBe('而一定像是AK47，价格便宜');
    // A clause break inside a compact run between Chinese (seed 003).
    expect(widenPunctuation('同比增长210%,ARPU值提升;降低35%;AI审核')).toBe('同比增长210%，ARPU值提升；降低35%；AI审核');
    expect(widenPunctuation('**趋势三:合理发“癫”**:')).toBe('**趋势三：合理发“癫”**：');
  });
  it('decides a bracket pair as one', () => {
    expect(widenPunctuation('可持续设计(DESIS)实验室')).toBe('可持续设计（DESIS）实验室');
    expect(widenPunctuation('GMV(Gross Merchandise Volume)是')).toBe('GMV（Gross Merchandise Volume）是');
    expect(widenPunctuation('东八区(+8),美国东部是西五区(-5)')).toBe('东八区（+8），美国东部是西五区（-5）');
    expect(widenPunctuation('评论:(两千多份报告一抢而空)')).toBe('评论：（两千多份报告一抢而空）');
    expect(widenPunctuation('1)随着代码量的增加')).toBe('1）随着代码量的增加');
  });
  it('records each widened mark in the ledger', () => {
    const ledger = new Ledger();
    widenPunctuation('甲,乙:丙', ledger);
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
