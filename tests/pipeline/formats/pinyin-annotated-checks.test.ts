/**
 * The pinyin-annotated checks on crafted pages: garbled spans re-decoded without a table, what
 * cannot be recovered shown as □ with a warning, repair counts, the optional overrides file,
 * pages without a TOC or without chrome — warnings, never a rejected page.
 */
import { seedManifest } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinAnnotated } from '../../../scripts/formats/pinyin-annotated.ts';
import { traditionalToSimplified } from '../../../scripts/formats/pinyin-annotated/convert.ts';
import { chineseNumber, classifyEntry, locateHeadings } from '../../../scripts/formats/pinyin-annotated/outline.ts';
import { splitParagraphs } from '../../../scripts/formats/pinyin-annotated/paragraphs.ts';
import type { CleanDoc } from '../../../scripts/lib/doc.ts';
import { type Issue, IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import type { Source } from '../../../src/schemas/source.ts';

const manifest = seedManifest();
const source = manifest.sources.find((s) => s.id === 'live-marketing-sample-2026') as Source;
const FILE = `seeds/${source.file}`;
const OVERRIDES = 'seeds/overrides/live-marketing-sample-2026.json';
const FIX = `add the raw span and its repair to ${OVERRIDES}`;
const seedOverrides = JSON.parse(readFileSync(OVERRIDES, 'utf8')) as { expected_annotations: number; repairs: { raw: string; clean: string; count: number }[] };
const seed = normalizeInput(readFileSync(FILE, 'utf8'));

const REPAIR = { raw: '當(dāng)?shù)剞r(nóng)戶', clean: '當(dāng)地農(nóng)戶', count: 1 };

/** A miniature page in the seed's shape: chrome, title line, TOC, one body line, chrome. */
function page(body: string): string {
  return [
    '版權(quán)說明:本文檔由用戶提供并上傳',
    '文檔簡介',
    '示例報告范文參考一、項目概述',
    '1.1項目背景',
    `1.2項目意義一、項目概述1.1項目背景(1)${body}1.2項目意義內容完整。`,
    '溫馨提示',
    '評論',
  ].join('\n');
}

function run(text: string, overrides: unknown): { doc: CleanDoc; errors: Issue[]; warnings: Issue[]; ledger: Ledger } {
  const ledger = new Ledger();
  const issues = new IssueList(source.id, 'clean');
  const doc = pinyinAnnotated.clean({ text, source: { ...source, format: 'pinyin-annotated', script: 'Hant' }, overrides, ledger, issues });
  return { doc, errors: issues.items.filter((i) => i.severity === 'error'), warnings: issues.items.filter((i) => i.severity === 'warning'), ledger };
}

const balanced = (text: string, doc: CleanDoc, ledger: Ledger): boolean => {
  const t = ledger.totals();
  return inkLength(text) - t.removed - t.moved + t.inserted === measureDoc(doc).total;
};

/** "seeds/…:5:col" of a substring on line 5 of the miniature page. */
function at(text: string, needle: string, line = 5): string {
  const i = text.indexOf(needle);
  const lineStart = text.split('\n').slice(0, line - 1).join('\n').length + 1;
  return `${FILE}:${line}:${i - lineStart + 1}`;
}

const bodyText = (doc: CleanDoc): string => doc.chapters.flatMap((c) => c.blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineText(b.children) : ''))).join('\n');

describe('pinyin-annotated checks', () => {
  it('cleans a good miniature page with its repair table, and the books balance', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。');
    const { doc, errors, warnings, ledger } = run(text, { repairs: [REPAIR] });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(bodyText(doc)).toBe('一、项目概述\n1.1 项目背景\n（1）当地农户收入增长。\n1.2 项目意义\n内容完整。');
    expect(doc.meta['truncated']).toBe(false);
    expect(doc.meta['missing_sections']).toEqual([]);
    expect(doc.meta['original_title']).toBe('示例報告');
    expect(balanced(text, doc, ledger)).toBe(true);
  });

  it('re-decodes a garbled span without any table: the broken annotation names the lost byte', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。');
    const { doc, errors, warnings, ledger } = run(text, null);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(bodyText(doc)).toContain('（1）当地农户收入增长。');
    expect(doc.stats['garbleSpansDecoded']).toBe(1);
    expect(doc.stats['garbleCharactersLost']).toBe(0);
    expect(ledger.entries().find((e) => e.reason === 'garbled span re-decoded')).toMatchObject({ action: 'replaced', samples: ['?shù)剞r→地農'] });
    expect(balanced(text, doc, ledger)).toBe(true);
  });

  it('shows a byte no rule recovers as □, with a warning at the raw location', () => {
    const text = page('品牌強調“環(huán)??萍肌?,測試。');
    const { doc, errors, warnings } = run(text, null);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ rule: 'pinyin-annotated/garble-unrecovered', location: at(text, '??萍'), hint: FIX }),
    ]);
    const body = bodyText(doc);
    expect(body).toContain('□');
    expect(body).toContain('技');
    expect(body).not.toMatch(/\?|萍肌/);
  });

  it('leaves a real question mark alone and calls a character without pinyin normal', () => {
    const text = page('為什麼?因為當(dāng)前農(nóng)業穩定。當前農業也穩定。');
    const { doc, warnings } = run(text, null);
    expect(warnings).toEqual([]);
    expect(bodyText(doc)).toContain('为什么？因为当前农业稳定。当前农业也稳定。');
  });

  it('warns when a repair pattern occurs a different number of times, and still cleans', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。');
    const { doc, errors, warnings } = run(text, { repairs: [{ ...REPAIR, count: 2 }] });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        rule: 'pinyin-annotated/repair-count',
        message: `garble repair 1 "當(dāng)?shù)剞r(nóng)戶": expected 2 occurrences, found 1; update "count" in ${OVERRIDES} or fix the pattern`,
        location: at(text, '當(dāng)?shù)'),
      }),
    ]);
    expect(bodyText(doc)).toContain('当地农户');
  });

  it('takes the overrides file as optional and reports a bad one as a warning', () => {
    const text = page('收入增長。');
    expect(run(text, null).warnings).toEqual([]);
    expect(run(text, { repairs: [], extra: 1 }).warnings.map((e) => [e.rule, e.message])).toEqual([
      ['pinyin-annotated/overrides', `${OVERRIDES}: unexpected key "extra"; check the spelling or remove it`],
    ]);
    expect(run(text, { repairs: [{ raw: 'x', clean: 'y', count: 0 }] }).warnings.map((e) => e.message)).toEqual([
      `${OVERRIDES}: repairs[0].count: expected a count of at least 1, found 0`,
    ]);
    expect(run(text, { reliability_banner: '范文：数据为示意' }).doc.meta['reliability_banner']).toBe('范文：数据为示意');
  });

  it('warns when the annotation count is not the one the overrides expect', () => {
    const { errors, warnings } = run(seed, { ...seedOverrides, expected_annotations: 2836 });
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.rule === 'pinyin-annotated/annotation-count').map((e) => e.message)).toEqual(['expected 2836 pinyin annotations (overrides "expected_annotations"), found 2837']);
  });

  it('publishes the real seed without its overrides file: every garbled span re-decoded or shown as □', () => {
    const { doc, errors, warnings, ledger } = run(seed, null);
    expect(errors).toEqual([]);
    const body = bodyText(doc);
    expect(body).not.toMatch(/\p{Script=Han}\?+\p{Script=Han}/u);
    expect(body).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    // The spans a broken annotation names come back whole, as the table has them.
    for (const clean of ['当地农户', '当地升学率', '当地陶瓷产业', '旧衣换新', '严重损害', '领域专业内容']) expect(body, clean).toContain(clean);
    expect(doc.chapters).toHaveLength(12);
    expect(warnings.every((w) => ['pinyin-annotated/garble-unrecovered', 'pinyin-annotated/truncated', 'pinyin-annotated/garble'].includes(w.rule))).toBe(true);
    expect(balanced(seed, doc, ledger)).toBe(true);
  });

  it('re-decodes a span the table leaves out exactly as the table would', () => {
    const repairs = seedOverrides.repairs.filter((r) => r.raw !== '舊衣?lián)Q新');
    const { doc, errors, warnings } = run(seed, { ...seedOverrides, repairs });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.rule)).toEqual(['pinyin-annotated/truncated']);
    expect(doc.stats['garbleSpansDecoded']).toBe(2);
    expect(bodyText(doc).split('旧衣换新').length - 1).toBe(2);
  });

  it('publishes a page with no chrome, no title and no TOC as paragraphs, with a warning', () => {
    const text = '經(jīng)濟(jì)發(fā)展很快。當(dāng)前農(nóng)業穩定。';
    const { doc, errors, warnings } = run(text, null);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.rule)).toEqual(['pinyin-annotated/no-site-chrome']);
    expect(doc.chapters).toHaveLength(1);
    expect(bodyText(doc)).toBe('经济发展很快。当前农业稳定。');
    expect(doc.meta['truncated']).toBe(false);
  });

  it('reads a TOC that does not start with a chapter as lines, with a warning, and the books balance', () => {
    const text = ['文檔簡介', '1.1項(xiàng)目背景', '1.2項(xiàng)目意義', '1.3研究方法', '1.1項(xiàng)目背景內(nèi)容完整。1.2項(xiàng)目意義說明。'].join('\n');
    const { doc, errors, warnings, ledger } = run(text, null);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.rule)).toEqual(['pinyin-annotated/toc-not-in-body']);
    expect(bodyText(doc)).toBe('1.1 项目背景\n1.2 项目意义\n1.3 研究方法\n1.1项目背景内容完整。1.2项目意义说明。');
    expect(balanced(text, doc, ledger)).toBe(true);
  });

  it('drops an unknown line before 文檔簡介 as chrome, with a warning', () => {
    const text = ['熱門推薦:更多文檔', '版權(quán)說明:本文檔由用戶提供并上傳', '文檔簡介', '經(jīng)濟(jì)發(fā)展很快。'].join('\n');
    const { doc, warnings } = run(text, null);
    expect(warnings).toEqual([expect.objectContaining({ rule: 'pinyin-annotated/unknown-chrome', location: `${FILE}:1:1` })]);
    expect(bodyText(doc)).toBe('经济发展很快。');
  });

  it('marks a page cut off mid-sentence as truncated and drops the cut clause', () => {
    const text = ['文檔簡介', '經(jīng)濟(jì)發(fā)展很快。當(dāng)前農(nóng)業穩定,發(fā)展前'].join('\n');
    const { doc, warnings, ledger } = run(text, null);
    expect(warnings.map((w) => w.rule)).toEqual(['pinyin-annotated/truncated']);
    expect(doc.meta['truncated']).toBe(true);
    expect(doc.chapters[0]?.meta['truncated']).toBe(true);
    expect(bodyText(doc)).toBe('经济发展很快。当前农业稳定，');
    expect(ledger.entries().find((e) => e.reason === 'truncated fragment')?.samples).toEqual(['发展前']);
  });
});

describe('pinyin-annotated helpers', () => {
  it('maps 著 only in the listed phrases', () => {
    const ledger = new Ledger();
    const { text, phraseFixes } = traditionalToSimplified('隨著標志著朝著意味著沿著接著有著著力著重著手著眼，顯著，土著，著作，著', ledger);
    expect(text).toBe('随着标志着朝着意味着沿着接着有着着力着重着手着眼，显著，土著，著作，著');
    expect(phraseFixes).toBe(11);
  });

  it('classifies TOC entries and reads chapter numerals', () => {
    expect([1, 10, 11, 12, 13, 20, 99].map((n) => n)).toEqual(['一', '十', '十一', '十二', '十三', '二十', '九十九'].map(chineseNumber));
    expect(classifyEntry('十二、实施路径与保障机制')).toEqual({ kind: 'chapter', n: 12, title: '十二、实施路径与保障机制' });
    expect(classifyEntry('4.1AIGC驱动的内容生产革新')).toEqual({ kind: 'section', depth: 2, num: '4.1', title: 'AIGC驱动的内容生产革新' });
    expect(classifyEntry('前言')).toBeNull();
  });

  it('locates headings sequentially, so an earlier mention never matches', () => {
    expect(locateHeadings(['一、概述', '1.1背景', '1.2缺失', '1.3意义'], '一、概述1.1背景文字1.3意义文字')).toEqual([0, 4, -1, 11]);
    expect(locateHeadings(['一、概述', '1.1背景'], '1.1背景一、概述1.1背景')).toEqual([5, 9]);
  });

  it('splits paragraphs only at sentence ends', () => {
    expect(splitParagraphs('(1)第一项。内容。(2)第二项。')).toEqual(['(1)第一项。内容。', '(2)第二项。']);
    const long = '甲'.repeat(80) + '。';
    expect(splitParagraphs(long + '此外，乙。')).toEqual([long, '此外，乙。']);
    expect(splitParagraphs('短句。此外，乙。')).toEqual(['短句。此外，乙。']);
    expect(splitParagraphs('他说“好。”然后走了。')).toEqual(['他说“好。”然后走了。']);
  });
});
