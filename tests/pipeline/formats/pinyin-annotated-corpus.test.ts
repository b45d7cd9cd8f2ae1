/**
 * The pinyin-annotated rules on the real pages of the corpus (tests/fixtures/corpus/
 * pinyin-annotated/) and the seed: each rule is shown working on more than one real document,
 * and never firing where it must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinAnnotated } from '../../../scripts/formats/pinyin-annotated.ts';
import { ANNOTATION, annotatedPairs } from '../../../scripts/formats/pinyin-annotated/annotations.ts';
import { classifyHead, lines, splitPage } from '../../../scripts/formats/pinyin-annotated/chrome.ts';
import { DOUBLED_SHARE, doubledShare, undouble } from '../../../scripts/formats/pinyin-annotated/doubled.ts';
import { autoRepair } from '../../../scripts/formats/pinyin-annotated/garble.ts';
import { decodePair, encodeChar } from '../../../scripts/formats/pinyin-annotated/gbk.ts';
import { readings } from '../../../scripts/formats/pinyin-annotated/readings.ts';
import { findToc } from '../../../scripts/formats/pinyin-annotated/toc.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { manifestSchema } from '../../../src/schemas/source.ts';

const DIR = 'tests/fixtures/corpus/pinyin-annotated';
const corpus = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, -4), normalizeInput(readFileSync(`${DIR}/${f}`, 'utf8'))]),
);
const manifest = manifestSchema.parse(JSON.parse(readFileSync('seeds/sources.json', 'utf8')));
const seeds = Object.fromEntries(manifest.sources.map((s) => [s.id, normalizeInput(readFileSync(`seeds/${s.file}`, 'utf8'))]));
const seed = seeds['live-marketing-sample-2026']!;

function clean(name: string, text: string): { doc: CleanDoc; ledger: Ledger; issues: IssueList; body: string } {
  const ledger = new Ledger();
  const issues = new IssueList(name, 'clean');
  const source = { id: name, file: `${name}.txt`, related: [], format: 'pinyin-annotated' as const, script: 'Hant' as const };
  const doc = pinyinAnnotated.clean({ text, source, overrides: null, ledger, issues });
  const textOf = (b: Block): string => (b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : '');
  return { doc, ledger, issues, body: doc.chapters.flatMap((c) => c.blocks.map(textOf)).join('\n') };
}
const out = Object.fromEntries(Object.entries(corpus).map(([n, t]) => [n, clean(n, t)]));

describe('pinyin-annotated on the corpus', () => {
  it('has at least four real pages besides the seed', () => {
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(4);
  });

  it('detect(): every corpus page and the seed score ≥ 0.5, the other kinds’ seeds 0', () => {
    for (const [name, text] of Object.entries(corpus)) expect(pinyinAnnotated.detect(text).score, name).toBeGreaterThanOrEqual(0.5);
    expect(pinyinAnnotated.detect(seed).score).toBeGreaterThanOrEqual(0.9);
    for (const [id, text] of Object.entries(seeds)) if (id !== 'live-marketing-sample-2026') expect(pinyinAnnotated.detect(text).score, id).toBe(0);
    expect(pinyinAnnotated.detect(corpus['bubsandbeans-software-tech']!).evidence).toBe('30 pinyin annotations');
    // A few annotations decide with the page's chrome around them, not without.
    const few = '版權(quán)說明:本文檔由用戶提供并上傳\n文檔簡介\n經(jīng)濟(jì)發(fā)展,當(dāng)前農(nóng)業穩(wěn)定。';
    expect(pinyinAnnotated.detect(few)).toEqual({ score: 0.55, evidence: '7 pinyin annotations, 2 site chrome markers' });
    expect(pinyinAnnotated.detect(few.split('\n')[2]!).score).toBe(0.4);
    expect(pinyinAnnotated.detect('經(jīng)濟(jì)').score).toBe(0);
  });

  it('publishes every page with no error, balanced books, no annotation, tone letter, chrome or ? between Han', () => {
    for (const [name, r] of Object.entries(out)) {
      expect(r.issues.items.filter((i) => i.severity === 'error'), name).toEqual([]);
      const t = r.ledger.totals();
      expect(inkLength(corpus[name]!) - t.removed - t.moved + t.inserted, name).toBe(measureDoc(r.doc).total);
      expect(r.body, name).not.toMatch(ANNOTATION);
      expect(r.body, name).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(r.body, name).not.toMatch(/\p{Script=Han}\?+\p{Script=Han}/u);
      for (const chrome of ['版权说明', '文档简介', '已阅读', '下载本文档', '_第1页', '继续免费阅读']) expect(r.body, `${name}: ${chrome}`).not.toContain(chrome);
    }
  });

  it('recognises the chrome lines of three sites by kind patterns, in either script', () => {
    for (const name of ['boteman-rd-process', 'cornels-two-sided-market', 'bubsandbeans-tv-network']) {
      const split = splitPage(lines(corpus[name]!.replace(ANNOTATION, '')));
      expect(split.unknown, name).toEqual([]);
      expect(split.known.map((k) => k.kind), name).toEqual([
        'page label', 'page label', 'page label', 'page label', 'page label', 'reading progress', 'download link', 'copyright notice', 'document intro',
      ]);
      expect(split.unread, name).toBeGreaterThan(0);
    }
    // Pages that start at the copyright notice, one of them with unannotated (Traditional) chrome.
    for (const name of ['cornels-official-doc-format', 'bubsandbeans-software-tech'])
      expect(splitPage(lines(corpus[name]!.replace(ANNOTATION, ''))).known.map((k) => k.kind), name).toEqual(['copyright notice', 'document intro']);
    expect(classifyHead('版权说明:本文档由用户提供并上传,收益归属内容提供方')).toBe('copyright notice');
    expect(classifyHead('版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方')).toBe('copyright notice');
    expect(classifyHead('已閱讀5頁,還剩13頁未讀, 繼續免費閱讀')).toBe('reading progress');
    expect(classifyHead('一、引言')).toBeNull();
    // Lines of other sites of the family (163wenku, 淘文阁, 冰点文库 pages), as they print them.
    expect(classifyHead('上传人(卖家):三亚风情 文档编号:3302774 上传时间:2022-08-18 格式:PPT 页数:70 大小:360.50KB')).toBe('upload record');
    expect(classifyHead('第1页 / 共70页')).toBe('reading progress');
    expect(classifyHead('下载 相关 举报')).toBe('download link');
    expect(classifyHead('亲,该文档总共11页,全部预览完了,如果喜欢就下载吧!')).toBe('reading progress');
    expect(classifyHead('《算法竞赛入门经典授课教案第章暴力求解法.docx》由会员分享,可在线阅读,更多相关《算法竞赛入门经典授课教案第章暴力求解法.docx(44页珍藏版)》请在taowenge.com淘文阁网|工程机械CAD图纸|机械工程制图|CAD装配图下载|SolidWorks_CaTia_CAD_UG_PROE_设计图分享下载上搜索。')).toBe('upload record');
    expect(classifyHead('程序设计语言概论课件.ppt_第1页')).toBe('page label');
  });

  it('takes the title from the page labels or a title line, and states it', () => {
    expect(out['boteman-rd-process']!.doc.meta['title']).toBe('企业技术研发管理流程及规范');
    expect(out['cornels-two-sided-market']!.doc.meta['title']).toBe('双边市场理论与平台定价策略研究');
    expect(out['bubsandbeans-tv-network']!.doc.meta['title']).toBe('电视台网络化解决方案探讨-北大方正');
    expect(out['bubsandbeans-software-tech']!.doc.meta['title']).toBe('计算机软件技术概述');
    // No label, no title line: nothing is invented.
    expect(out['cornels-official-doc-format']!.doc.meta['title']).toBeUndefined();
    // The body line that starts with the title does not repeat it.
    expect(out['boteman-rd-process']!.body.startsWith('企业技术研发管理流程及规范\n一、引言在技术驱动型企业中')).toBe(true);
  });

  it('finds a TOC only where there is one: the seed, not the corpus pages', () => {
    expect(findToc(seed.replace(ANNOTATION, '').split('\n').slice(2).join('\n').split('溫馨提示')[0]!)?.entries).toHaveLength(66);
    for (const [name, text] of Object.entries(corpus)) expect(findToc(text.replace(ANNOTATION, '')), name).toBeNull();
  });

  it('joins numbered extraction slices without a break, on two sites', () => {
    expect(out['bubsandbeans-tv-network']!.doc.stats['extractionSlices']).toBe(2);
    expect(out['bubsandbeans-tv-network']!.body).toContain('当前所处的阶段设备的数字化');
    expect(out['cornels-official-doc-format']!.doc.stats['extractionSlices']).toBe(2);
    expect(out['cornels-official-doc-format']!.body).toContain('将组成公文的各格式要素划分为眉首');
    expect(out['boteman-rd-process']!.doc.stats['extractionSlices']).toBeUndefined();
  });

  it('keeps doubled text layers once where a page doubles throughout, nowhere else', () => {
    const share = (name: string): number => doubledShare(corpus[name]!.replace(ANNOTATION, ''));
    expect(share('cornels-official-doc-format')).toBeGreaterThan(0.6);
    expect(share('bubsandbeans-tv-network')).toBeGreaterThan(DOUBLED_SHARE);
    for (const name of ['boteman-rd-process', 'cornels-two-sided-market', 'bubsandbeans-software-tech']) expect(share(name), name).toBeLessThan(0.05);
    expect(doubledShare(seed.replace(ANNOTATION, ''))).toBeLessThan(0.05);
    expect(out['cornels-official-doc-format']!.body).toContain('国务院办公厅在2000年8月24日发布了国家行政机关公文处理办法，这一法规于2001年1月1日正式施行。');
    expect(out['bubsandbeans-tv-network']!.body).toContain('内容生产内容发布内容经营内容监管');
    expect(undouble('研究研究', new Ledger()).text).toBe('研究');
    expect(undouble('第11条', new Ledger()).text).toBe('第11条');
  });

  it('re-decodes garbled spans on two real pages from the GBK bytes', () => {
    expect(decodePair(0xb5, 0xd8)).toBe('地');
    expect(encodeChar('數')).toEqual([0x94, 0xb5]);
    const spans = (text: string) => autoRepair(text, readings(annotatedPairs(text)), text.replace(ANNOTATION, '')).map((a) => [a.raw, a.clean]);
    expect(spans(corpus['boteman-rd-process']!)).toEqual([['?jié)摿?', '潛□']]);
    const seedSpans = spans(seed);
    for (const [raw, clean] of [['?shù)剞r', '地農'], ['?lián)Q', '換'], ['?fù)p', '損'], ['?shù)厣龑W', '地升學'], ['?qū)I', '專業']])
      expect(seedSpans, raw).toContainEqual([raw, clean]);
    // No annotation names the byte: the lead is lost, the rest decodes again one byte later, and a
    // pair the page spells elsewhere (跨境) picks the lost character when exactly one fits.
    expect(spans(corpus['004km-drug-management']!)).toEqual([['??垢腥舅幬锝痤~', '□□感染藥物金額']]);
    expect(seedSpans).toContainEqual(['??缇持Ц杜c', '□跨境支付與']);
    expect(out['boteman-rd-process']!.body).toContain('企业长期发展潜□。');
  });

  it('marks every corpus page truncated and drops only a short cut-off clause', () => {
    for (const [name, r] of Object.entries(out)) {
      expect(r.doc.meta['truncated'], name).toBe(true);
      expect(r.doc.chapters.at(-1)?.meta['truncated'], name).toBe(true);
      expect(r.issues.items.map((i) => i.rule), name).toContain('pinyin-annotated/truncated');
    }
    expect(out['cornels-two-sided-market']!.body.endsWith('按照一定的定价策略或商业规则，')).toBe(true);
    expect(out['cornels-official-doc-format']!.body.endsWith('绝密、机密级的公文应当标明份数序号；')).toBe(true);
    expect(out['bubsandbeans-software-tech']!.body.endsWith('## 1.2 计算机软件概述'.slice(3))).toBe(true);
  });

  it('takes headings by pattern from lines of their own, never from numbers in the text', () => {
    const doc = out['bubsandbeans-software-tech']!.doc;
    const headings = doc.chapters[0]!.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? `${b.depth} ${inlineText(b.children)}` : ''));
    expect(headings).toEqual(['1 计算机软件技术概述', '2 1.1 计算机软件技术涉及的内容', '2 1.2 计算机软件概述']);
    // Hard-wrapped lines run on until a sentence ends.
    expect(out['bubsandbeans-software-tech']!.body).toContain('一般又分为科学计算、数据处理、过程控制和人工智能几大类。');
  });

  it('docs/formats/pinyin-annotated.md quotes the raw pages exactly', () => {
    const md = readFileSync('docs/formats/pinyin-annotated.md', 'utf8');
    const all = [...Object.values(corpus), seed].join('\n');
    const quotes = [
      ...[...md.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''),
      ...[...md.matchAll(/```\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n').map((l) => l.replace(/\s{2,}\(.*$/, '').trim())),
    ].map((q) => q.replace(/\\n/g, '\n'));
    const annotated = new RegExp(ANNOTATION.source);
    const raw = quotes.filter((q) => (annotated.test(q) || /\?\S/.test(q)) && !q.startsWith('{'));
    expect(raw.length).toBeGreaterThan(15);
    // An elision (…) separates parts quoted exactly.
    for (const q of raw) for (const part of q.split('…').filter((p) => p.length >= 2)) expect(all.includes(part), part).toBe(true);
  });
});
