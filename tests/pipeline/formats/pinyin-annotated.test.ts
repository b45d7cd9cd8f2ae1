import { seedManifest } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinAnnotated } from '../../../scripts/formats/pinyin-annotated.ts';
import { ANNOTATION, countAnnotations } from '../../../scripts/formats/pinyin-annotated/annotations.ts';
import type { CleanInput } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import type { Source } from '../../../src/schemas/source.ts';

const manifest = seedManifest();
const source = manifest.sources.find((s) => s.id === 'live-marketing-sample-2026') as Source;
const raw = readFileSync(`seeds/${source.file}`, 'utf8');
const text = normalizeInput(raw);
const overrides: unknown = JSON.parse(readFileSync(`seeds/overrides/${source.id}.json`, 'utf8'));

function run(over: Partial<CleanInput> = {}): { doc: CleanDoc; inp: CleanInput } {
  const inp: CleanInput = { text, source, overrides, ledger: new Ledger(), issues: new IssueList(source.id, 'clean'), ...over };
  return { doc: pinyinAnnotated.clean(inp), inp };
}

const { doc, inp } = run();
const textOf = (b: Block): string => (b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : '');
/** Blocks as Markdown-ish lines, the notation of sources.md (# heading, paragraphs as lines). */
const rendered = doc.chapters
  .flatMap((c) => c.blocks.map((b) => (b.type === 'heading' ? `${'#'.repeat(b.depth)} ${textOf(b)}` : textOf(b))))
  .join('\n');
/** The reader's text as one stream (paragraph breaks are ours, not the source's). */
const stream = doc.chapters.flatMap((c) => c.blocks.map(textOf)).join('');
const repairs = (overrides as { repairs: { raw: string; clean: string; count: number }[] }).repairs;
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
const ch = (slug: string) => doc.chapters.find((c) => c.slug === slug)!;

/** Numbered test cases of sources.md (003): raw example → clean result. */
const CASES: [number, string, string][] = [
  [1, '2023年中國直播電商市場規(guī)模突破4.9萬億元,占網(wǎng)絡(luò)零售總額的26.3%', '2023年中国直播电商市场规模突破4.9万亿元，占网络零售总额的26.3%'],
  [2, 'AIGC(人工智能生成內(nèi)容)技術(shù)', 'AIGC（人工智能生成内容）技术'],
  [3, '標(biāo)志著直播營銷', '标志着直播营销'],
  [4, '隨著Z世代成為消費(fèi)主力', '随着Z世代成为消费主力'],
  [5, '行業(yè)準(zhǔn)入門檻顯著下降', '行业准入门槛显著下降'],
  [6, '為行業(yè)可持續(xù)發(fā)展?fàn)I造良好', '为行业可持续发展营造良好'],
  [7, '退貨率下降17%?;芋w驗的深度', '退货率下降17%。互动体验的深度'],
  [8, '當(dāng)?shù)剞r(nóng)戶年收入增長30%', '当地农户年收入增长30%'],
  [9, '13.3長期發(fā)展愿景一、項目概述1.1項目背景(1)電子商務(wù)', '# 一、项目概述\n## 1.1 项目背景\n（1）电子商务'],
  [10, '7.1頭部平臺型創(chuàng)新:抖音電商的“興趣電商”生態(tài)抖音電商憑借', '## 7.1 头部平台型创新：抖音电商的“兴趣电商”生态\n抖音电商凭借'],
  [11, '4.1AIGC驅(qū)動的內(nèi)容生產(chǎn)革新4.2元宇宙場景的沉浸式體驗構(gòu)建', '## 4.1 AIGC驱动的内容生产革新\n## 4.2 元宇宙场景的沉浸式体验构建'],
  [12, '12.2技術(shù)保障能力提升技術(shù)保障', '## 12.2 技术保障能力提升'],
];

/** The garble table of sources.md: raw span → clean reader text, occurrences. */
const GARBLE: [string, string, number][] = [
  ['發(fā)展?fàn)I造', '发展营造', 1],
  ['17%?;芋w驗', '17%。互动体验', 1],
  ['150%??缇持Ц杜c合規(guī)', '150%。跨境支付与合规', 1],
  ['出?!迸c“品牌出?!钡碾p重', '出海”与“品牌出海”的双重', 2],
  ['”??缇持辈サ暮弦?guī)挑戰(zhàn)', '”。跨境直播的合规挑战', 1],
  ['嚴(yán)重?fù)p害', '严重损害', 1],
  ['領(lǐng)域?qū)I(yè)內(nèi)容', '领域专业内容', 1],
  ['92%??缇持辈ケO(jiān)管', '92%。跨境直播监管', 1],
  ['“環(huán)??萍肌?,', '“环保科技”，', 1],
  ['當(dāng)?shù)剞r(nóng)戶', '当地农户', 3],
  ['確??鐓^(qū)域', '确保跨区域', 1],
  ['舊衣?lián)Q新', '旧衣换新', 2],
  ['當(dāng)?shù)厣龑W(xué)率', '当地升学率', 1],
  ['當(dāng)?shù)靥沾僧a(chǎn)業(yè)', '当地陶瓷产业', 1],
];

describe('pinyin-annotated (003 范文参考)', () => {
  it('is detected on this seed and on nothing else', () => {
    expect(pinyinAnnotated.detect(text).score >= 0.5).toBe(true);
    for (const s of manifest.sources.filter((s) => s.id !== source.id))
      expect(pinyinAnnotated.detect(normalizeInput(readFileSync(`seeds/${s.file}`, 'utf8'))).score >= 0.5, s.file).toBe(false);
  });

  it('keeps every raw example of sources.md as an exact substring of the seed', () => {
    for (const [n, r] of CASES) expect(text.includes(r), `case ${n}`).toBe(true);
    for (const [r] of GARBLE) expect(text.includes(r), r).toBe(true);
    for (const s of ['版權(quán)說明:本文檔由用戶提供并上傳', '文檔簡介', '2026年電子商務(wù)直播營銷創(chuàng)新報告與消費(fèi)者行為分析報告范文參考一、項目概述', '13.3長期發(fā)展愿景', '溫馨提示', '經(jīng)濟(jì)', '剞r(nóng)', '當(dāng)?shù)剞r(nóng)戶', '??缇持', '?fàn)', '2023年VR直播用戶規(guī)模達(dá)1200萬', 'VR直播用戶規(guī)模突破1800萬'])
      expect(text.includes(s), s).toBe(true);
  });

  it('has no error issues on the real seed', () => {
    expect(inp.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each(CASES.filter(([n]) => n <= 8))('case %i: repairs and converts the text', (_n, _raw, clean) => {
    expect(stream).toContain(clean);
  });

  it('case 9: drops the last TOC entry from the body line and starts chapter 一 with 1.1 and (1)', () => {
    expect(rendered.startsWith('# 一、项目概述\n## 1.1 项目背景\n（1）电子商务')).toBe(true);
    expect(stream).not.toContain('长期发展愿景');
  });

  it('case 10: TOC quotes become “ ” and the heading is separated from its text', () => {
    expect(rendered).toContain(CASES[9]![2]);
    for (const h of ['## 7.2 品牌自播突围：小米的“技术直播”垂直深耕', '## 7.3 知识型直播破圈：东方甄选的“文化赋能”模式'])
      expect(rendered).toContain(`${h}\n`);
  });

  it('case 11: bare headings stay as headings with no text (4.1, 6.1, 10.1)', () => {
    expect(rendered).toContain(CASES[10]![2]);
    expect(rendered).toContain('## 6.1 技术融合驱动的行业变革\n## 6.2 消费升级引领的内容进化');
    expect(rendered).toContain('## 10.1 技术演进路径\n## 10.2 商业模式重构');
  });

  it('case 12: keeps heading 12.2, drops the fragment, marks the chapter truncated', () => {
    const c = ch('ch-12');
    expect(textOf(c.blocks[c.blocks.length - 1]!)).toBe('技术保障能力提升'.replace(/^/, '12.2 '));
    expect(c.blocks[c.blocks.length - 1]).toMatchObject({ type: 'heading', depth: 2 });
    expect(rendered.endsWith(CASES[11]![2])).toBe(true);
    expect(c.meta['truncated']).toBe(true);
    const fragment = inp.ledger.entries().find((e) => e.reason === 'truncated fragment');
    expect(fragment).toMatchObject({ action: 'removed', count: 1, charsOut: 4, samples: ['技术保障'] });
  });

  it('lists the missing sections on the document and on ch-12', () => {
    const missing = ['12.3 人才培养机制创新', '12.4 资金投入与风险防控', '12.5 国际合作与标准输出', '十三、结论与行业展望', '13.1 行业成熟度评估', '13.2 战略转型方向', '13.3 长期发展愿景'];
    expect(doc.meta).toEqual({
      title: '2026年电子商务直播营销创新报告与消费者行为分析报告',
      kind: 'sample',
      reliability_banner: '范文参考：示例文档，数据为示意且多处自相矛盾',
      original_title: '2026年電子商務直播營銷創新報告與消費者行為分析報告',
      truncated: true,
      missing_sections: missing,
    });
    expect(ch('ch-12').meta['missing_sections']).toEqual(missing);
    for (const c of doc.chapters.filter((c) => c.slug !== 'ch-12')) {
      expect(c.meta['truncated'], c.slug).toBeUndefined();
      expect(c.meta['missing_sections'], c.slug).toBeUndefined();
    }
  });

  it('drops the site chrome at head and tail', () => {
    const chrome = inp.ledger.entries().find((e) => e.reason === 'site chrome')!;
    expect(chrome.count).toBe(2);
    expect(chrome.samples[0]).toMatch(/^版權說明:本文檔由用戶提供并上傳/);
    expect(chrome.samples[1]).toMatch(/^溫馨提示/);
    for (const s of ['版权说明', '文档简介', '温馨提示', '最新文档', '提交评论', '0/150', '消毒柜操作规程']) expect(stream).not.toContain(s);
    // The title and the site label went to metadata, not the body.
    expect(stream).not.toContain('分析报告范文参考');
    expect(inp.ledger.entries().find((e) => e.reason === 'site label → metadata')).toMatchObject({ action: 'moved', samples: ['范文參考'] });
  });

  it('produces 12 chapters ch-1 … ch-12 from a 66-entry TOC, each starting with its depth-1 heading', () => {
    expect(doc.stats['tocEntries']).toBe(66);
    expect(doc.stats['headingsFound']).toBe(59);
    expect(doc.chapters.map((c) => c.slug)).toEqual(Array.from({ length: 12 }, (_, i) => `ch-${i + 1}`));
    expect(doc.chapters.map((c) => c.title)).toEqual([
      '一、项目概述', '二、行业发展现状', '三、消费者行为深度剖析', '四、创新模式与技术应用', '五、行业挑战与应对策略', '六、未来趋势预测与战略建议',
      '七、典型案例研究', '八、区域市场差异化策略', '九、可持续发展与社会责任', '十、行业未来展望与战略路径', '十一、风险防控与治理体系', '十二、实施路径与保障机制',
    ]);
    for (const c of doc.chapters) {
      expect(c.blocks[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: c.title }] });
      expect(c.blocks.slice(1).every((b) => b.type !== 'heading' || b.depth === 2)).toBe(true);
      expect(c.footnotes).toEqual([]);
    }
    const sections = doc.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'heading' && b.depth === 2).map(textOf));
    expect(sections).toHaveLength(47);
    for (const s of sections) expect(s).toMatch(/^\d{1,2}\.\d [^ ]/);
    // The section list is the TOC's: numbers like 3.2倍 or 9.1分 never become headings.
    expect(stream).toContain('3.2倍');
    expect(sections.some((s) => /^\d+\.\d 倍|^\d+\.\d 分/.test(s))).toBe(false);
  });

  it('strips exactly the 2,837 pinyin annotations of the raw file, plus the one the garble hid', () => {
    expect(countAnnotations(text)).toBe(2837);
    expect(doc.stats['annotationsStripped']).toBe(2837);
    expect(doc.stats['annotationsRestored']).toBe(1);
    expect(doc.stats['annotatedCharacters']).toBe(76);
    expect(doc.stats['annotationSyllables']).toBe(71);
    const stripped = inp.ledger.entries().find((e) => e.reason === 'pinyin annotation')!;
    expect(stripped.count).toBe(2838);
    // Nothing pinyin-like is left anywhere, and no tone marks.
    expect(countAnnotations(stream)).toBe(0);
    expect(stream).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(ANNOTATION.source).toBe('\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\\)');
  });

  it('keeps the real enumerations and parentheticals', () => {
    expect(count(stream, '（1）') + count(stream, '（2）') + count(stream, '（3）') + count(stream, '（4）')).toBe(16);
    expect([...ch('ch-1').blocks.map(textOf).join('').matchAll(/（\d）/g)]).toHaveLength(16);
    expect(stream).toContain('AIGC（人工智能生成内容）');
    expect(stream).toContain('虚拟现实（VR）与增强现实（AR）');
    expect(stream).toContain('（满分10分）');
    expect(count(stream, '（')).toBe(count(stream, '）'));
    expect(stream).not.toMatch(/[()]/);
  });

  it('repairs the 18 garbled spans (27 ?) with the override table', () => {
    expect(doc.stats['garbleSpansRepaired']).toBe(18);
    expect(doc.stats['garbleMarksRepaired']).toBe(27);
    expect(GARBLE.reduce((n, [r, , k]) => n + [...r].filter((c) => c === '?').length * k, 0)).toBe(27);
    for (const [r, clean, n] of GARBLE) {
      expect(count(text, r), r).toBe(n);
      expect(count(stream, clean), clean).toBeGreaterThanOrEqual(n);
    }
    expect(stream).not.toMatch(/[?？]/);
    for (const s of ['Ц', 'サ', 'ケ', '剞', '厣', '靥', '迸c']) expect(stream).not.toContain(s);
    expect(repairs.map((r) => [r.raw, r.count])).toEqual(GARBLE.map(([r, , n]) => [r, n]));
  });

  it('converts to Simplified with the 著 phrase fixes and never a lone 著', () => {
    expect(count(stream, '随着')).toBe(4);
    expect(count(stream, '标志着')).toBe(4);
    expect(count(stream, '朝着')).toBe(1);
    expect(count(stream, '显著')).toBe(12);
    expect(count(stream, '著')).toBe(12);
    expect(doc.stats['zhePhraseFixes']).toBe(9);
    expect(stream).toContain('于');
    // Simplified text only: no character the converter would still change.
    for (const s of ['項目', '電商', '數據', '發展', '與', '並']) expect(stream).not.toContain(s);
  });

  it('keeps the Traditional original of each chapter, annotation-stripped, with its raw range', () => {
    for (const c of doc.chapters) {
      const original = c.meta['original'] as string;
      expect(typeof original).toBe('string');
      expect(original).not.toMatch(ANNOTATION);
      expect(original.length, c.slug).toBe(c.blocks.map(textOf).join('').replace(/ /g, '').length + (c.slug === 'ch-12' ? 4 : 0));
      const [start, end] = c.meta['raw_range'] as [number, number];
      // The raw range, repaired with the override table and stripped, is exactly the original.
      let rawSlice = text.slice(start, end);
      for (const r of repairs) rawSlice = rawSlice.split(r.raw).join(r.clean);
      expect(rawSlice.replace(ANNOTATION, ''), c.slug).toBe(original);
    }
    expect(ch('ch-1').meta['original']).toMatch(/^一、項目概述1\.1項目背景\(1\)電子商務直播營銷作為數字技術與商業融合的產物/);
    expect(ch('ch-7').meta['original']).toContain('7.1頭部平臺型創新:抖音電商的“興趣電商”生態');
  });

  it('breaks sections into paragraphs at sentence ends: (n) items and new topics', () => {
    const paras = doc.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'paragraph').map(textOf));
    expect(paras.length).toBe(doc.stats['paragraphs']);
    for (const p of paras) {
      expect(p).toMatch(/[。！？][”）]?$/);
      expect([...p].length).toBeLessThanOrEqual(420);
    }
    // Every enumeration item opens a paragraph.
    expect(paras.filter((p) => /^（\d）/.test(p))).toHaveLength(16);
    expect(paras.filter((p) => /.（\d）/.test(p))).toEqual([]);
    expect(paras.some((p) => p.startsWith('此外，'))).toBe(true);
    expect(rendered).toContain('\n值得关注的是，AIGC（人工智能生成内容）技术的突破');
  });

  it('balances the ledger; T→S and widening are length-preserving replacements', () => {
    const t = inp.ledger.totals();
    expect(inkLength(text) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    for (const reason of ['Traditional → Simplified', '著 → 着 phrase fix', 'ASCII punctuation widened', 'TOC quotes curled']) {
      const e = inp.ledger.entries().find((x) => x.reason === reason)!;
      expect(e.action, reason).toBe('replaced');
      expect(e.charsIn, reason).toBe(e.charsOut);
    }
    expect(inp.ledger.entries().map((e) => `${e.action}: ${e.reason}`)).toEqual([
      'moved: document title → metadata',
      'moved: missing section heading → metadata',
      'moved: site label → metadata',
      'removed: pinyin annotation',
      'removed: site chrome',
      'removed: table of contents',
      'removed: truncated fragment',
      'replaced: ASCII punctuation widened',
      'replaced: TOC quotes curled',
      'replaced: Traditional → Simplified',
      'replaced: garbled span repaired',
      'replaced: 著 → 着 phrase fix',
    ]);
  });

  it('is deterministic', () => {
    const again = run();
    expect(again.doc).toEqual(doc);
    expect(JSON.stringify(again.doc)).toBe(JSON.stringify(doc));
    expect(again.inp.ledger.entries()).toEqual(inp.ledger.entries());
  });
});
