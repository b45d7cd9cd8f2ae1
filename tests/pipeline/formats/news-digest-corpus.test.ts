/**
 * The news-digest rules on the real corpus pages (tests/fixtures/corpus/news-digest/), each rule
 * on more than one document where the corpus has it, and on a document where it must not fire.
 * The whole-pipeline output of each page is pinned by tests/corpus; this file says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newsDigest } from '../../../scripts/formats/news-digest.ts';
import { readRecords } from '../../../scripts/formats/news-digest/records.ts';
import { pairQuotes, widen } from '../../../scripts/formats/news-digest/inline.ts';
import type { Block, Chapter, CleanDoc, Inline } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import type { CleanSource } from '../../../scripts/formats/types.ts';

const DIR = 'tests/fixtures/corpus/news-digest';
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const text = (name: string) => normalizeInput(readFileSync(`${DIR}/${name}.txt`, 'utf8'));

function run(name: string, body = text(name)) {
  const source: CleanSource = { id: `corpus-${name}`, file: `${name}.txt`, format: 'news-digest', script: 'Hans', related: [] } as unknown as CleanSource;
  const ledger = new Ledger();
  const issues = new IssueList(source.id, 'clean');
  const doc = newsDigest.clean({ text: body, source, overrides: null, ledger, issues });
  return { doc, ledger, issues, body };
}
const R = Object.fromEntries(NAMES.map((n) => [n, run(n)]));

const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'callout' ? [b, ...flat(b.children)] : [b]));
const items = (d: CleanDoc): Inline[][] => d.chapters.flatMap((c) => flat(c.blocks)).flatMap((b) => (b.type === 'list' ? b.items : []));
const paragraphs = (d: CleanDoc): string[] => d.chapters.flatMap((c) => flat(c.blocks)).flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));
const headings = (c: Chapter): string[] => flat(c.blocks).flatMap((b) => (b.type === 'heading' ? [`${'#'.repeat(b.depth)} ${inlineText(b.children)}`] : []));
const rules = (name: string) => R[name]!.issues.items.map((i) => i.rule);

describe('news-digest on the corpus', () => {
  it('has the eight pages', () => {
    expect(NAMES).toEqual(['aiot-concept', 'aiot-product-gs', 'cms-company-report', 'cms-institution', 'uaa-company', 'washer-tag', 'xhs-36kr-single', 'xhs-app-staging']);
  });

  it.each(NAMES)('%s is detected (≥ 0.5) and publishes without errors, the ledger balanced', (name) => {
    expect(newsDigest.detect(text(name)).score).toBeGreaterThanOrEqual(0.5);
    const { doc, ledger, issues, body } = R[name]!;
    expect(issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    const t = ledger.totals();
    expect(inkLength(body) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    doc.chapters.forEach((c, order) => expect(chapterSchema.safeParse({ source: 'x', slug: c.slug, order, title: c.title, ...c.meta }).error).toBeUndefined());
  });

  it('a one-record page scores high enough on its own (outlet dateline; bare dateline + digest)', () => {
    expect(readRecords(text('xhs-36kr-single')).records).toHaveLength(1);
    expect(newsDigest.detect(text('xhs-36kr-single')).score).toBeGreaterThanOrEqual(0.6);
    expect(readRecords(text('aiot-concept')).records).toHaveLength(1);
    expect(newsDigest.detect(text('aiot-concept')).score).toBeGreaterThanOrEqual(0.6);
  });

  it('the other kinds’ seeds score 0', () => {
    for (const f of ['001_401184fff00c6b5a.txt', '002_fba6d2f7506af8d3.txt', '003_b5f1dabfbac231a9.txt', '004_e3dd9c77685b003e.txt'])
      expect(newsDigest.detect(normalizeInput(readFileSync(`seeds/${f}`, 'utf8'))).score).toBe(0);
  });
});

describe('chrome: the tag and the button labels', () => {
  it('the first line that is not a label is the tag, and the page title', () => {
    expect(R['uaa-company']!.doc.meta).toMatchObject({ tag: '安德玛(UAA)', title: '安德玛（UAA）' });
    expect(R['aiot-product-gs']!.doc.meta).toMatchObject({ tag: 'AIoT', title: 'AIoT' });
    expect(R['washer-tag']!.doc.meta).toMatchObject({ tag: '洗地机', title: '洗地机' });
    expect(R['aiot-concept']!.doc.meta).toMatchObject({ tag: 'AIoT(人工智能物联网)', title: 'AIoT（人工智能物联网）' });
  });

  it('Workflow, icon and 搜索文档 are removed as site chrome; a page may have none', () => {
    const removed = (n: string) => R[n]!.ledger.entries().find((e) => e.reason === 'site chrome')?.count ?? 0;
    expect(removed('uaa-company')).toBe(3);
    expect(removed('cms-company-report')).toBe(3);
    expect(removed('xhs-app-staging')).toBe(3);
    expect(removed('cms-institution')).toBe(1);
    expect(removed('xhs-36kr-single')).toBe(0);
    expect(R['cms-institution']!.doc.meta.tag).toBeUndefined();
    for (const n of NAMES) expect(JSON.stringify(R[n]!.doc.chapters)).not.toMatch(/搜索文档|"Workflow"|"icon"/);
  });

  it('an unknown chrome line is a warning and is dropped, never a rejection', () => {
    const body = text('uaa-company').replace('icon\n', 'icon\n分享到微信\n');
    const { issues, doc } = run('uaa-company', body);
    expect(issues.items.map((i) => [i.rule, i.location])).toEqual([
      ['news-digest/unknown-chrome', 'seeds/uaa-company.txt:4:1'],
      ['news-digest/truncated-record', expect.stringMatching(/^seeds\/uaa-company\.txt:8:/)],
    ]);
    expect(doc.meta.tag).toBe('安德玛(UAA)');
  });
});

describe('datelines and what the page states', () => {
  it('outlet· date time, with or without a space after the dot', () => {
    expect(readRecords(text('xhs-36kr-single')).records[0]).toMatchObject({ outlet: '3 6 Ke', published: '2025-12-29T09:53+08:00' });
    expect(readRecords(text('cms-institution')).records[0]).toMatchObject({ outlet: '招商证券', published: '2025-08-03T20:00+08:00' });
  });

  it('a bare date time names no outlet: 未署名 in the article list', () => {
    for (const n of ['aiot-concept', 'aiot-product-gs']) {
      expect(readRecords(text(n)).records[0]!.outlet).toBeUndefined();
      expect((R[n]!.doc.chapters[0]!.meta.articles as { outlet: string }[])[0]!.outlet).toBe('未署名');
    }
  });

  it('a single record states title, publisher and date; several outlets state no publisher', () => {
    expect(R['xhs-36kr-single']!.doc.meta).toEqual({ records: 1, title: '小红书2025“年终总结”：种草容易，既要又要难', publisher: '3 6 Ke', published: '2025-12-29' });
    expect(R['cms-institution']!.doc.meta).toMatchObject({ publisher: '招商证券', published: '2025-08-03' });
    expect(R['washer-tag']!.doc.meta.publisher).toBeUndefined();
    expect(R['washer-tag']!.doc.meta.published).toBe('2025-11-05');
    expect(R['aiot-product-gs']!.doc.meta.publisher).toBeUndefined();
  });
});

describe('truncation: the page is cut off inside its last record', () => {
  const cut = ['aiot-concept', 'aiot-product-gs', 'cms-company-report', 'cms-institution', 'uaa-company', 'washer-tag', 'xhs-app-staging'];

  it.each(cut)('%s: one warning at the last line, the last chapter marked truncated', (n) => {
    expect(rules(n).filter((r) => r === 'news-digest/truncated-record')).toHaveLength(1);
    const lastLine = text(n).split('\n').length;
    expect(R[n]!.issues.items.find((i) => i.rule === 'news-digest/truncated-record')!.location).toMatch(new RegExp(`:${lastLine}:\\d+$`));
    const chapters = R[n]!.doc.chapters;
    expect(chapters.filter((c) => c.meta.truncated).map((c) => c.slug)).toEqual([chapters.at(-1)!.slug]);
    expect(R[n]!.doc.meta.truncated).toBe(true);
  });

  it('the cut bullet keeps its text and has no citation; the other bullets all have theirs', () => {
    for (const n of ['aiot-concept', 'cms-institution', 'uaa-company', 'aiot-product-gs']) {
      const all = items(R[n]!.doc);
      expect(all.slice(0, -1).every((i) => i.at(-1)?.type === 'cite')).toBe(true);
      expect(all.at(-1)!.some((x) => x.type === 'cite')).toBe(false);
    }
    expect(inlineText(items(R['cms-institution']!.doc).at(-1)!)).toMatch(/在H20显卡实现2146 token\/$/);
  });

  it('a page that stops right after a separator (`[9] -`) loses no bullet and shows no stray hyphen', () => {
    const all = items(R['xhs-app-staging']!.doc).map(inlineText);
    expect(all.at(-1)).toBe('增加时政新闻、科普知识、文化作品等优质内容权重');
    expect(headings(R['xhs-app-staging']!.doc.chapters[0]!).some((h) => h.includes('-'))).toBe(false);
  });

  it('an excerpt that ends in the aggregator’s own "..." is complete: no truncation', () => {
    expect(rules('xhs-36kr-single')).toEqual([]);
    expect(R['xhs-36kr-single']!.doc.chapters[0]!.meta.truncated).toBeUndefined();
    // The first washer record ends in "...", only the second is cut.
    expect(R['washer-tag']!.doc.chapters.map((c) => c.meta.truncated ?? false)).toEqual([false, true]);
  });
});

describe('digest grammar on other pages than the seed', () => {
  it('citations spaced (uaa) and unspaced (cms) both become data', () => {
    expect(items(R['uaa-company']!.doc)[1]!.at(-1)).toEqual({ type: 'cite', ns: [1] });
    expect(items(R['cms-institution']!.doc)[0]).toEqual([{ type: 'text', value: '推荐（维持）' }, { type: 'cite', ns: [2] }]);
    for (const n of NAMES) for (const i of items(R[n]!.doc)) expect(inlineText(i)).not.toMatch(/\[\d+\]/);
  });

  it('stacked headings (`关键指标表现 门店数量 - …`) are two headings, the bullets under the second', () => {
    const h = headings(R['uaa-company']!.doc.chapters[0]!);
    expect(h.slice(h.indexOf('## 关键指标表现'), h.indexOf('## 关键指标表现') + 3)).toEqual(['## 关键指标表现', '## 门店数量', '## 各地区净营收']);
  });

  it('a spaced hyphen before a number is text, not a separator', () => {
    expect(items(R['uaa-company']!.doc).map(inlineText)).toContain('企业其他业务 -210万美元，低于两位分析师平均预估的248万美元，同比下降184.4%');
  });

  it('a leading …核心观点 section is shown as key points (uaa; cms has it second, so not)', () => {
    expect(R['uaa-company']!.doc.chapters[0]!.blocks[1]).toMatchObject({ type: 'callout', kind: 'keypoints', title: [{ type: 'text', value: '文章核心观点' }] });
    expect(R['cms-institution']!.doc.chapters[0]!.blocks.some((b) => b.type === 'callout')).toBe(false);
  });

  it('spaces in place of commas in digest bullets become ， (seed records 6–8 and the staging page)', () => {
    expect(R['xhs-app-staging']!.doc.stats.spaceCommas).toBe(13);
    expect(items(R['xhs-app-staging']!.doc).map(inlineText)).toContain('平台被指沦为流量操盘手，肆意操弄社会舆论和热搜榜单');
    // Pages without such spaces get none.
    for (const n of ['uaa-company', 'cms-institution', 'aiot-concept', 'aiot-product-gs']) expect(R[n]!.doc.stats.spaceCommas).toBe(0);
  });
});

describe('excerpt paragraphs (records that are not digests)', () => {
  it('paragraph breaks at the space after a sentence end; wrap spaces inside words go', () => {
    const w = paragraphs(R['washer-tag']!.doc);
    expect(w).toContain('与此同时，石头科技奔赴港股IPO的征程并非坦途。中国证监会国际部对其发出补充材料要求，直指数据安全、控股股东认定不清、外资准入资质三大合规“硬伤”。');
    expect(w.join('')).toContain('但同期归属于上市公司股东的净利润却同比下降29.51%');
    const x = paragraphs(R['xhs-36kr-single']!.doc);
    expect(x.join('')).toContain('暂未发现消费者虚构相关经历的违规情况');
    expect(x.join('')).toContain('乃至其他方面商业变现的挑战');
    for (const n of ['washer-tag', 'xhs-36kr-single']) for (const p of paragraphs(R[n]!.doc)) expect(p).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
    expect(R['washer-tag']!.doc.stats.wrapSpaces).toBeGreaterThanOrEqual(5);
  });

  it('a short comma-less first line run into the text is its own paragraph (washer), and only there', () => {
    const w = paragraphs(R['washer-tag']!.doc);
    expect(w).toContain('财务迷思：营收狂奔背后的盈利困境');
    expect(w).toContain('从财务数据看，石头科技的状况令人困惑。');
    // In the 36Kr excerpt the short wrapped pieces are mid-sentence: no extra paragraph.
    expect(paragraphs(R['xhs-36kr-single']!.doc).every((p) => /[。！？…]$/.test(p))).toBe(true);
  });

  it('the aggregator’s "..." after Chinese reads ……; after English it stays as written', () => {
    expect(paragraphs(R['xhs-36kr-single']!.doc).at(-1)).toMatch(/小红书如何建立……$/);
    expect(paragraphs(R['washer-tag']!.doc)).toContain('石头科技在三季度报告中解释，营收大增主要得益于国内……');
    expect(paragraphs(R['aiot-product-gs']!.doc)[0]).toMatch(/\(2% \.\.\.$/);
  });
});

describe('punctuation', () => {
  it('ASCII double quotes around Chinese become “” (washer, cms, 36Kr)', () => {
    expect(paragraphs(R['washer-tag']!.doc).join('')).toContain('曾被誉为“扫地茅”的清洁电器公司正陷入“增收不增利”的尴尬境地');
    expect(inlineText(items(R['cms-institution']!.doc)[1]!)).toContain('《关于深入实施“人工智能+”行动的意见》，上海市发布“十二条”措施');
    expect(paragraphs(R['xhs-36kr-single']!.doc).join('')).toContain('冒用“大华银行上海分行”“大华银行”名义');
    for (const n of NAMES) expect(JSON.stringify(R[n]!.doc.chapters)).not.toMatch(/\\"\p{Script=Han}/u);
    // An odd count cannot be paired and is left as written.
    expect(pairQuotes('他说"好', new Ledger())).toBe('他说"好');
  });

  it('English stays English: titles and the broker note keep their ASCII punctuation', () => {
    expect(R['uaa-company']!.doc.chapters[0]!.title).toBe('Under Armour (UAA) Q2 Earnings: How Key Metrics Compare to Wall Street Estimates');
    expect(R['aiot-concept']!.doc.chapters[0]!.title).toBe('XIAOMI(01810) - 2025 Q3 - Earnings Call Transcript');
    const gs = paragraphs(R['aiot-product-gs']!.doc)[0]!;
    expect(gs).toContain('Ronald Keung, CFA +852-2978-0856 | ronald.keung@gs.com Goldman Sachs (Asia) L.L.C.');
    expect(gs).toContain('Earnings Review: 3Q25 EPS beat on stronger EV sales and non-op gains; Refreshing');
  });

  it('an English name inside Chinese keeps its own comma; the comma after it, touching Chinese, widens', () => {
    expect(items(R['cms-company-report']!.doc).map(inlineText)).toContain('外文名称为CHINA MERCHANTS SECURITIES CO.,LTD，缩写为CMS');
  });

  it('thousands separators (with decimals) stay; no space is left after a widened mark', () => {
    expect(items(R['cms-company-report']!.doc).map(inlineText)).toContain('注册资本为8,696,526,806.00元，报告期末净资本为82,847,070,831.52元');
    expect(R['cms-company-report']!.doc.chapters[0]!.title).toBe('招商证券：2025年半年度报告');
    for (const n of NAMES) for (const t of [...items(R[n]!.doc).map(inlineText), ...paragraphs(R[n]!.doc)]) expect(t).not.toMatch(/[，：；（）] | [，：；（）]/);
  });

  it('a mark touching Chinese is widened even next to English', () => {
    expect(widen('模型"Seed Diffusion Preview",生成速度', new Ledger())).toBe('模型"Seed Diffusion Preview"，生成速度');
    expect(inlineText(items(R['cms-institution']!.doc)[2]!)).toContain('扩散式代码生成模型“Seed Diffusion Preview”，生成速度达2146 token/s，');
    expect(R['aiot-product-gs']!.doc.chapters[0]!.title).toBe('小米集团：2025年第三季度因电动汽车销量强劲及非运营收益超预期而每股收益超出预期；更新我们对关键投资者争议问题的看法；买入评级');
  });
});

describe('docs/formats/news-digest.md', () => {
  const doc = readFileSync('docs/formats/news-digest.md', 'utf8');
  const looks = doc.slice(doc.indexOf('## What this kind'), doc.indexOf('## Cleaning'));
  const sources = [readFileSync('seeds/000_3689ab28218e67c8.txt', 'utf8'), ...NAMES.map(text)].map((t) => normalizeInput(t));

  it('quotes its raw examples exactly: every code span with Chinese in it is in the seed or a corpus page', () => {
    const spans = [...looks.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\\n/g, '\n')).filter((s) => /\p{Script=Han}/u.test(s) && !/^[，：；？！（）。、“”《》—]+$/.test(s) && !s.includes('…'));
    expect(spans.length).toBeGreaterThan(20);
    expect(spans.filter((s) => !sources.some((t) => t.includes(s)))).toEqual([]);
  });
});
