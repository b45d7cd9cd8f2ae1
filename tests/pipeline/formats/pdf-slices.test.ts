import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfSlices } from '../../../scripts/formats/pdf-slices.ts';
import { joinSlices } from '../../../scripts/formats/pdf-slices/slices.ts';
import { cutCover } from '../../../scripts/formats/pdf-slices/slices.ts';
import { cutToc, parseToc } from '../../../scripts/formats/pdf-slices/toc.ts';
import { repeatedSentences } from '../../../scripts/formats/pdf-slices/dedupe.ts';
import { learnHeader } from '../../../scripts/formats/pdf-slices/header.ts';
import type { CleanInput } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { Ledger, inkLength } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';

const raw = readFileSync('seeds/002_fba6d2f7506af8d3.txt', 'utf8');
const manifest = JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as { sources: unknown[] };
const source = sourceSchema.parse(manifest.sources.find((s) => (s as { id: string }).id === 'live-commerce-2024'));
const overrides: unknown = JSON.parse(readFileSync('seeds/overrides/live-commerce-2024.json', 'utf8'));

function makeInput(ov: unknown = overrides): CleanInput {
  return { text: normalizeInput(raw), source, overrides: ov, ledger: new Ledger(), issues: new IssueList(source.id, 'clean') };
}
function run(ov?: unknown): { doc: CleanDoc; input: CleanInput } {
  const input = makeInput(ov);
  return { doc: pdfSlices.clean(input), input };
}

const { doc, input } = run();
const chapter = (slug: string) => doc.chapters.find((c) => c.slug === slug)!;
const blockText = (b: Block | undefined): string =>
  !b ? '' : b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : b.type === 'callout' ? inlineText(b.title) : b.type === 'figure' || b.type === 'table' ? b.caption : '';
const allBlocks = (bs: readonly Block[]): Block[] => bs.flatMap((b) => (b.type === 'callout' ? [b, ...allBlocks(b.children)] : [b]));
const bodyText = doc.chapters.map((c) => allBlocks(c.blocks).map(blockText).join('\n')).join('\n');
const headings = doc.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'heading'));
const callouts = doc.chapters.flatMap((c) => c.blocks.filter((b): b is Extract<Block, { type: 'callout' }> => b.type === 'callout'));
const table = doc.chapters.flatMap((c) => c.blocks).find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
const figure = (n: number) => doc.chapters.flatMap((c) => c.blocks).find((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure' && b.n === n)!;
/** The block that follows the last block of a section (path = heading text) in its chapter. */
function afterSection(slug: string, heading: string): Block[] {
  const bs = chapter(slug).blocks;
  const i = bs.findIndex((b) => b.type === 'heading' && inlineText(b.children) === heading);
  const depth = (bs[i] as Extract<Block, { type: 'heading' }>).depth;
  const end = bs.findIndex((b, k) => k > i && b.type === 'heading' && b.depth <= depth);
  return bs.slice(i + 1, end < 0 ? bs.length : end);
}

describe('pdf-slices (002) raw examples', () => {
  it('every raw example of the seed (its test cases, docs/formats/pdf-slices.md) is a substring of the seed', () => {
    for (const ex of [
      '《中国国际电子商务中心研究院:2024直播电商高质量发展报告(24页).pdf》由会员分享',
      '是数字经济的重\n2、要内容,我们重视',
      '3.促进产业带转型升级\n8、84.拓展品牌新增量 85.扶持中小微企业发展 9',
      '直播电商高质量发展报告2024中国国际电子商务中心研究院二二五年五月前言中国连续 12 年成为全球最大网络零售市场。',
      '截至 2024 年 12 月,我国网络直播用户规模达 8.33 亿人(见图 2),',
      '新阶段。3一 直播电商行业发展历程与现状(一)直播电商发展历程',
      '新阶段。6直播电商高质量发展报告三直播电商的经济价值1.提振和扩大消费需求国家统计局数据显示,2024 年',
      '全国第一。73.促进产业带转型升级直播电商成为',
      '趋势。专栏 3 高单价商品也能成为爆款,荣耀 V Purse 成快手年货节明星单品手机作为高客单价商品',
      '人数(万人)6168570337750658156683303网络直播用户规模(万人)图 2 2020 2024 年网络直播用户规模',
      '实名认证等。政策文件与行业标准索引15五 高质量发展方向与建议',
      '将于2020年7月1日起施行。2020年11月5日关于加强网络直播营销活动监管的指导意见,由市场监管总局发布以相关法律法规为依据',
      '抖音深耕”兴趣电商”',
    ])
      expect(raw).toContain(ex);
  });
});

describe('pdf-slices (002) test cases', () => {
  it('1. chrome → metadata, no text', () => {
    expect(doc.meta).toMatchObject({ publisher: '中国国际电子商务中心研究院', pdf_pages: 24 });
    expect(doc.meta).not.toHaveProperty('scraped_from');
    expect(bodyText).not.toContain('由会员分享');
    expect(bodyText).not.toContain('三个皮匠');
  });
  it('2. windows join with no separator', () => {
    expect(bodyText).toContain('是数字经济的重要内容，我们重视');
  });
  it('3. trimmed windows get their space back, so TOC page numbers parse', () => {
    const inp = makeInput();
    const j = joinSlices(inp);
    const header = learnHeader(j.stream, j.title)!.header;
    const toc = parseToc(cutToc(cutCover(j.stream, header, '中国国际电子商务中心研究院', inp).rest, header, inp)!.toc);
    const three = toc.slice(toc.findIndex((e) => e.title === '直播电商的经济价值'));
    expect(three.slice(3, 6).map((e) => [e.label, e.title, e.page])).toEqual([
      ['3.', '促进产业带转型升级', 8],
      ['4.', '拓展品牌新增量', 8],
      ['5.', '扶持中小微企业发展', 9],
    ]);
  });
  it('4. cover → metadata with 〇 restored; 前言 opens the preface', () => {
    expect(doc.meta.cover).toEqual({ title: '直播电商高质量发展报告2024', publisher: '中国国际电子商务中心研究院', date: '二〇二五年五月' });
    const p = chapter('preface');
    expect(p.title).toBe('前言');
    expect(blockText(p.blocks[0])).toBe('前言');
    expect(blockText(p.blocks[1]).startsWith('中国连续12年成为全球最大网络零售市场。')).toBe(true);
  });
  it('5. spacing and widening', () => {
    expect(bodyText).toContain('截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），');
    expect(bodyText).toContain('B站聚焦泛二次元生态');
    expect(bodyText).toContain('AI Agent');
    expect(bodyText).not.toMatch(/[,;?!()]/);
  });
  it('6. even-page header is a page marker followed by a copy', () => {
    const s = afterSection('ch-2', '4.主播及机构信用赋能推动高质量发展');
    expect(blockText(s[s.length - 1]).endsWith('迈向以“品质直播”为核心的高质量发展新阶段。')).toBe(true);
    expect(bodyText).not.toContain('一 直播电商行业发展历程与现状');
    expect(bodyText).not.toMatch(/新阶段。\d/);
  });
  it('7. chapter opener → depth-1 heading with 、, then 1. at depth 2', () => {
    const bs = chapter('ch-3').blocks;
    expect(bs[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: '三、直播电商的经济价值' }] });
    expect(bs[1]).toEqual({ type: 'heading', depth: 2, children: [{ type: 'text', value: '1.提振和扩大消费需求' }] });
    expect(blockText(bs[2]).startsWith('国家统计局数据显示，2024年')).toBe(true);
    expect(blockText(afterSection('ch-2', '4.主播及机构信用赋能推动高质量发展').at(-1)).endsWith('新阶段。')).toBe(true);
  });
  it('8. page number + heading number', () => {
    const bs = chapter('ch-3').blocks;
    const i = bs.findIndex((b) => b.type === 'heading' && inlineText(b.children) === '3.促进产业带转型升级');
    expect(bs[i]).toMatchObject({ depth: 2 });
    const prev = bs[i - 1] as Extract<Block, { type: 'callout' }>;
    expect(blockText(prev.children.at(-1)).endsWith('全国第一。')).toBe(true);
    expect(blockText(bs[i + 1]).startsWith('直播电商成为')).toBe(true);
    expect(bodyText).not.toContain('73.');
  });
  it('9. box label → callout with the override title', () => {
    const c = callouts.find((b) => b.n === 3)!;
    expect(c.kind).toBe('case');
    expect(inlineText(c.title)).toBe('高单价商品也能成为爆款，荣耀V Purse成快手年货节明星单品');
    expect(blockText(c.children[0]).startsWith('手机作为高客单价商品')).toBe(true);
    expect(bodyText).not.toContain('专栏');
  });
  it('10. 图 2: caption with — restored, raw keeps the glued digits and ticks', () => {
    const f = figure(2);
    expect(f.caption).toBe('2020—2024年网络直播用户规模');
    expect(f.note).toBe('单位：万人');
    expect(f.raw).toContain('6168570337750658156683303');
    expect(f.raw).toContain('0 20000 40000 60000 80000 100000');
    expect(figure(3).raw).toContain('1234563.093.844.695.265.97');
  });
  it('11. table start: caption above, page marker and header dropped', () => {
    expect(table.caption).toBe('政策文件与行业标准索引');
    expect(table.header).toEqual(['发布时间', '文件名称', '主要内容']);
    expect(table.rows[0]![0]).toBe('2016年4月13日');
    expect(table.rows[0]![2]!.endsWith('实名认证等。')).toBe(true);
    expect(table.rows.flat().join('')).not.toMatch(/政策文件与行业标准索引|15五/);
  });
  it('12. rows split only at a date after 。', () => {
    expect(table.rows[2]![2]).toContain('将于2020年7月1日起施行。');
    expect(table.rows[3]).toEqual(['2020年11月5日', '关于加强网络直播营销活动监管的指导意见，由市场监管总局发布', expect.stringMatching(/^以相关法律法规为依据/)]);
  });
});

describe('pdf-slices (002) validation counts', () => {
  it('119 windows, 35,867 joined characters, 1,245 ASCII commas', () => {
    const j = joinSlices(makeInput());
    expect(j.windows).toBe(119);
    expect([...j.stream].length).toBe(35867);
    expect((j.stream.match(/,/g) ?? []).length).toBe(1245);
    expect(doc.stats).toMatchObject({ windows: 119, streamChars: 35867, tocEntries: 32, figures: 5, callouts: 6, tableRows: 15, pageMarkers: 19 });
  });
  it('a broken window sequence is a warning naming the line, and the text is kept', () => {
    const inp = makeInput();
    inp.text = inp.text.replace('\n5、', '\n6、');
    const j = joinSlices(inp);
    expect(inp.issues.items[0]).toMatchObject({ severity: 'warning', location: 'seeds/002_fba6d2f7506af8d3.txt:6:1', rule: 'pdf-slices/window-sequence' });
    expect(inp.issues.items[0]!.message).toContain('expected window 5 to start with "5、"');
    // The second `6、` continues window 5: nothing is lost.
    expect(j.windows).toBe(118);
    expect([...j.stream].length).toBeGreaterThanOrEqual(35867);
  });
  it('32 TOC entries; all headings appear in TOC order at the right depths', () => {
    const inp = makeInput();
    const j = joinSlices(inp);
    const header = learnHeader(j.stream, j.title)!.header;
    const toc = parseToc(cutToc(cutCover(j.stream, header, null, inp).rest, header, inp)!.toc);
    expect(toc).toHaveLength(32);
    const norm = (s: string) => s.replace(/\s/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/，/g, ',').replace('、', '');
    const got = headings.filter((h) => inlineText(h.children) !== '前言').map((h) => norm(inlineText(h.children)));
    expect(got).toEqual(toc.map((e) => norm(e.label + e.title)));
    const depthOf = (t: string) => headings.find((h) => inlineText(h.children) === t)!.depth;
    expect(depthOf('（一）直播电商发展历程与变革')).toBe(2);
    expect(depthOf('1.直播电商保持快速增长态势')).toBe(3);
    expect(depthOf('1.催生30多个新职业，带动大量新增就业')).toBe(2);
    expect(depthOf('1.专业化')).toBe(3);
  });
  it('chapters: preface and ch-1…ch-6, each starting with its depth-1 heading', () => {
    expect(doc.chapters.map((c) => `${c.slug}: ${c.title}`)).toEqual([
      'preface: 前言',
      'ch-1: 一、直播电商行业发展历程与现状',
      'ch-2: 二、直播电商的核心特点与优势',
      'ch-3: 三、直播电商的经济价值',
      'ch-4: 四、直播电商的社会价值',
      'ch-5: 五、高质量发展方向与建议',
      'ch-6: 六、未来趋势展望',
    ]);
    for (const c of doc.chapters) {
      expect(c.blocks[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: c.title }] });
      expect(c.blocks.slice(1).some((b) => b.type === 'heading' && b.depth === 1)).toBe(false);
    }
  });
  it('dedupe: no sentence of 12+ characters twice, real repeats kept, repairs applied', () => {
    const sentences = doc.chapters.flatMap((c) => allBlocks(c.blocks).filter((b) => b.type === 'paragraph').map(blockText)).join('');
    expect(repeatedSentences(sentences)).toEqual([]);
    expect(sentences.split('除了国家对直播电商行业的支持和规范外，各平台也在不断推进直播电商治理与高质量发展路径。')).toHaveLength(2);
    expect(sentences.split('以人为核心的交互式信任电商模式').length).toBeGreaterThanOrEqual(3);
    expect(bodyText).toContain('抖音深耕“兴趣电商”');
    expect(bodyText).not.toContain('品上行的路越走越宽。品上行');
    expect(bodyText).toContain('纠纷率下降27%。');
  });
  it('dedupe is fast', () => {
    const t0 = performance.now();
    pdfSlices.clean(makeInput());
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('15 table rows in source order (not chronological)', () => {
    expect(table.id).toBe('policy-index');
    expect(table.rows).toHaveLength(15);
    expect(table.rows.map((r) => r[0])).toContain('2023年2月7日');
    expect(table.rows.findIndex((r) => r[0] === '2023年9月14日')).toBeLessThan(table.rows.findIndex((r) => r[0] === '2023年2月7日'));
    for (const r of table.rows) expect(r).toHaveLength(3);
  });
  it('5 figures and 6 callouts at their targets', () => {
    const last = (slug: string, h: string) => afterSection(slug, h).at(-1);
    expect(last('ch-1', '（一）直播电商发展历程与变革')).toMatchObject({ type: 'figure', n: 1 });
    const s = afterSection('ch-1', '1.直播电商保持快速增长态势');
    const f2 = s.findIndex((b) => b.type === 'figure' && b.n === 2);
    expect(blockText(s[f2 - 1]).endsWith('（见图2），较2023年12月增长1737万人，占网民整体的75.2%。')).toBe(true);
    expect(s[f2 + 1]).toMatchObject({ type: 'figure', n: 3 });
    expect(last('ch-2', '（一）直播电商的生态体系')).toMatchObject({ type: 'figure', n: 4 });
    expect(afterSection('ch-5', '（一）人工智能加速直播电商行业发展').some((b) => b.type === 'figure' && b.n === 5)).toBe(true);
    for (const [n, h] of [[1, '2.助力区域经济增长'], [2, '3.促进产业带转型升级'], [3, '4.拓展品牌新增量'], [4, '5.扶持中小微企业发展']] as const)
      expect(last('ch-3', h)).toMatchObject({ type: 'callout', n });
    expect(last('ch-4', '2.助力乡村振兴，拓宽农产品销售渠道')).toMatchObject({ type: 'callout', n: 5 });
    const reg = afterSection('ch-5', '3.规范化');
    expect(reg.slice(-3).map((b) => b.type)).toEqual(['table', 'paragraph', 'callout']);
    expect(blockText(reg.at(-2))).toBe('除了国家对直播电商行业的支持和规范外，各平台也在不断推进直播电商治理与高质量发展路径。');
    expect(reg.at(-1)).toMatchObject({ n: 6 });
    expect(callouts.map((c) => inlineText(c.title))).toEqual([
      '广州全力打造“直播电商之都”',
      '江山门业探索“车间直播+工匠主播”新模式',
      '高单价商品也能成为爆款，荣耀V Purse成快手年货节明星单品',
      '“小叶子”以精细化运营打开纸品销售新格局',
      '宾川紫皮蒜通过直播间走向全国',
      '直播电商平台治理与监管措施优化创新',
    ]);
  });
  it('no wall of text: paragraphs stay under 600 characters', () => {
    const paras = doc.chapters.flatMap((c) => allBlocks(c.blocks).filter((b) => b.type === 'paragraph').map(blockText));
    expect(Math.max(...paras.map((p) => p.length))).toBeLessThan(600);
  });
  it('ledger balances exactly', () => {
    const t = input.ledger.totals();
    expect(inkLength(input.text) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    const reasons = input.ledger.entries().map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['repeated text-layer passage', 'table of contents (validates headings)', 'page marker', 'restored 〇 in cover date']));
  });
  it('no error issues; deterministic', () => {
    expect(input.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(run().doc).toEqual(doc);
  });
  it('detects its format', () => {
    expect(pdfSlices.detect(input.text).score >= 0.5).toBe(true);
    expect(pdfSlices.detect('普通文本\n没有切片').score >= 0.5).toBe(false);
  });
  it('overrides are validated strictly', () => {
    const bad = { ...(overrides as object), figurs: [] };
    const { input: inp } = run(bad);
    expect(inp.issues.items.some((i) => i.severity === 'error' && i.message.includes('unexpected key "figurs"'))).toBe(true);
  });
});
