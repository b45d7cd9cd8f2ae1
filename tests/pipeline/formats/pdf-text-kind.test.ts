/**
 * pdf-text as a kind, not one document: every rule checked on real exports of different
 * publishers (tests/fixtures/corpus/pdf-text, pdftotext output of five reports) and on the seed.
 * What each rule does and why: docs/formats/pdf-text.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../scripts/extract/figures.ts';
import { pdfText } from '../../../scripts/formats/pdf-text.ts';
import { makeCtx } from '../../../scripts/formats/pdf-text/context.ts';
import { displayWidth, splitLines } from '../../../scripts/formats/pdf-text/lines.ts';
import { stripPages } from '../../../scripts/formats/pdf-text/pages.ts';
import { wrapWidth } from '../../../scripts/formats/pdf-text/reflow.ts';
import type { CleanSource } from '../../../scripts/formats/types.ts';
import type { Block, Chapter, CleanDoc, Inline } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { seedManifest } from '../../seeds.ts';

const DIR = 'tests/fixtures/corpus/pdf-text';
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

const raw = (name: string): string => normalizeInput(readFileSync(`${DIR}/${name}.txt`, 'utf8'));

function clean(text: string, name = 'doc', overrides: unknown = null): { doc: CleanDoc; issues: IssueList; ledger: Ledger } {
  const ledger = new Ledger();
  const issues = new IssueList(name, 'clean');
  const source = { id: `corpus-${name}`, file: `${name}.txt`, format: 'pdf-text', script: 'Hans' } as CleanSource;
  const doc = pdfText.clean({ text, source, overrides, ledger, issues });
  return { doc, issues, ledger };
}

const runs = new Map(NAMES.map((n) => [n, clean(raw(n), n)]));
const run = (name: string) => runs.get(name)!;

function* blocksOf(list: readonly Block[]): Generator<Block> {
  for (const b of list) {
    yield b;
    if (b.type === 'callout') yield* blocksOf(b.children);
  }
}
const blocks = (doc: CleanDoc): Block[] => doc.chapters.flatMap((c) => [...blocksOf(c.blocks)]);
const paragraphs = (doc: CleanDoc): string[] => blocks(doc).flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));
const headings = (doc: CleanDoc): [number, string][] => blocks(doc).flatMap((b) => (b.type === 'heading' ? [[b.depth, inlineText(b.children)] as [number, string]] : []));
const fnrefs = (nodes: readonly Inline[]): number[] => nodes.flatMap((n) => (n.type === 'fnref' ? [n.n] : 'children' in n ? fnrefs(n.children) : []));
const chapterOf = (doc: CleanDoc, slug: string): Chapter => doc.chapters.find((c) => c.slug === slug)!;

const seed = seedManifest().sources.find((s) => s.format === 'pdf-text')!;
const seedText = normalizeInput(readFileSync(`seeds/${seed.file}`, 'utf8'));

describe('pdf-text kind: the corpus', () => {
  it('holds five exports of five publishers, each with its provenance', () => {
    expect(NAMES).toHaveLength(5);
    for (const n of NAMES) {
      const p = JSON.parse(readFileSync(`${DIR}/${n}.source.json`, 'utf8'));
      expect(p.url, n).toMatch(/^https:\/\/github\.com\//);
      expect(p.via, n).toContain('pdftotext');
    }
  });

  it.each(NAMES)('%s: cleans without errors and balances the ledger', (n) => {
    const { doc, issues, ledger } = run(n);
    expect(issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    for (const i of issues.items) expect(i.rule, i.message).toMatch(/^pdf-text\//);
    const t = ledger.totals();
    expect(inkLength(raw(n)) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
  });
});

describe('pdf-text kind: detect()', () => {
  it.each(NAMES)('scores %s as likely', (n) => {
    expect(pdfText.detect(raw(n)).score).toBeGreaterThanOrEqual(0.5);
  });
  it('scores the other kinds’ seeds low', () => {
    for (const s of seedManifest().sources.filter((x) => x.format !== 'pdf-text'))
      expect(pdfText.detect(normalizeInput(readFileSync(`seeds/${s.file}`, 'utf8'))).score, s.file).toBeLessThan(0.5);
  });
  it('says what it saw', () => {
    expect(pdfText.detect(raw('shuzi-jingji-2022')).evidence).toMatch(/47 form feeds, 40 after a page number, lines wrapped at 60 columns/);
  });
});

describe('pdf-text kind: page chrome', () => {
  it('removes page numbers on every export with form feeds', () => {
    for (const n of NAMES) {
      expect(run(n).doc.stats.pageNumbers, n).toBeGreaterThan(10);
      expect(paragraphs(run(n).doc).filter((p) => /^\d{1,3}$/.test(p)), n).toEqual([]);
    }
  });
  it('finds page numbers by their count when the form feeds are gone', () => {
    for (const n of ['shuzi-zhongguo-2021', 'shuzi-jingji-2022']) {
      const text = raw(n).replaceAll('\f', '');
      const ctx = makeCtx(text, `${n}.txt`, new Ledger(), new IssueList(n, 'clean'));
      const { stats } = stripPages(splitLines(text), ctx);
      expect(stats.pageNumbers, n).toBeGreaterThan(30);
    }
  });
  it('removes a running header printed on most pages, and the cover title repeated on later pages', () => {
    expect(run('shuzi-jingji-2022').doc.stats.runningHeaders).toBe(40);
    expect(paragraphs(run('shuzi-jingji-2022').doc).some((p) => p.startsWith('中国数字经济发展报告'))).toBe(false);
    expect(run('guowai-shuju-anquan-2022').doc.stats.runningHeaders).toBeGreaterThan(5);
    expect(paragraphs(run('guowai-shuju-anquan-2022').doc)).not.toContain('国外数据安全政策研究报告');
  });
  it('keeps the first of a title repeated at the top of pages in a row (a table over pages)', () => {
    const { doc } = run('zidong-jiashi-fenlei-2022');
    expect(doc.chapters.filter((c) => c.title.startsWith('附件')).map((c) => c.title)).toEqual(['附件：数据分类分级列表']);
  });
  it('drops bullet glyphs standing on lines of their own', () => {
    expect(run('guowai-shuju-anquan-2022').doc.stats.bulletGlyphs).toBe(8);
    expect(paragraphs(run('guowai-shuju-anquan-2022').doc).some((p) => /^[\u{E000}-\u{F8FF}\s]*$/u.test(p))).toBe(false);
  });
});

describe('pdf-text kind: page-bottom footnotes of a pdftotext export', () => {
  it('lifts `n` / text before the page number into notes, numbered on across pages', () => {
    expect(run('shuzi-jingji-2022').doc.stats).toMatchObject({ pageFootnotes: 5, footnotesDefined: 5, digitNoteMarkers: 5 });
    expect(run('shuzi-zhongguo-2021').doc.stats).toMatchObject({ pageFootnotes: 2, footnotesDefined: 2, digitNoteMarkers: 2 });
    const notes = run('shuzi-jingji-2022').doc.chapters.flatMap((c) => c.footnotes);
    expect(notes.map((f) => f.n)).toEqual([1, 2, 3, 4, 5]);
    expect(inlineText(notes[0]!.children)).toBe('受数据可得性及数据连续性等限制，本报告测算不包括海南、西藏、香港、澳门、台湾。下同。');
  });
  it('turns the number glued to the text into the marker, even before a year', () => {
    const p = blocks(run('shuzi-jingji-2022').doc).find((b) => b.type === 'paragraph' && inlineText(b.children).startsWith('各地数字经济发展取得长足进步。'));
    expect(p && p.type === 'paragraph' && fnrefs(p.children)).toEqual([1]);
    expect(p && p.type === 'paragraph' && inlineText(p.children)).toMatch(/^各地数字经济发展取得长足进步。2021年，各地/);
  });
  it('keeps a note whose marker sits on a figure caption with that figure’s chapter', () => {
    const { doc, issues } = run('shuzi-zhongguo-2021');
    expect(issues.items.filter((i) => i.rule === 'pdf-text/note-unreferenced')).toEqual([]);
    const fig = blocks(doc).find((b) => b.type === 'figure' && b.n === 9);
    expect(fig).toMatchObject({ caption: '2017-2021年我国IPv6地址数量（块/32）', noteRefs: [1] });
  });
});

describe('pdf-text kind: wrapped lines', () => {
  it('finds the page width of every pdftotext export, and none in the seed', () => {
    expect(NAMES.map((n) => wrapWidth(splitLines(raw(n)))?.width)).toEqual([80, 64, 60, 52, 78]);
    expect(wrapWidth(splitLines(seedText))).toBeNull();
  });
  it('measures a space beside CJK as nothing', () => {
    expect(displayWidth('截至 2021 年底')).toBe(displayWidth('截至2021年底'));
  });
  it('rejoins a paragraph wrapped over lines and pages', () => {
    expect(paragraphs(run('shuzi-zhongguo-2021').doc).some((p) => p.includes('截至2021年底，我国已建成142.5万个5G基站，总量占全球60%以上'))).toBe(true);
    // 从总体规模看， ends page 11 of 数字经济; the page number, a note and a header later it goes on.
    expect(paragraphs(run('shuzi-jingji-2022').doc).some((p) => p.includes('从总体规模看，2021年有16个省市区数字经济规模突破1万亿元'))).toBe(true);
  });
  it('rejoins the pieces pdftotext cut a justified line into', () => {
    expect(paragraphs(run('shuzi-zhongguo-2021').doc).some((p) => p.includes('《互联网信息服务算法推荐管理规定》《网络音视频信息服务管理规定》等部门规章'))).toBe(true);
    expect(paragraphs(run('gexinghua-guanggao-2022').doc).some((p) => p.includes('“值得被发现的好主意”（Good Ideas Deserve To Be Found）的计划'))).toBe(true);
  });
  it('removes justification spaces between Han characters', () => {
    expect(paragraphs(run('guowai-shuju-anquan-2022').doc).some((p) => p.includes('自1988年《行政机关计算机处理的个人信息保护法》正式公布生效'))).toBe(true);
  });
  it('does not run a heading, a caption or a source note into the text', () => {
    const zg = paragraphs(run('shuzi-zhongguo-2021').doc);
    expect(zg).toContain('来源：中央党校（国家行政学院）电子政务研究中心');
    expect(paragraphs(run('gexinghua-guanggao-2022').doc)).toContain('▲ 用户画像的各类标签，例如：性别、年龄、手机品牌、省份、爱好等');
  });

  it('starts each entry of a reference list on its own', () => {
    const gw = paragraphs(run('guowai-shuju-anquan-2022').doc);
    expect(gw).toContain('[2]李静.印度信息技术立法的发展与特色[J].暨南学报（哲学社会科学版），2012,34(11):83-88.');
    // `…2019(1` / `0):209-210.`: the wrapped number is no numbered heading.
    expect(gw.some((p) => p.includes('电子技术与软件工程，2019(10):209-210.'))).toBe(true);
    expect(headings(run('guowai-shuju-anquan-2022').doc).some(([, t]) => t.startsWith('0)'))).toBe(false);
    expect(gw.filter((p) => /\S\[\d{1,2}\](?:[\p{Script=Han}A-Z])/u.test(p) && /\[EB\/OL\]/.test(p))).toEqual([]);
  });

  it('ends a source note as wide as the page at the blank line after it', () => {
    const gx = paragraphs(run('gexinghua-guanggao-2022').doc);
    expect(gx).toContain('▲ 数据来源：GDP规模年增长率来源于世界银行，广告经营额来自原国家工商总局、市场监管总局');
    expect(gx).toContain('▲ 隐私计算在广告领域的精准投放应用示例（图示来源：《2021腾讯隐私计算白皮书》）');
    expect(gx.some((p) => p.startsWith('在2018年以前，中国互联网广告行业保持年均20%以上'))).toBe(true);
  });
});

describe('pdf-text kind: parts, TOC and headings', () => {
  it('rejoins part titles printed over two lines (前 / 言, 摘 / 要)', () => {
    expect(run('shuzi-jingji-2022').doc.chapters[0]).toMatchObject({ slug: 'preface', title: '前言' });
    expect(run('shuzi-zhongguo-2021').doc.chapters[0]).toMatchObject({ slug: 'summary', title: '摘要' });
  });
  it('reads TOCs with dot leaders, glued page numbers and page numbers on their own lines', () => {
    expect(run('shuzi-jingji-2022').doc.stats).toMatchObject({ tocTitles: 20, tocMatched: 20 });
    expect(run('shuzi-zhongguo-2021').doc.stats).toMatchObject({ tocTitles: 91, tocMatched: 91 });
    expect(run('zidong-jiashi-fenlei-2022').doc.stats).toMatchObject({ tocTitles: 27, tocMatched: 27 });
    for (const n of NAMES) expect(paragraphs(run(n).doc).some((p) => /\.{4,}|…{2,}\s*\d+$/.test(p)), n).toBe(false);
  });
  it('rejoins a heading a page break cut in two when the TOC has it whole', () => {
    expect(headings(run('shuzi-zhongguo-2021').doc)).toContainEqual([3, '（十）加强数字领域国际合作交流，携手构建网络空间命运共同体']);
    expect(run('shuzi-zhongguo-2021').issues.items.some((i) => i.rule === 'pdf-text/toc-mismatch')).toBe(false);
  });

  it('finds headings printed without their numbering by their TOC titles', () => {
    const { doc } = run('zidong-jiashi-fenlei-2022');
    expect(doc.chapters.map((c) => c.title)).toEqual(['编写说明', '前言', '编制背景', '研究内容', '工作实践', '发展建议', '附件：数据分类分级列表']);
  });
  it('takes the highest numbering level a report uses for its chapters', () => {
    expect(run('shuzi-zhongguo-2021').doc.chapters.map((c) => c.title)).toEqual(['摘要', '数字中国发展报告（2021年）', '第一篇', '第二篇', '第三篇', '第四篇', '附件：2021年数字中国发展网民感知情况分析']);
    const gx = headings(run('gexinghua-guanggao-2022').doc);
    expect(gx.slice(1, 5)).toEqual([
      [1, '一、互联网广告行业发展现状及趋势'],
      [2, '（一）互联网广告行业发展现状及趋势'],
      [3, '1．市场变动：广告市场增速放缓，个性化广告成为未来的主要趋势'],
      [3, '2．行业趋势：“品牌曝光”转向“深度转化”'],
    ]);
    expect(gx.some(([d, t]) => d === 4 && t === '（1）搜索广告')).toBe(true);
  });
  it('makes a title before numbering that starts again at 一 a part above it', () => {
    const { doc } = run('guowai-shuju-anquan-2022');
    expect(doc.chapters.slice(1, 4).map((c) => c.title)).toEqual(['欧盟：立法趋向统一，平衡数据流动与安全', '德国：从中央到地方、从一般到专门', '英国：以法典、判例法、二级成文法为基础']);
    expect(headings(doc).filter(([, t]) => t === '一、立法总体情况').every(([d]) => d === 2)).toBe(true);
  });
  it('gives back matter (声明, 关于 the publisher) chapters of its own, after the last chapter', () => {
    const gw = run('guowai-shuju-anquan-2022').doc;
    const titles = gw.chapters.map((c) => c.title);
    expect(titles.slice(-3)).toEqual(['声明', '关于炼石', '关于国浩']);
    expect(gw.chapters.slice(-3).map((c) => c.slug)).toEqual(['about', 'about-2', 'about-3']);
    expect(paragraphs({ ...gw, chapters: [gw.chapters.at(-4)!] } as CleanDoc).some((p) => p.includes('炼石'))).toBe(false);
  });

  it('opens an untitled chapter for the text between the TOC and the first heading', () => {
    const ch = chapterOf(run('shuzi-zhongguo-2021').doc, 'intro');
    expect(ch.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(inlineText((ch.blocks[0] as { children: Inline[] }).children)).toMatch(/^2021年，世界百年未有之大变局加速演进/);
  });
  it('boxes 专栏 like 案例', () => {
    const boxes = blocks(run('shuzi-jingji-2022').doc).filter((b) => b.type === 'callout');
    expect(boxes.slice(0, 2).map((b) => b.type === 'callout' && [b.n, b.attrs?.label, inlineText(b.title)])).toEqual([
      [1, '专栏1', '贵州省先行先试，首次开展市州数字经济高质量考核'],
      [2, '专栏2', '各地加快建设数字经济产业园区'],
    ]);
  });
});

describe('pdf-text kind: what the document states', () => {
  it('takes title, publisher and date from the cover', () => {
    expect(run('shuzi-jingji-2022').doc.meta).toMatchObject({ title: '中国数字经济发展报告（2022年）', publisher: '中国信息通信研究院', published: '2022-07' });
    expect(run('shuzi-zhongguo-2021').doc.meta).toMatchObject({ title: '数字中国发展报告（2021年）', published: '2022-07' });
    expect(run('guowai-shuju-anquan-2022').doc.meta).toMatchObject({ title: '国外数据安全政策研究报告（2022年）' });
    expect(run('zidong-jiashi-fenlei-2022').doc.meta).toMatchObject({ publisher: '北京车网科技发展有限公司、国汽（北京）智能网联汽车研究院有限公司', published: '2022-09' });
    expect(clean(seedText, 'seed', JSON.parse(readFileSync(`seeds/overrides/${seed.id}.json`, 'utf8'))).doc.meta).toMatchObject({ title: '数字消费发展报告（2025）', publisher: '工信洞察系列报告编委会', published: '2025-12' });
  });
  it('warns, and still publishes, without a cover title or without a cover', () => {
    expect(run('zidong-jiashi-fenlei-2022').issues.items.map((i) => i.rule)).toContain('pdf-text/no-title');
    expect(run('gexinghua-guanggao-2022').issues.items.map((i) => i.rule)).toContain('pdf-text/no-cover');
    expect(run('gexinghua-guanggao-2022').doc.meta).not.toHaveProperty('title');
  });
  it('moves the copyright page and a back cover of contact lines to metadata', () => {
    expect(run('shuzi-jingji-2022').doc.meta.copyright).toMatch(/^本白皮书版权属于中国信息通信研究院/);
    expect(run('shuzi-jingji-2022').doc.meta.colophon).toMatch(/^中国信息通信研究院\n地址：/);
    expect(run('zidong-jiashi-fenlei-2022').doc.meta.colophon).toMatch(/^联系方式：\n/);
    for (const n of ['shuzi-jingji-2022', 'zidong-jiashi-fenlei-2022']) expect(paragraphs(run(n).doc).some((p) => /^(邮编|邮箱)：/.test(p)), n).toBe(false);
  });
});

describe('pdf-text kind: degrade, don’t reject', () => {
  it('publishes a report with no cover, no 前言 and no TOC, headings by pattern', () => {
    const text = '第一章互联网基础资源\n\n截至2024年12月，我国域名总数为3302万个。\n\n一、域名\n\n域名总数稳中有升。\n';
    const { doc, issues } = clean(text);
    expect(issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.items.map((i) => i.rule).sort()).toEqual(['pdf-text/no-cover', 'pdf-text/no-toc']);
    expect(issues.items.every((i) => i.severity === 'warning')).toBe(true);
    expect(doc.chapters.map((c) => c.title)).toEqual(['第一章 互联网基础资源']);
    expect(headings(doc)).toEqual([
      [1, '第一章 互联网基础资源'],
      [2, '一、域名'],
    ]);
  });
  it('publishes plain paragraphs as an untitled chapter', () => {
    const { doc, issues } = clean('这是一段没有标题的文字。\n\n第二段文字。\n');
    expect(issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0]).toMatchObject({ slug: 'intro', title: '正文' });
    expect(paragraphs(doc)).toEqual(['这是一段没有标题的文字。', '第二段文字。']);
  });
  it('keeps a figure number seen twice as a caption in the text', () => {
    const { doc, issues } = run('shuzi-zhongguo-2021');
    expect(issues.items.filter((i) => i.rule === 'pdf-text/figure-number-repeated')).toHaveLength(8);
    expect(paragraphs(doc)).toContain('图1互联网应用使用情况');
  });
});

describe('pdf-text kind: literal text stays literal', () => {
  const text = '前言\n\n这是**加粗吗**，链接<http://example.com/a>，还有**foo bar**。\n';
  it('reads ** and <url> as text unless the overrides say the exporter writes them as markup', () => {
    const plain = clean(text);
    const p = blocks(plain.doc).find((b) => b.type === 'paragraph')!;
    expect(p.type === 'paragraph' && p.children.some((n) => n.type === 'strong')).toBe(false);
    expect(inlineText((p as { children: Inline[] }).children)).toBe('这是**加粗吗**，链接<http://example.com/a>，还有**foo bar**。');
    const marked = clean(text, 'doc', { markup: { bold: true, angle_links: true } });
    const q = blocks(marked.doc).find((b) => b.type === 'paragraph') as { children: Inline[] };
    expect(q.children.filter((n) => n.type === 'strong').map((n) => inlineText([n]))).toEqual(['加粗吗', 'foo bar']);
    expect(inlineText(q.children)).toBe('这是加粗吗，链接http://example.com/a，还有foo bar。');
  });
});

describe('pdf-text kind: figures whose images are lost', () => {
  it('become placeholders without problems unless the overrides give a text spec', () => {
    const { doc } = run('shuzi-jingji-2022');
    const source = { ...seed, id: 'corpus-shuzi-jingji-2022', file: 'shuzi-jingji-2022.txt' };
    const out = figuresOf(source, doc);
    expect(out.problems).toEqual([]);
    expect(out.figures.length).toBeGreaterThan(5);
    expect(new Set(out.figures.map((f) => `${f.type} ${f.completeness} ${f.note}`))).toEqual(new Set(['diagram none 原图未随文本导出']));
  });
});

describe('pdf-text kind: docs/formats/pdf-text.md', () => {
  it('quotes only text that is in the corpus or the seed', () => {
    const doc = readFileSync('docs/formats/pdf-text.md', 'utf8').split('## Cleaning')[0]!;
    const all = [...NAMES.map(raw), seedText].join('\n');
    const quoted = [...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter((e) => !/^[a-z0-9/<>._-]+$/.test(e));
    expect(quoted.length).toBeGreaterThan(20);
    for (const e of quoted) {
      const s = e.replaceAll('\\n', '\n').replaceAll('\\t', '\t').replaceAll('\\f', '\f');
      for (const part of s.split(' … ')) expect(all, e).toContain(part.replace(/…$/, ''));
    }
  });
});
