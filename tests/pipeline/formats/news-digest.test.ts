import { seedManifest } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newsDigest } from '../../../scripts/formats/news-digest.ts';
import { clusterDigests } from '../../../scripts/formats/news-digest/cluster.ts';
import { parseDigest } from '../../../scripts/formats/news-digest/digest.ts';
import { readRecords } from '../../../scripts/formats/news-digest/records.ts';
import { readRecord } from '../../../scripts/formats/news-digest/sections.ts';
import type { Block, Chapter, CleanDoc, Inline } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { docMetaSchema } from '../../../src/schemas/report.ts';
import type { Source } from '../../../src/schemas/source.ts';

const FILE = '000_3689ab28218e67c8.txt';
const raw = normalizeInput(readFileSync(`seeds/${FILE}`, 'utf8'));
const source = seedManifest().sources.find((s) => s.file === FILE)!;
const overrides: unknown = JSON.parse(readFileSync(`seeds/overrides/${source.id}.json`, 'utf8'));

function run(text = raw, ov: unknown = overrides, src: Source = source) {
  text = normalizeInput(text);
  const ledger = new Ledger();
  const issues = new IssueList(src.id, 'clean');
  const doc = newsDigest.clean({ text, source: src, overrides: ov, ledger, issues });
  return { doc, ledger, issues };
}

const { doc, ledger, issues } = run();
const chapterOf = (d: CleanDoc, slug: string): Chapter => {
  const c = d.chapters.find((ch) => ch.slug === slug);
  if (!c) throw new Error(`no chapter ${slug}`);
  return c;
};
const chapter = (slug: string): Chapter => chapterOf(doc, slug);
/** Blocks in reading order, callout children flattened after their callout. */
const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'callout' ? [b, ...flat(b.children)] : [b]));
const items = (d: CleanDoc): Inline[][] => d.chapters.flatMap((c) => flat(c.blocks)).flatMap((b) => (b.type === 'list' ? b.items : []));
const itemWith = (s: string): Inline[] => {
  const found = items(doc).filter((i) => inlineText(i).includes(s));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const variant = (c: Chapter, outlet: string) => {
  const v = c.blocks.find((b) => b.type === 'callout' && b.kind === 'variant' && b.attrs?.outlet === outlet);
  if (!v || v.type !== 'callout') throw new Error(`no variant from ${outlet}`);
  return v;
};
const headingText = (b: Block | undefined) => (b?.type === 'heading' ? `${'#'.repeat(b.depth)} ${inlineText(b.children)}` : undefined);
/** All reader text of the document (headings, titles, bullets). */
const allText = (d: CleanDoc): string[] =>
  d.chapters.flatMap((c) => flat(c.blocks)).flatMap((b) =>
    b.type === 'heading' ? [inlineText(b.children)] : b.type === 'callout' ? [inlineText(b.title)] : b.type === 'list' ? b.items.map(inlineText) : [],
  );

describe('news-digest on the real seed (000)', () => {
  it('every raw example that docs/formats/news-digest.md cites from the seed is a substring of it', () => {
    for (const s of [
      '小红书平台\n搜索文档\n',
      '证券日报网· 2026-01-29 17:17',
      '新浪财经· 2026-02-12 19:49',
      '小红书:AI生成合成内容须主动标识,未标识内容将限制推荐',
      '有损社区用户信任 [1][2] AI内容标识政策与执行 - 平台要求用户在发布AI生成的图文或视频时主动添加标识,以便用户甄别 [1][2]',
      '文章核心观点 - 北京大学国家发展研究院首次正式提出“生活经济”概念 这是一种个体的生活需求通过数字技术被表达、连接和激发 形成供需良性互动和增长的经济形态[1]',
      '转向“生活导向”[2][3] 生活经济概念与价值维度 - ',
      '转变为“产品经理” “产销共创”模式',
      '“无奈”情绪笔记总量达4,046,000条,阅读总量达12.59亿次;“惊喜”',
      '**人群维度**:18-25岁人群聚焦社交与自我表达,26-30岁人群',
      '**趋势三:合理发“癫”**:',
      '估值飙升60%,小红书杀出来了',
      '官宣!',
      '500亿美元(约3500亿元人民币)',
      '锚定-解读-融入',
      '用户创作–流量转化–供给升级',
      '去年年初',
    ])
      expect(raw).toContain(s);
  });

  it('is detected, and the other seeds are not', () => {
    expect(newsDigest.detect(raw).score >= 0.5).toBe(true);
    for (const f of ['001_401184fff00c6b5a.txt', '002_fba6d2f7506af8d3.txt', '003_b5f1dabfbac231a9.txt', '004_e3dd9c77685b003e.txt'])
      expect(newsDigest.detect(normalizeInput(readFileSync(`seeds/${f}`, 'utf8'))).score >= 0.5).toBe(false);
  });

  it('reports no issues', () => {
    expect(issues.items).toEqual([]);
  });

  it('1. chrome: dropped from every body, the tag becomes metadata', () => {
    // The tag is the page's own heading: it is what the page states as its title.
    expect(doc.meta).toEqual({ tag: '小红书平台', records: 10, title: '小红书平台' });
    const text = allText(doc);
    expect(text.some((t) => t.includes('搜索文档'))).toBe(false);
    expect(text).not.toContain('小红书平台');
    expect(ledger.entries().find((e) => e.reason === 'site chrome')).toMatchObject({ action: 'removed', count: 1, charsOut: 4 });
    expect(ledger.entries().find((e) => e.reason === 'tag → metadata')).toMatchObject({ action: 'moved', charsOut: 5 });
  });

  it('2. dateline → outlet and ISO time in chapter metadata, never in the text', () => {
    const articles = chapter('life-economy').meta.articles as { outlet: string; published: string; index: number }[];
    expect(articles.find((a) => a.index === 7)).toMatchObject({ outlet: '证券日报网', published: '2026-01-29T17:17+08:00' });
    expect(variant(chapter('life-economy'), '证券日报网').attrs).toEqual({ outlet: '证券日报网', published: '2026-01-29T17:17+08:00' });
    expect(allText(doc).some((t) => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(t))).toBe(false);
  });

  it('3. titles are widened', () => {
    expect(chapter('ai-labelling').title).toBe('小红书：AI生成合成内容须主动标识，未标识内容将限制推荐');
    expect(headingText(chapter('ai-labelling').blocks[0])).toBe('# 小红书：AI生成合成内容须主动标识，未标识内容将限制推荐');
    expect(chapter('valuation').title).toBe('估值飙升60%，小红书杀出来了');
    expect(inlineText(variant(chapter('spring-gala'), '财经网').title)).toBe('官宣！小红书成为2026年央视春晚独家真人笔记互动社区');
  });

  it('4. a section break before a Latin heading', () => {
    const blocks = chapter('ai-labelling').blocks;
    const i = blocks.findIndex((b) => headingText(b) === '## AI内容标识政策与执行');
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (before?.type !== 'list' || after?.type !== 'list') throw new Error('expected lists around the heading');
    expect(before.items.at(-1)).toEqual([{ type: 'text', value: '未经授权的内容侵害公众人物权益，且未主动标识有损社区用户信任' }, { type: 'cite', ns: [1, 2] }]);
    expect(after.items[0]).toEqual([{ type: 'text', value: '平台要求用户在发布AI生成的图文或视频时主动添加标识，以便用户甄别' }, { type: 'cite', ns: [1, 2] }]);
  });

  it('5. spaces used as commas become ，', () => {
    const v = variant(chapter('life-economy'), '国际金融报');
    expect(headingText(v.children[0])).toBe('### 文章核心观点');
    const list = v.children[1];
    if (list?.type !== 'list') throw new Error('expected a list');
    expect(list.items[0]).toEqual([
      { type: 'text', value: '北京大学国家发展研究院首次正式提出“生活经济”概念，这是一种个体的生活需求通过数字技术被表达、连接和激发，形成供需良性互动和增长的经济形态' },
      { type: 'cite', ns: [1] },
    ]);
  });

  it('6. the space that breaks a section is not a comma', () => {
    const children = variant(chapter('life-economy'), '国际金融报').children;
    const i = children.findIndex((b) => headingText(b) === '### 生活经济概念与价值维度');
    const before = children[i - 1];
    if (before?.type !== 'list') throw new Error('expected a list');
    const last = before.items.at(-1)!;
    expect(inlineText(last).endsWith('推动供给体系从“生产导向”转向“生活导向”')).toBe(true);
    expect(last.at(-1)).toEqual({ type: 'cite', ns: [2, 3] });
  });

  it('7. a space between closing and opening quotes is a comma', () => {
    expect(inlineText(itemWith('“产销共创”模式'))).toContain('转变为“产品经理”，“产销共创”模式');
  });

  it('8. thousands separators stay, ; widens', () => {
    expect(inlineText(itemWith('4,046,000'))).toContain('“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次；“惊喜”');
    const thousands = allText(doc).flatMap((t) => t.match(/\d{1,3}(,\d{3})+/g) ?? []);
    expect(thousands).toHaveLength(6);
  });

  it('9. bold labels become strong nodes, inner hyphens stay, one bullet', () => {
    const item = itemWith('18-25岁');
    expect(item[0]).toEqual({ type: 'strong', children: [{ type: 'text', value: '人群维度' }] });
    expect(item[1]).toMatchObject({ type: 'text' });
    expect(inlineText(item.slice(1)).startsWith('：18-25岁人群聚焦社交与自我表达，26-30岁人群')).toBe(true);
    expect(item.at(-1)).toEqual({ type: 'cite', ns: [2] });
    // The closing ** after ” still closes, and the ： after it survives.
    const trend = itemWith('合理发“癫”');
    expect(trend[0]).toEqual({ type: 'strong', children: [{ type: 'text', value: '趋势三：合理发“癫”' }] });
    expect(trend[1]).toMatchObject({ type: 'text', value: expect.stringMatching(/^：通过自嘲/) });
    expect(items(doc).flat().filter((n) => n.type === 'strong')).toHaveLength(8);
    expect(inlineText(itemWith('锚定-解读-融入”的闭环'))).toContain('“锚定-解读-融入”');
    expect(inlineText(itemWith('用户创作–流量转化–供给升级'))).toContain('“用户创作–流量转化–供给升级”');
  });

  it('validates the grammar counts: 52 headings, 177 bullets, 287 citations', () => {
    expect(doc.stats).toEqual({
      records: 10,
      chromeLines: 2,
      headings: 52,
      bullets: 177,
      citations: 287,
      clusters: 5,
      duplicates: 5,
      spaceCommas: 21 + 28 + 34,
      boldLabels: 8,
    });
    const all = items(doc);
    expect(all).toHaveLength(177);
    expect(all.every((i) => i.at(-1)?.type === 'cite')).toBe(true);
    expect(all.flatMap((i) => i.flatMap((n) => (n.type === 'cite' ? n.ns : [])))).toHaveLength(287);
    expect(Math.max(...all.flatMap((i) => i.flatMap((n) => (n.type === 'cite' ? n.ns : []))))).toBe(67);
  });

  it('counts spaces read as commas per record: 21, 28, 34 in records 6, 7, 8 only', () => {
    const l = new Ledger();
    const counts = { spaceCommas: 0, boldLabels: 0, wrapSpaces: 0 };
    const recs = readRecords(raw).records;
    const perRecord = recs.map((r) => readRecord(r, false, l, counts).record.spaceCommas);
    expect(perRecord).toEqual([0, 0, 0, 0, 0, 0, 21, 28, 34, 0]);
    // Reading the section-break spaces as commas too (stripping citations after the rule)
    // would add one per section break: the order of steps matters.
    const naive = recs.map((r) => r.body[0]!.text.replace(/\s*\[\d+\]/g, '').match(/(?<=[\p{Script=Han}”」》）]) +(?=[\p{Script=Han}“「《（])/gu)?.length ?? 0);
    expect(naive.slice(6, 9)).toEqual([25, 32, 39]);
  });

  it('writes citations spaced in records 0, 1, 3, 4, 5, 7, 9 and unspaced in 2, 6, 8', () => {
    const recs = readRecords(raw).records;
    const bulletsOf = (r: (typeof recs)[number]) => parseDigest(r.body[0]!, false).sections.flatMap((s) => s.bullets);
    const spaced = recs.map((r) => bulletsOf(r).every((b) => b.citeRaw.length === 1 && /^\s/.test(b.citeRaw[0]!)));
    const unspaced = recs.map((r) => bulletsOf(r).every((b) => b.citeRaw.length === 1 && /^\[/.test(b.citeRaw[0]!)));
    expect(spaced.flatMap((x, i) => (x ? [i] : []))).toEqual([0, 1, 3, 4, 5, 7, 9]);
    expect(unspaced.flatMap((x, i) => (x ? [i] : []))).toEqual([2, 6, 8]);
  });

  it('leaves no ASCII punctuation, citation brackets, markup or stray spaces in reader text', () => {
    for (const t of allText(doc)) {
      expect(t).not.toMatch(/\[\d+\]|\*|[;?!()]|,(?!\d{3})|(?<!\d):|\s/);
    }
  });

  it('finds exactly the five clusters at any threshold in 0.12–0.15', () => {
    const digests = raw.split('\n').filter((_, i) => i >= 2 && (i - 2) % 3 === 2);
    for (const t of [0.12, 0.13, 0.14, 0.15])
      expect(clusterDigests(digests, t).clusters).toEqual([[0], [1, 2], [3], [4, 5], [6, 7, 8, 9]]);
  });

  it('one chapter per story, in file order of the canonical records, slugs from the overrides', () => {
    expect(doc.chapters.map((c) => [c.slug, c.meta.story])).toEqual([
      ['ai-labelling', 'AI内容标识'],
      ['cny-emotions', '春节营销情绪洞察'],
      ['valuation', '小红书估值'],
      ['spring-gala', '央视春晚合作'],
      ['life-economy', '生活经济'],
    ]);
    const members = doc.chapters.map((c) => (c.meta.articles as { index: number }[]).map((a) => a.index).sort());
    expect(members).toEqual([[0], [1, 2], [3], [4, 5], [6, 7, 8, 9]]);
    for (const c of doc.chapters) expect(headingText(c.blocks[0])).toBe(`# ${c.title}`);
  });

  it('the earliest record is canonical; later ones point at it with their similarity', () => {
    expect(chapter('cny-emotions').meta.articles).toEqual([
      { index: 2, title: '2026小红书商业快消行业节点营销情绪洞察图鉴—CNY专题', outlet: '搜狐财经', published: '2026-02-05T21:47+08:00', canonical: true, duplicate_of: null, similarity: 1 },
      { index: 1, title: '小红书：2026小红书商业快消行业节点营销情绪洞察图鉴—CNY专题', outlet: '搜狐财经', published: '2026-02-06T20:47+08:00', canonical: false, duplicate_of: 2, similarity: 0.179 },
    ]);
    const life = chapter('life-economy').meta.articles as { index: number; canonical: boolean; duplicate_of: number | null; similarity: number }[];
    expect(life.map((a) => [a.index, a.canonical, a.duplicate_of])).toEqual([
      [9, true, null],
      [8, false, 9],
      [7, false, 9],
      [6, false, 9],
    ]);
    for (const a of life.slice(1)) expect(a.similarity).toBeGreaterThanOrEqual(0.18);
    expect((chapter('spring-gala').meta.articles as { index: number }[])[0]!.index).toBe(5);
    expect(chapter('life-economy').meta.related).toEqual(['life-economy-2026']);
    expect(chapter('life-economy').meta.related_chapter).toBe('article');
    expect(doc.chapters.filter((c) => 'related' in c.meta).map((c) => c.slug)).toEqual(['life-economy']);
  });

  it('renders a leading 核心观点 section as key points and other outlets as variants', () => {
    const cny = chapter('cny-emotions').blocks;
    expect(cny[1]).toMatchObject({ type: 'callout', kind: 'keypoints', title: [{ type: 'text', value: '核心观点' }], children: [{ type: 'list' }] });
    expect(headingText(cny[2])).toBe('## 营销环境变迁');
    expect(cny.at(-1)).toMatchObject({ type: 'callout', kind: 'variant', attrs: { outlet: '搜狐财经', published: '2026-02-06T20:47+08:00' } });
    expect(headingText(variant(chapter('cny-emotions'), '搜狐财经').children[0])).toBe('### 报告核心观点');
    // Only the CNY canonical starts with 核心观点; the others start with a plain ## section.
    expect(doc.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'callout' && b.kind === 'keypoints')).toHaveLength(1);
    expect(headingText(chapter('life-economy').blocks[1])).toBe('## 北京大学国家发展研究院发布《2026生活经济报告》');
    expect(chapter('life-economy').blocks.filter((b) => b.type === 'callout').map((b) => (b.type === 'callout' ? b.attrs?.outlet : ''))).toEqual([
      '搜狐网',
      '证券日报网',
      '国际金融报',
    ]);
  });

  it('produces metadata the site schemas accept', () => {
    expect(docMetaSchema.safeParse(doc.meta).success).toBe(true);
    doc.chapters.forEach((c, order) =>
      expect(chapterSchema.safeParse({ source: source.id, slug: c.slug, order, title: c.title, ...c.meta }).error).toBeUndefined(),
    );
  });

  it('keeps relative dates as written', () => {
    expect(inlineText(itemWith('去年年初'))).toContain('去年年初的300亿美元（约2');
  });

  it('balances the ledger exactly', () => {
    const t = ledger.totals();
    expect(inkLength(raw) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    const moved = ledger.entries().filter((e) => e.action === 'moved');
    expect(moved.map((e) => [e.reason, e.count])).toEqual([
      ['citation marker → data', 177],
      ['dateline → metadata', 10],
      ['tag → metadata', 1],
    ]);
    expect(ledger.entries().find((e) => e.reason === 'space read as comma')).toMatchObject({ action: 'inserted', count: 83, charsIn: 83 });
  });

  it('is deterministic', () => {
    const again = run();
    expect(again.doc).toEqual(doc);
    expect(JSON.stringify(again.doc)).toBe(JSON.stringify(doc));
    expect(again.ledger.entries()).toEqual(ledger.entries());
  });
});

describe('news-digest problems on the seed: warnings and the best structure, never a rejection', () => {
  const lines = raw.split('\n');
  const withLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l)).join('\n');
  const errors = (iss: IssueList) => iss.items.filter((i) => i.severity === 'error');

  it('a dateline that does not match is a warning at file:line; its record joins the one above', () => {
    const { issues: iss, doc: d } = run(withLine(25, '证券日报网 2026/01/29 17:17'));
    expect(errors(iss)).toEqual([]);
    expect(iss.items).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'news-digest/unread-dateline',
        location: `seeds/${FILE}:25:1`,
        message: expect.stringMatching(/^expected a dateline like "媒体名· 2025-01-01 08:00".*found "证券日报网 2026\/01\/29 17:17"/),
      }),
    ]);
    expect(d.meta.records).toBe(9);
    // Nothing is lost: the unread record's bullets are still on the page.
    expect(items(d).length).toBe(177);
  });

  it('a missing digest line leaves an empty record, with a warning', () => {
    const { issues: iss, doc: d } = run(lines.filter((_, i) => i !== 25).join('\n'));
    expect(errors(iss)).toEqual([]);
    // The record left without text no longer clusters with its story, so it is a chapter of its
    // own that the overrides file does not name.
    expect(iss.items.map((i) => i.rule)).toEqual(['news-digest/empty-record', 'news-digest/story-without-override']);
    expect(iss.items[0]!.location).toBe(`seeds/${FILE}:25:1`);
    expect(d.meta.records).toBe(10);
  });

  it('a bullet without citations is a warning at file:line:col and stays a bullet', () => {
    const line5 = lines[4]!.replace('虚假视频的用户举报 [1][2]', '虚假视频的用户举报');
    const { issues: iss, doc: d } = run(withLine(5, line5));
    expect(errors(iss)).toEqual([]);
    const col = line5.indexOf('平台近期收到') + 1;
    expect(iss.items).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'news-digest/bullet-without-citations', location: `seeds/${FILE}:5:${col}`, message: expect.stringMatching(/expected a digest bullet ending in citations/) }),
    ]);
    const bare = items(d).filter((i) => !i.some((n) => n.type === 'cite'));
    expect(bare.map(inlineText)).toEqual(['平台近期收到多例利用AI技术仿冒公众人物形象、制作虚假视频的用户举报']);
    expect(d.chapters.some((c) => c.meta.truncated)).toBe(false);
  });

  it('a heading with a space between Han words is two stacked headings', () => {
    const line5 = lines[4]!.replace('AI内容标识政策与执行', 'AI内容 标识政策');
    const { issues: iss, doc: d } = run(withLine(5, line5));
    expect(iss.items).toEqual([]);
    const heads = d.chapters[0]!.blocks.map(headingText).filter(Boolean);
    expect(heads).toContain('## AI内容');
    expect(heads[heads.indexOf('## AI内容') + 1]).toBe('## 标识政策');
  });

  it('a page cut off mid-bullet publishes, marked truncated, with a warning at the last character', () => {
    // The last bullet of the last record loses its end and its citations.
    const cut = raw.slice(0, raw.length - 30);
    expect(cut.endsWith(']')).toBe(false);
    const { issues: iss, doc: d } = run(cut);
    expect(errors(iss)).toEqual([]);
    expect(iss.items.map((i) => i.rule)).toEqual(['news-digest/truncated-record']);
    expect(iss.items[0]!.location).toMatch(new RegExp(`^seeds/${FILE}:32:\\d+$`));
    expect(chapterOf(d, 'life-economy').meta.truncated).toBe(true);
    expect(d.meta.truncated).toBe(true);
    expect(d.chapters.filter((c) => c.meta.truncated).map((c) => c.slug)).toEqual(['life-economy']);
  });

  it('a page that stops right after a separator publishes every complete bullet, marked truncated', () => {
    const cut = raw.slice(0, raw.lastIndexOf(' - ') + 2);
    expect(cut.endsWith('] -')).toBe(true);
    const { issues: iss, doc: d } = run(cut);
    expect(iss.items.map((i) => i.rule)).toEqual(['news-digest/truncated-record']);
    expect(items(d)).toHaveLength(176);
    expect(items(d).every((i) => i.at(-1)?.type === 'cite')).toBe(true);
    expect(chapterOf(d, 'life-economy').meta.truncated).toBe(true);
  });

  it('a one-record page is a digest, and publishes as one chapter', () => {
    const one = lines.slice(0, 5).join('\n');
    expect(newsDigest.detect(one).score).toBeGreaterThanOrEqual(0.5);
    const { issues: iss, doc: d } = run(one, null, { ...source, related: [] });
    expect(iss.items).toEqual([]);
    expect(d.chapters.map((c) => c.slug)).toEqual(['story-1']);
    expect(d.meta).toMatchObject({ records: 1, publisher: '新浪财经', published: '2026-02-12' });
  });

  it('without an overrides file, chapters are story-N and nothing is reported', () => {
    const { doc: d, issues: iss } = run(raw, null, { ...source, related: [] });
    expect(d.chapters.map((c) => c.slug)).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5']);
    expect(iss.items).toEqual([]);
  });

  it('with an overrides file that misses a story, that chapter falls back to story-N with a warning', () => {
    const partial = { stories: { ...(overrides as { stories: Record<string, unknown> }).stories } };
    delete partial.stories['估值飙升60%,小红书杀出来了'];
    const { doc: d, issues: iss } = run(raw, partial);
    expect(d.chapters.map((c) => c.slug)).toEqual(['ai-labelling', 'cny-emotions', 'story-3', 'spring-gala', 'life-economy']);
    expect(d.chapters[2]!.meta.story).toBe('估值飙升60%，小红书杀出来了');
    expect(iss.items).toEqual([expect.objectContaining({ severity: 'warning', rule: 'news-digest/story-without-override', hint: expect.stringContaining('falls back to slug story-3') })]);
  });

  it('validates the override file strictly', () => {
    const { issues: iss } = run(raw, { stories: { x: { slug: 'Bad Slug', story: 'x', colour: 'red' } } });
    const messages = iss.items.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(messages).toContain(`seeds/overrides/${source.id}.json: stories.x.slug: expected a kebab-case ASCII slug like ai-labelling, found "Bad Slug"`);
    expect(messages).toContain(`seeds/overrides/${source.id}.json: stories.x: unexpected key "colour"; check the spelling or remove it`);
  });

  it('a statement table for a chapter that does not exist is a warning', () => {
    const ov = structuredClone(overrides) as { statement_tables: { chapter: string }[] };
    ov.statement_tables[0]!.chapter = 'no-such-chapter';
    const { issues: iss } = run(raw, ov);
    expect(iss.items).toEqual([expect.objectContaining({ severity: 'warning', rule: 'news-digest/stale-override', message: expect.stringContaining('"no-such-chapter"') })]);
  });

  it('a related id that the manifest does not list is an error', () => {
    const bad = structuredClone(overrides) as { stories: Record<string, { related?: string[] }> };
    bad.stories['北大国发院发布生活经济报告:生活社区让更多新需求被看见']!.related = ['nope'];
    const { issues: iss, doc: d } = run(raw, bad);
    expect(iss.items.some((i) => i.severity === 'error' && i.message.includes('found "nope"'))).toBe(true);
    expect(d.chapters[4]!.meta.related).toEqual([]);
  });

  it('declared on a text with no dateline, it warns and publishes the lines as paragraphs', () => {
    const article = normalizeInput(readFileSync('seeds/001_401184fff00c6b5a.txt', 'utf8'));
    const { issues: iss, doc: d } = run(article, null);
    expect(errors(iss)).toEqual([]);
    expect(iss.items.map((i) => i.rule)).toEqual(['news-digest/no-records']);
    expect(d.chapters).toHaveLength(1);
    expect(d.chapters[0]!.blocks.filter((b) => b.type === 'paragraph').length).toBeGreaterThan(3);
  });
});
