/**
 * The `article` kind on real documents other than the seed (tests/fixtures/corpus/article/) and
 * on odd inputs: every rule of docs/formats/article.md is checked on more than one document, and
 * the fallback kind publishes whatever readable prose it is given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../../scripts/formats/article.ts';
import type { CleanSource } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { runPipeline } from '../../../scripts/pipeline.ts';
import { detectScript } from '../../../scripts/stages/detect.ts';
import { captureEffects } from '../helpers.ts';

const DIR = 'tests/fixtures/corpus/article';

function cleanText(text: string, id = 'doc', overrides: unknown = null, script: 'Hans' | 'Hant' = 'Hans') {
  const source: CleanSource = { id, file: `${id}.txt`, related: [], format: 'article', script };
  const inp = { text, source, overrides, ledger: new Ledger(), issues: new IssueList(id, 'clean') };
  const doc = article.clean(inp);
  return { doc, inp };
}
const corpus = (name: string) => {
  const raw = readFileSync(`${DIR}/${name}.txt`, 'utf8');
  const ov = `${DIR}/${name}.overrides.json`;
  const text = normalizeInput(raw);
  return { raw, ...cleanText(text, `corpus-${name}`, existsSync(ov) ? JSON.parse(readFileSync(ov, 'utf8')) : null, detectScript(text).value) };
};
const textOf = (b: Block): string =>
  b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : b.type === 'list' ? b.items.map(inlineText).join('\n') : '';
const body = (doc: CleanDoc): string => doc.chapters[0]!.blocks.map(textOf).join('\n');
const kinds = (doc: CleanDoc): string[] => doc.chapters[0]!.blocks.map((b) => (b.type === 'heading' ? `h${b.depth}` : b.type));
const rules = (inp: { issues: IssueList }): string[] => inp.issues.items.map((i) => i.rule ?? '');

const NAMES = ['51haodu-product-arch', 'geekpark-zhy', 'jianshu-techselect', 'mrdx', 'ssir', 'westca-hant', 'yybnet', 'zaker'];
const docs = Object.fromEntries(NAMES.map((n) => [n, corpus(n)]));
const d = (n: string) => docs[n]!;

describe('article kind on the corpus', () => {
  it.each(NAMES)('%s: balances the ledger, is detected, has no errors', (name) => {
    const { doc, inp, raw } = d(name);
    const t = inp.ledger.totals();
    expect(inkLength(normalizeInput(raw)) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    expect(article.detect(normalizeInput(raw)).score).toBeGreaterThanOrEqual(0.5);
    expect(inp.issues.hasErrors).toBe(false);
    expect(article.clean({ ...inp, ledger: new Ledger(), issues: new IssueList('x', 'clean') })).toEqual(doc);
  });

  it('states title, publisher and date where the document gives them', () => {
    expect(d('yybnet').doc.meta).toMatchObject({ title: '两千多份报告一抢而空——中国蓝图吸引世界目光', publisher: '成都日报', published: '2016-03-16', reposted: false });
    expect(d('mrdx').doc.meta).toMatchObject({ title: '“文化粤军”逐浪高', publisher: '新华每日电讯', published: '2025-05-25' });
    expect(d('jianshu-techselect').doc.meta).toMatchObject({ title: '技术选型指南', publisher: 'ThoughtWorks洞见', original_source: 'ThoughtWorks洞见', reposted: true, published: null });
    expect(d('ssir').doc.meta).toMatchObject({ title: '人人都在说的“设计思维”怎么做？关键在这三个环节', published: '2021-09-05' });
    expect(d('zaker').doc.meta).toMatchObject({ title: '为中国AI买单的人', publisher: '兽楼处', published: null });
    // Credit lines of a 公众号 repost are metadata, even the one ending in 。.
    expect(d('51haodu-product-arch').doc.meta).toMatchObject({ reposted: true, published: null });
    expect(body(d('51haodu-product-arch').doc)).not.toMatch(/作者|公众号|编辑/);
    // No title line: none is invented in meta; the page is titled after its first sentence, with a warning.
    expect(d('geekpark-zhy').doc.meta.title).toBeUndefined();
    expect(d('geekpark-zhy').doc.chapters[0]!.title).toBe('垂直大模型，是创业者的「金光大道」');
    expect(rules(d('geekpark-zhy').inp)).toContain('article/no-title');
  });

  it('the title line heads the page once; metadata lines leave the body', () => {
    for (const n of ['yybnet', 'mrdx', 'jianshu-techselect', 'ssir', 'westca-hant', 'zaker']) {
      const { doc } = d(n);
      const blocks = doc.chapters[0]!.blocks;
      expect(kinds(doc)[0], n).toBe('h1');
      expect(textOf(blocks[0]!)).toBe(doc.meta.title);
      expect(blocks.slice(1).filter((b) => textOf(b) === doc.meta.title), n).toEqual([]);
      expect(body(doc), n).not.toMatch(/来源：|转载自|\d{4}-\d{2}-\d{2}|小时前/);
    }
  });

  it('publishes a Traditional-script article in Simplified, with the same chrome rules', () => {
    const w = d('westca-hant');
    expect(w.doc.stats.simplifiedChars).toBeGreaterThan(100);
    expect(w.doc.meta.title).toBe('加州：罕见为中国出特刊....硅谷最坚定山头“变节”');
    expect(body(w.doc)).not.toMatch(/广告联系|欢迎您|温哥华地产|扫一扫/);
    // The same story as zaker from here on.
    expect(body(w.doc)).toContain('他们去了上海参与WAIC，去杭州看宇树机器人，去北京的智源研究院。');
    expect(body(d('zaker').doc)).toContain('他们去了上海参与WAIC，去杭州看宇树机器人，去北京的智源研究院。');
  });

  it('drops site chrome by its form', () => {
    expect(body(d('yybnet').doc)).not.toContain('马来西亚新闻');
    expect(body(d('yybnet').doc)).not.toContain('地方网');
    expect(body(d('mrdx').doc)).not.toMatch(/\d\d版/);
    expect(body(d('zaker').doc)).not.toMatch(/\.html|zaker_core/);
    expect(body(d('ssir').doc)).not.toContain('查看原文');
    expect(body(d('geekpark-zhy').doc)).not.toContain('资料图');
    expect(body(d('jianshu-techselect').doc)).not.toMatch(/^image$/m);
    // A short label before the title is unknown chrome: dropped with a warning.
    expect(body(d('ssir').doc)).not.toMatch(/^其他$/m);
    expect(rules(d('ssir').inp)).toContain('article/unknown-chrome');
  });

  it('cuts the page footer after the body, and only there', () => {
    const y = d('yybnet');
    expect(body(y.doc)).not.toMatch(/新闻推荐|猜你喜欢|频道推荐|线粒体/);
    expect(body(y.doc).endsWith('能力提高了。”据新华社')).toBe(true);
    expect(y.doc.stats.footerLines).toBe(10);
    for (const n of NAMES.filter((x) => x !== 'yybnet')) expect(d(n).doc.stats.footerLines, n).toBe(0);
  });

  it('drops lines printed twice in a row, and nothing else', () => {
    expect(d('mrdx').doc.stats.repeatedLines).toBe(2);
    expect(body(d('mrdx').doc).match(/“文化粤军”逐浪高/g)).toHaveLength(1);
    expect(body(d('mrdx').doc).match(/广东重磅“政策包”/g)).toHaveLength(1);
    for (const n of NAMES.filter((x) => x !== 'mrdx')) {
      expect(d(n).doc.stats.repeatedLines, n).toBe(0);
      expect(d(n).doc.stats.repeatedParagraphs, n).toBe(0);
    }
    // Short one-sentence paragraphs that repeat nothing stay (zaker).
    expect(body(d('zaker').doc)).toContain('\n给中国出特刊。\n');
    expect(body(d('zaker').doc)).toContain('\n珍珠港偷袭。\n');
  });

  it('finds headings by pattern, and run-in headings before paragraphs', () => {
    const h = (n: string) => d(n).doc.chapters[0]!.blocks.filter((b) => b.type === 'heading' && b.depth === 2).map(textOf);
    expect(h('zaker')).toEqual(['1']);
    expect(h('mrdx')).toEqual(['广东重磅“政策包”发力文化产业高质量发展', '集群图强新动能']);
    expect(h('geekpark-zhy')).toEqual(['大模型没有垄断']);
    expect(h('jianshu-techselect')).toEqual(['维度', '目标产品', '短生命周期产品和长生命周期产品', '探索型的产品和守成型的产品']);
  });

  it('makes lists of runs of short lines, split at a wide gap', () => {
    const lists = d('ssir').doc.chapters[0]!.blocks.filter((b) => b.type === 'list');
    expect(lists.map(textOf)).toEqual(['灵感（inspiration）\n构思（ideation）\n实施（implementation）', '特约编辑：刘新童\n学术顾问：钟芳\n出品：乐见工作室']);
    for (const n of NAMES.filter((x) => x !== 'ssir')) expect(d(n).doc.stats.lists, n).toBe(0);
  });

  it('marks a text cut off mid-sentence as truncated, and a whole one not', () => {
    for (const n of ['51haodu-product-arch', 'geekpark-zhy', 'jianshu-techselect', 'mrdx', 'ssir', 'westca-hant', 'zaker']) {
      expect(d(n).doc.chapters[0]!.meta.truncated, n).toBe(true);
      expect(rules(d(n).inp), n).toContain('article/truncated');
    }
    expect(d('yybnet').doc.chapters[0]!.meta.truncated).toBeUndefined();
  });

  it('keeps literal text literal: ASCII runs, a stray backslash, English names', () => {
    expect(body(d('yybnet').doc)).toContain('‘老记\\’');
    expect(body(d('geekpark-zhy').doc)).toContain('AGI Playground大会');
    expect(body(d('geekpark-zhy').doc)).toContain('是原子弹还是Ak47？');
    expect(body(d('ssir').doc)).toContain('IDEO的CEO蒂姆·布朗');
    // Straight quotes around Chinese are paired as Chinese quotes.
    expect(body(d('geekpark-zhy').doc)).toContain('通用大模型“360智脑”亲自下场');
    expect(body(d('geekpark-zhy').doc)).not.toContain('"');
  });
});

describe('article overrides', () => {
  it('drops the lines chrome_lines names (a slogan no rule can tell from text), and warns about a line not found', () => {
    const raw = normalizeInput(readFileSync(`${DIR}/51haodu-product-arch.txt`, 'utf8'));
    const without = cleanText(raw, 'a');
    expect(without.doc.meta.title).toBe('数十万互联网从业者的共同关注！');
    const withOv = cleanText(raw, 'a', { chrome_lines: ['数十万互联网从业者的共同关注!', '不存在的一行'] });
    expect(withOv.doc.meta.title).toBeUndefined();
    expect(body(withOv.doc)).not.toContain('数十万互联网从业者');
    expect(withOv.doc.chapters[0]!.title).toBe('经历过需求的采集、分析和筛选');
    expect(rules(withOv.inp)).toContain('article/overrides-unused');
  });
});

describe('article kind on odd inputs', () => {
  it('keeps markup-looking text, URLs and code as written', () => {
    const { doc } = cleanText('导语，说明一下。\n用**粗体**和[链接](http://a.com/x?y=1,2)写，见<http://b.cn/a_b>。\n调用foo(bar)函数时a:b不变,但中文逗号变宽。\n# 不是标题\n');
    const b = body(doc);
    // The URL stays as written; brackets around it in Chinese context widen like any others.
    expect(b).toContain('用**粗体**和[链接]（http://a.com/x?y=1,2）写，见<http://b.cn/a_b>。');
    expect(b).toContain('调用foo(bar)函数时a:b不变，但中文逗号变宽。');
    expect(b).toContain('# 不是标题');
  });

  it('publishes prose with no structure at all as paragraphs', () => {
    const { doc, inp } = cleanText('今天天气很好，我们去公园散步。\n公园里有很多人，孩子们在草地上玩耍。\n');
    expect(kinds(doc)).toEqual(['paragraph', 'paragraph']);
    expect(inp.issues.hasErrors).toBe(false);
  });

  it('takes numbered headings of several forms', () => {
    const { doc } = cleanText('导语说明了全文的要点。\n（一）第一部分\n正文说了一些话。\n第二章 发展现状\n正文又说了一些话。\n2.市场规模\n正文还说了一些话。\n3.5亿用户每天使用\n');
    expect(doc.chapters[0]!.blocks.filter((b) => b.type === 'heading').map(textOf)).toEqual(['（一）第一部分', '第二章 发展现状', '2.市场规模']);
  });

  it('runs in time linear in the input (a 5 MB single line)', () => {
    const unit = '生活经济,foo(bar) a:b GMV(Gross Volume)是http://a.com/x?y=1,2 。';
    const t = unit.repeat(Math.ceil(5e6 / unit.length));
    const start = Date.now();
    article.detect(t);
    cleanText(t);
    expect(Date.now() - start).toBeLessThan(30_000);
  }, 60_000);

  it('publishes a new source from an entry with only id and file', () => {
    const text = readFileSync(`${DIR}/yybnet.txt`);
    const { fx } = captureEffects(process.cwd(), new Map<string, string | Buffer>([
      ['seeds/sources.json', JSON.stringify({ sources: [{ id: 'new-article', file: 'new.txt' }] })],
      ['seeds/new.txt', text],
    ]));
    const r = runPipeline(fx, { write: false });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const src = JSON.parse(r.files.get('sources/new-article.json') ?? '{}');
    expect(src).toMatchObject({ title: '两千多份报告一抢而空——中国蓝图吸引世界目光', title_source: 'document', publisher: '成都日报', published: '2016-03-16', format: 'article' });
  });
});

describe('docs/formats/article.md', () => {
  it('quotes every raw example exactly from a seed or a corpus document', () => {
    const doc = readFileSync('docs/formats/article.md', 'utf8');
    const files = [
      ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`),
      ...readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => `${DIR}/${f}`),
    ].map((f) => normalizeInput(readFileSync(f, 'utf8')));
    const quotes = [...doc.matchAll(/raw: `([^`]+)`/g)].map((m) => m[1]!.replaceAll('\\n', '\n'));
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) expect(files.some((t) => t.includes(q)), q).toBe(true);
  });
});
