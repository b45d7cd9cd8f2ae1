import { seedManifest } from '../../seeds.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../scripts/formats/pdf-text.ts';
import { makeCtx } from '../../../scripts/formats/pdf-text/context.ts';
import { joinSplits } from '../../../scripts/formats/pdf-text/joins.ts';
import { splitLines } from '../../../scripts/formats/pdf-text/lines.ts';
import { findRegions } from '../../../scripts/formats/pdf-text/regions.ts';
import type { Block, Chapter, CleanDoc, Inline } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';


const ID = 'digital-consumption-2025';
const source = seedManifest().sources.find((s) => s.id === ID);
if (!source) throw new Error(`${ID} missing from seeds/sources.json`);
const FILE = `seeds/${source.file}`;
const raw = normalizeInput(readFileSync(FILE, 'utf8'));
const overrides: unknown = JSON.parse(readFileSync(`seeds/overrides/${ID}.json`, 'utf8'));

function run(text = raw, ov: unknown = overrides): { doc: CleanDoc; ledger: Ledger; issues: IssueList } {
  const ledger = new Ledger();
  const issues = new IssueList(ID, 'clean');
  const doc = pdfText.clean({ text, source: source!, overrides: ov, ledger, issues });
  return { doc, ledger, issues };
}

const { doc, ledger, issues } = run();
const chapter = (slug: string): Chapter => {
  const ch = doc.chapters.find((c) => c.slug === slug);
  if (!ch) throw new Error(`no chapter ${slug}`);
  return ch;
};

/** Every block, callout children included, with the chapter it sits in. */
function* blocks(list: readonly Block[] = doc.chapters.flatMap((c) => c.blocks)): Generator<Block> {
  for (const b of list) {
    yield b;
    if (b.type === 'callout') yield* blocks(b.children);
  }
}
function* inlines(nodes: readonly Inline[]): Generator<Inline> {
  for (const n of nodes) {
    yield n;
    if (n.type === 'strong' || n.type === 'link') yield* inlines(n.children);
  }
}
const allInlines = (): Inline[] => {
  const out: Inline[] = [];
  for (const b of blocks()) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(...inlines(b.children));
    if (b.type === 'callout') out.push(...inlines(b.title));
  }
  for (const ch of doc.chapters) for (const f of ch.footnotes) out.push(...inlines(f.children));
  return out;
};
/** Text nodes outside links (a link's visible text is its URL). */
const plainTexts = (): string[] => {
  const out: string[] = [];
  const walk = (ns: readonly Inline[]): void => {
    for (const n of ns) {
      if (n.type === 'text') out.push(n.value);
      else if (n.type === 'strong') walk(n.children);
    }
  };
  for (const b of blocks()) {
    if (b.type === 'heading' || b.type === 'paragraph') walk(b.children);
    if (b.type === 'callout') walk(b.title);
  }
  for (const ch of doc.chapters) for (const f of ch.footnotes) walk(f.children);
  return out;
};
const paragraphs = (): string[] => [...blocks()].flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));
const note = (n: number) => doc.chapters.flatMap((c) => c.footnotes).find((f) => f.n === n);

describe('pdf-text: raw examples of sources.md 004', () => {
  it('are exact substrings of the seed', () => {
    const examples = [
      '当地社会消费品零\n\n²⁰ 来源：商务部，<https://dzswgf.mofcom.gov.cn/news/43/2025/7/1752816729167.html>，2025 年 7 月 18 日。\n\n售总额平均提升 0.1%。',
      '农村网民网络购\n\n物比例为 83.2%',
      '如老年人沉迷“养生”\n\n\n\n直播间、购买各类保健品',
      '影响。\n\n¹⁴ Z世代：指1995年至2009年出生的一代人，也称为“网生代”“互联网世代”“二次元世代”“数媒土著”。该群体一出生就与网络信息时代无缝对接，受数字信息技术、即时通信设备、智能手机产品等影响比较大。\n\n\n\n响，成为',
      '第三章 新理念：互补交融需求\n\n构建数字消费新蓝图',
      '第一章 数字消费推动经济 高质量发展',
      '一、“Z世代”¹⁴成为推动消费升级的引擎',
      '19 岁及以下占 18.4%，20-29 岁占 14.6%，这两个年轻群体合计占比超三成。30 - 39 岁',
      '<https://xf.dahe.cn/2025/02-08/1889849.html>，2025年2月8日。',
      'https://www.sohu.com/a/898364807_122004016，2025 年 5 月 24 日。',
      '**购物前看网上推荐和评价。**老年人也养成了',
      '2025年2月\t《关于增开银发旅游列车 促进服务消费发展的行动计划》\t商务部等9单位印发',
      '编 委 李 强 吕 坚 汪立东',
      '545 万',
      '数字消费发展报告 (2025)',
      '行动;9月,商务部',
      '(一) 消费品供给基础不断夯实',
      '图3 “Z世代”网购用户网上购买智能产品情况',
      '案例二：年轻人火热追捧 市场潜力超万亿——闲置经济如何驶入“新蓝海”²²',
      'www.sohu.com/a/885664886_121956424',
      '12.2 个百分比',
      '11w+ 人次',
      '国家广播电视台总局',
      '工业和信息化部等6部门联合印发',
      '工业和信息化部等五部门联合印发',
    ];
    for (const e of examples) expect(raw, e).toContain(e);
  });
});

describe('pdf-text: the 13 test cases of sources.md 004', () => {
  it('1. rejoins a split with a note between and moves note 20 to 第三章', () => {
    expect(paragraphs().some((p) => p.includes('当地社会消费品零售总额平均提升0.1%。'))).toBe(true);
    expect(chapter('ch-3').footnotes.map((f) => f.n)).toContain(20);
    expect(inlineText(note(20)!.children)).toBe('来源：商务部，https://dzswgf.mofcom.gov.cn/news/43/2025/7/1752816729167.html，2025年7月18日。');
    expect(paragraphs().some((p) => p.includes('²⁰') || p.startsWith('售总额'))).toBe(false);
  });
  it('2. rejoins across a single blank line', () => {
    expect(paragraphs().some((p) => p.includes('农村网民网络购物比例为83.2%'))).toBe(true);
  });
  it('3. a closing quote without 。 does not end the paragraph', () => {
    expect(paragraphs().some((p) => p.includes('如老年人沉迷“养生”直播间、购买各类保健品'))).toBe(true);
  });
  it('4. drops the repeated character of an overlap split', () => {
    const p = paragraphs().find((s) => s.includes('数字化浪潮的影响'));
    expect(p).toContain('数字化浪潮的影响，成为智能产品消费的核心力量。');
    expect(p).not.toContain('影响。');
  });
  it('5. merges a two-line chapter title', () => {
    expect(chapter('ch-3').title).toBe('第三章 新理念：互补交融需求构建数字消费新蓝图');
    expect(chapter('ch-6').title).toBe('第六章 新展望：“人工智能+”谱写数字消费新篇章');
    expect(paragraphs()).not.toContain('构建数字消费新蓝图');
  });
  it('6. keeps only the space after 第X章', () => {
    expect(chapter('ch-1').title).toBe('第一章 数字消费推动经济高质量发展');
    expect(chapter('ch-1').blocks[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: '第一章 数字消费推动经济高质量发展' }] });
    expect(doc.chapters.map((c) => c.title)).toEqual([
      '前言',
      '第一章 数字消费推动经济高质量发展',
      '第二章 新群体：用户结构变迁引导数字消费新潮流',
      '第三章 新理念：互补交融需求构建数字消费新蓝图',
      '第四章 新热点：多元细分需求催生数字消费新赛道',
      '第五章 新场景：线上线下融合构建数字消费新空间',
      '第六章 新展望：“人工智能+”谱写数字消费新篇章',
    ]);
    expect(doc.chapters.map((c) => c.slug)).toEqual(['preface', 'ch-1', 'ch-2', 'ch-3', 'ch-4', 'ch-5', 'ch-6']);
  });
  it('7. a note in a heading is an fnref, not heading text', () => {
    const h = chapter('ch-2').blocks.find((b) => b.type === 'heading' && b.depth === 2);
    expect(h).toEqual({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: '一、“Z世代”' }, { type: 'fnref', n: 14 }, { type: 'text', value: '成为推动消费升级的引擎' }],
    });
    expect(inlineText((h as { children: Inline[] }).children)).toBe('一、“Z世代”成为推动消费升级的引擎');
  });
  it('8. fixes CJK–digit spacing and 30 - 39', () => {
    expect(paragraphs().some((p) => p.includes('19岁及以下占18.4%，20-29岁占14.6%，这两个年轻群体合计占比超三成。30-39岁'))).toBe(true);
  });
  it('9. an angle-bracketed URL becomes a link without the brackets', () => {
    expect(note(25)!.children).toEqual([
      { type: 'text', value: '来源：美团，' },
      { type: 'link', url: 'https://xf.dahe.cn/2025/02-08/1889849.html', children: [{ type: 'text', value: 'https://xf.dahe.cn/2025/02-08/1889849.html' }] },
      { type: 'text', value: '，2025年2月8日。' },
    ]);
  });
  it('10. a bare URL ends before the full-width comma', () => {
    expect(note(45)!.children).toEqual([
      { type: 'text', value: '来源：搜狐网，' },
      { type: 'link', url: 'https://www.sohu.com/a/898364807_122004016', children: [{ type: 'text', value: 'https://www.sohu.com/a/898364807_122004016' }] },
      { type: 'text', value: '，2025年5月24日。' },
    ]);
  });
  it('11. bold ending in 。** becomes a strong node', () => {
    const p = [...blocks()].find((b) => b.type === 'paragraph' && inlineText(b.children).includes('购物前看网上推荐和评价。老年人也养成了'));
    const kids = (p as { children: Inline[] }).children;
    const i = kids.findIndex((n) => n.type === 'strong' && inlineText(n.children) === '购物前看网上推荐和评价。');
    expect(i).toBeGreaterThan(0);
    expect(kids[i + 1]).toMatchObject({ type: 'text', value: expect.stringMatching(/^老年人也养成了/) });
  });
  it('12. a tab-separated row keeps the space inside 《》', () => {
    const t = [...blocks()].find((b) => b.type === 'table');
    expect(t && t.type === 'table' && t.rows).toContainEqual(['2025年2月', '《关于增开银发旅游列车 促进服务消费发展的行动计划》', '商务部等9单位印发']);
  });
  it('13. padded names are paired', () => {
    expect(doc.meta.credits).toEqual([
      { role: '编委会主任', names: ['刘郁林'] },
      { role: '编委会副主任', names: ['张晓'] },
      { role: '编委', names: ['李强', '吕坚', '汪立东'] },
      { role: '编写组', names: ['王常青', '郝丽阳', '陈静', '谭淑芬', '武志敏', '孟蕊'] },
    ]);
  });
});

describe('pdf-text: page-break splits', () => {
  const ctx = makeCtx(raw, source.file, new Ledger(), new IssueList(ID, 'clean'));
  const regions = findRegions(splitLines(raw), ctx);
  const joins = joinSplits(regions.body, ctx).joins;

  it('finds all 28 (27 by terminator, 1 by overlap)', () => {
    expect(joins).toHaveLength(28);
    expect(joins.filter((j) => j.rule === 'overlap').map((j) => j.after)).toEqual(['响，成为智能']);
    expect(doc.stats).toMatchObject({ joins: 28, joinsByTerminator: 27, joinsByOverlap: 1 });
  });
  it('joins nothing else: every body paragraph now ends a sentence', () => {
    const open = paragraphs().filter((p) => !/[。！？][”’）》]*$/.test(p));
    expect(open).toEqual(['工信洞察系列报告编委会']); // the preface's signature
  });
  it('joins split paragraphs inside case boxes', () => {
    const box = [...blocks()].find((b) => b.type === 'callout' && b.n === 3);
    const texts = box && box.type === 'callout' ? box.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')) : [];
    expect(texts.some((t) => t.includes('演出活动等板块融入其中。'))).toBe(true);
  });
});

describe('pdf-text: footnotes', () => {
  const notes = doc.chapters.flatMap((c) => c.footnotes);
  it('keeps source numbers 1–60: 59 definitions and note 21 flagged missing', () => {
    expect(notes.map((f) => f.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(doc.stats.footnotesDefined).toBe(59);
    expect(note(21)).toEqual({ n: 21, missing: true, children: [{ type: 'text', value: '原文缺少此注释' }] });
    expect(notes.filter((f) => f.missing)).toHaveLength(1);
    expect(doc.meta.missing_notes).toEqual([21]);
  });
  it('puts each note in the chapter that references it', () => {
    for (const ch of doc.chapters) {
      const refs = new Set<number>();
      const walk = (bs: readonly Block[]): void => {
        for (const b of bs) {
          const kids = b.type === 'heading' || b.type === 'paragraph' ? b.children : b.type === 'callout' ? b.title : [];
          for (const n of inlines(kids)) if (n.type === 'fnref') refs.add(n.n);
          if (b.type === 'callout') walk(b.children);
        }
      };
      walk(ch.blocks);
      expect([...refs].sort((a, b) => a - b), ch.slug).toEqual(ch.footnotes.map((f) => f.n));
    }
    expect(chapter('ch-3').footnotes.map((f) => f.n)).toEqual([19, 20, 21, 22, 23, 24, 25]);
  });
  it('turns a maximal superscript run into one number and leaves no markers in text', () => {
    const refs = allInlines().filter((n) => n.type === 'fnref');
    expect(refs).toHaveLength(60);
    expect(refs).toContainEqual({ type: 'fnref', n: 10 });
    expect(allInlines().some((n) => n.type === 'text' && /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(n.value))).toBe(false);
    expect(inlineText(note(1)!.children)).toMatch(/^注释：报告中未标注/);
  });
  it('warns about note 21 with its location', () => {
    const w = issues.items.filter((i) => i.message.includes('note 21'));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', location: `${FILE}:361:181` });
    expect(w[0]!.message).toContain('原文缺少此注释');
  });
  it('case titles carry their notes; plain titles have no number', () => {
    const cases = [...blocks()].filter((b) => b.type === 'callout');
    expect(cases.map((c) => (c.type === 'callout' ? c.title.at(-1) : null))).toEqual([
      { type: 'fnref', n: 19 },
      { type: 'fnref', n: 22 },
      { type: 'fnref', n: 57 },
    ]);
  });
});

describe('pdf-text: links', () => {
  const links = allInlines().filter((n): n is Extract<Inline, { type: 'link' }> => n.type === 'link');
  it('finds 48: 28 angle-bracketed, 19 bare, 1 without a scheme', () => {
    expect(links).toHaveLength(48);
    expect(doc.stats).toMatchObject({ linksAngle: 28, linksBare: 19, linksSchemeless: 1 });
    const schemeless = links.filter((l) => inlineText(l.children) !== l.url);
    expect(schemeless).toEqual([
      { type: 'link', url: 'https://www.sohu.com/a/885664886_121956424', children: [{ type: 'text', value: 'www.sohu.com/a/885664886_121956424' }] },
    ]);
  });
  it('ends every URL before CJK, punctuation, spaces and <>', () => {
    for (const l of links) expect(l.url).toMatch(/^https?:\/\/[\x21-\x3b\x3d\x3f-\x7e]+$/);
    expect(plainTexts().filter((t) => /https?:|www\.|[<>]/.test(t))).toEqual([]);
    expect(links.find((l) => l.url.includes('toutiao'))!.url).toBe('https://www.toutiao.com/article/7506487609057657379/?wid=1749032055345');
  });
  it('bare URLs are followed by the full-width comma, kept as text', () => {
    for (const ch of doc.chapters)
      for (const f of ch.footnotes)
        f.children.forEach((n, i) => {
          if (n.type === 'link') expect(f.children[i + 1]).toMatchObject({ type: 'text', value: expect.stringMatching(/^[，。]/) });
        });
  });
});

describe('pdf-text: table, figures, cases, bold', () => {
  it('table 1: nine rows, header, caption, ISO months newest first', () => {
    const tables = [...blocks()].filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    if (t.type !== 'table') throw new Error('not a table');
    expect(t.id).toBe('table-1');
    expect(t.caption).toBe('2025年消费领域政策梳理汇总');
    expect(t.header).toEqual(['发文时间', '文件名称', '发文机构']);
    expect(t.rows).toHaveLength(9);
    expect(t.rows[6]).toEqual(['2025年2月', '《优化消费环境三年行动方案（2025-2027年）》', '国家市场监督管理总局等5部门联合印发']);
    expect(t.isoDates).toEqual(['2025-11', '2025-09', '2025-06', '2025-05', '2025-04', '2025-03', '2025-02', '2025-02', '2025-01']);
    expect(chapter('ch-1').blocks.indexOf(t)).toBeGreaterThan(0);
  });
  it('warns (does not fix) 6部门 vs 五部门', () => {
    const w = issues.items.filter((i) => i.message.includes('五部门'));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', location: `${FILE}:91:1` });
    expect(w[0]!.message).toContain(`${FILE}:689:8`);
    expect(paragraphs().some((p) => p.includes('工业和信息化部等五部门联合印发'))).toBe(true);
  });
  it('warns about a table date that breaks the order, and keeps the order printed', () => {
    const bad = raw.replace('2025年6月\t《关于金融支持', '2025年12月\t《关于金融支持');
    const r = run(bad);
    expect(r.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.issues.items.filter((i) => i.rule === 'pdf-text/table-order').map((i) => i.message)).toEqual([
      '表1 row 3: expected months not to increase down the table (newest first), found 2025-12 after 2025-09; kept in the order printed',
    ]);
  });
  it('six figures at their place; 图 2–5 noted as partial', () => {
    const where = doc.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'figure').map((b) => [c.slug, b]));
    expect(where.map(([slug, f]) => [slug, (f as { n: number }).n])).toEqual([
      ['ch-1', 1],
      ['ch-1', 2],
      ['ch-2', 3],
      ['ch-2', 4],
      ['ch-4', 5],
      ['ch-5', 6],
    ]);
    const figs = where.map(([, f]) => f) as Extract<Block, { type: 'figure' }>[];
    expect(figs[0]).toMatchObject({ type: 'figure', n: 1, caption: '数字消费额占比情况' });
    expect(figs[0]).not.toHaveProperty('note');
    expect(figs[2]).toMatchObject({ type: 'figure', n: 3, caption: '“Z世代”网购用户网上购买智能产品情况', note: '原图其余类别数据未在正文给出' });
    // The overrides' text specs ride on the blocks to the extract stage.
    expect(figs.map((f) => (f as { textSpec?: { completeness: string } }).textSpec?.completeness)).toEqual(['complete', 'partial', 'partial', 'partial', 'partial', 'complete']);
    expect(figs.map((f) => f.note ?? null)).toEqual([null, ...Array(4).fill('原图其余类别数据未在正文给出'), null]);
    expect(doc.stats.imagePlaceholders).toBe(6);
    // 图 1 follows the paragraph that states its data.
    const ch1 = chapter('ch-1').blocks;
    const prev = ch1[ch1.indexOf(figs[0]!) - 1];
    expect(prev?.type === 'paragraph' && inlineText(prev.children)).toMatch(/^从消费结构来看，实物商品数字消费额达6\.21万亿元/);
  });
  it('three case callouts running to the next heading', () => {
    const cases = [...blocks()].filter((b): b is Extract<Block, { type: 'callout' }> => b.type === 'callout');
    expect(cases.map((c) => [c.kind, c.n, inlineText(c.title)])).toEqual([
      ['case', 1, '抓住情绪消费的风口'],
      ['case', 2, '年轻人火热追捧 市场潜力超万亿——闲置经济如何驶入“新蓝海”'],
      ['case', 3, '用“一刻钟”，丈量城市温度'],
    ]);
    expect(cases.map((c) => c.attrs?.label)).toEqual(['案例一', '案例二', '案例三']);
    expect(cases.map((c) => c.children.length)).toEqual([4, 8, 5]);
    expect(cases[1]!.children.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? [b.depth, inlineText(b.children)] : []))).toEqual([
      [4, '“买卖闲置”成年轻人生活新方式'],
      [4, '新兴产业亟待规范壮大'],
    ]);
    // The heading after case 1 is back in the chapter, not in the box.
    const ch3 = chapter('ch-3').blocks;
    expect(ch3[ch3.indexOf(cases[0]!) + 1]).toMatchObject({ type: 'heading', depth: 2 });
  });
  it('11 bold spans: 9 strong nodes in the body (7 ending in 。) and 2 in the colophon', () => {
    const strong = allInlines().filter((n) => n.type === 'strong');
    expect(strong).toHaveLength(9);
    expect(strong.filter((s) => s.type === 'strong' && inlineText(s.children).endsWith('。'))).toHaveLength(7);
    expect((doc.stats.boldSpans ?? 0) + (doc.stats.colophonBoldSpans ?? 0)).toBe(11);
    expect(allInlines().some((n) => n.type === 'text' && n.value.includes('*'))).toBe(false);
  });
});

describe('pdf-text: headings, spacing, metadata', () => {
  it('outline: 32 subsections with full-width markers (12 normalized), 27 TOC titles matched', () => {
    const sub = [...blocks()].filter((b) => b.type === 'heading' && b.depth === 3);
    expect(sub).toHaveLength(32);
    for (const h of sub) expect(inlineText((h as { children: Inline[] }).children)).toMatch(/^（[一二三四五六七八九十]+）\S/);
    expect(doc.stats).toMatchObject({ halfWidthMarkers: 12, tocTitles: 27, tocMatched: 27 });
    expect(chapter('ch-1').meta).toMatchObject({ number: 1, toc_page: 1 });
    expect(chapter('ch-6').meta).toMatchObject({ number: 6, toc_page: 45 });
  });
  it('every chapter starts with its depth-1 heading and has no other', () => {
    for (const ch of doc.chapters) {
      expect(ch.blocks[0]).toMatchObject({ type: 'heading', depth: 1 });
      expect(inlineText((ch.blocks[0] as { children: Inline[] }).children)).toBe(ch.title);
      expect(ch.blocks.slice(1).some((b) => b.type === 'heading' && b.depth === 1)).toBe(false);
    }
  });
  it('warns about a TOC title no heading matches, and publishes the heading as printed', () => {
    const r = run(raw.replace('\n二、供给升级提升数字消费品质\n', '\n二、供给升级提升数字消费质量\n'));
    expect(r.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    const w = r.issues.items.filter((i) => i.rule === 'pdf-text/toc-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      severity: 'warning',
      location: `${FILE}:43:1`,
      message: 'outline: expected the 27 titles of the table of contents as headings, found 26; not found: "二、供给升级提升数字消费品质"',
    });
    expect(r.doc.stats.tocMatched).toBe(26);
  });
  it('drops the TOC from the body', () => {
    expect(paragraphs().some((p) => p.includes('\t') || p === '目 录' || p.includes('.....'))).toBe(false);
  });
  it('widens ASCII slips and keeps the verbatim spans', () => {
    const text = paragraphs().join('\n') + allInlines().map((n) => (n.type === 'text' ? n.value : '')).join('');
    expect(text).toContain('深入实施数字消费提升行动；9月，商务部');
    expect(text).toContain('12.2个百分比');
    expect(text).toContain('11w+人次');
    expect(text).toContain('545万单非遗团品');
    expect(text).toContain('Apple Watch');
    expect(text).toContain('AI驱动');
    expect(inlineText(note(11)!.children)).toContain('国家广播电视台总局');
    const ascii = plainTexts().filter((t) => /[;?!()]|[,:](?!\d)|(?<!\d)[,:]/.test(t));
    expect(ascii).toEqual([]);
  });
  it('cover, date and colophon become metadata', () => {
    expect(doc.meta.cover).toEqual({ series: '工信洞察系列', title: '数字消费发展报告（2025）', board: '工信洞察系列报告编委会', date: '2025年12月' });
    expect(doc.meta.colophon).toBe('本报告版权归中国互联网络信息中心（CNNIC）所有。\n如引用或转载，请注明来源。\n如有合作需求，请致电59116603（郝女士）/59116606（孟女士）。');
    expect(paragraphs().some((p) => p.includes('编委会主任') || p.includes('本报告版权'))).toBe(false);
    expect(chapter('preface').blocks).toHaveLength(7);
  });
});

describe('pdf-text: contract', () => {
  it('balances the ledger exactly', () => {
    const t = ledger.totals();
    expect(inkLength(raw) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    const reasons = ledger.entries().map((e) => `${e.action}:${e.reason}:${e.count}`);
    expect(reasons).toContain('moved:footnote marker → fnref:60');
    expect(reasons).toContain('moved:footnote number → note n:59');
    expect(reasons).toContain('removed:URL angle brackets:28');
    expect(reasons).toContain('inserted:placeholder for a missing note:1');
    expect(reasons).toContain('removed:page-break overlap (repeated character):1');
  });
  it('reports no errors, only the two expected warnings', () => {
    expect(issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.items).toHaveLength(2);
  });
  it('is deterministic', () => {
    expect(run().doc).toEqual(doc);
  });
  it('validates overrides strictly', () => {
    const r = run(raw, { partial_figure: [2] });
    expect(r.issues.items.filter((i) => i.severity === 'error').map((i) => [i.rule, i.message])).toEqual([
      ['pdf-text/overrides', `seeds/overrides/${ID}.json: unexpected key "partial_figure"; check the spelling or remove it`],
    ]);
    const fig = (overrides as { figures: Record<string, unknown> }).figures['1'];
    const unknownFigure = run(raw, { ...(overrides as object), figures: { '9': fig } });
    expect(unknownFigure.issues.items.filter((i) => i.rule === 'pdf-text/override-figure').map((i) => i.severity)).toEqual(['warning']);
    const badSpec = run(raw, { figures: { '1': { ...(fig as object), x: 'nope' } } });
    expect(badSpec.issues.items.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      `seeds/overrides/${ID}.json: figures.1: expected x and y among the column keys category, amount, share, found "nope"`,
    ]);
  });
  it('detects its own source and no other seed', () => {
    for (const f of readdirSync('seeds').filter((n) => n.endsWith('.txt')))
      expect(pdfText.detect(readFileSync(`seeds/${f}`, 'utf8')).score >= 0.5, f).toBe(f === source.file);
  });
});
