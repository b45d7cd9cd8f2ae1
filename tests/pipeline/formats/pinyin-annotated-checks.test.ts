/**
 * The build checks of the pinyin-annotated format fire on crafted bad input: leftover garble,
 * broken annotations, tone letters, unbalanced brackets, repair counts, the overrides schema.
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

function run(text: string, overrides: unknown): { doc: CleanDoc; errors: Issue[]; ledger: Ledger } {
  const ledger = new Ledger();
  const issues = new IssueList(source.id, 'clean');
  const doc = pinyinAnnotated.clean({ text, source, overrides, ledger, issues });
  return { doc, errors: issues.items.filter((i) => i.severity === 'error'), ledger };
}

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
    const { doc, errors, ledger } = run(text, { repairs: [REPAIR] });
    expect(errors).toEqual([]);
    expect(bodyText(doc)).toBe('一、项目概述\n1.1 项目背景\n（1）当地农户收入增长。\n1.2 项目意义\n内容完整。');
    expect(doc.meta['truncated']).toBe(false);
    expect(doc.meta['missing_sections']).toEqual([]);
    expect(doc.meta['original_title']).toBe('示例報告');
    const t = ledger.totals();
    expect(inkLength(text) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
  });

  it('fails on a broken annotation and the bracket it unbalances, with file:line:col', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。');
    const { errors } = run(text, { repairs: [] });
    expect(errors).toEqual([
      expect.objectContaining({
        message: `leftover garble: broken annotation "?shù)" (its "(" was lost) in "項目背景(1)當?shù)剞r戶收入增長。"; expected every garbled span to be repaired before stripping annotations; ${FIX}`,
        location: at(text, '?shù)'),
      }),
      expect.objectContaining({
        message: `unbalanced brackets: ")" without an opening bracket in "(1)當?shù)剞r戶收入增長。1.2"; expected every "(" to close on the same line; a garbled span probably ate one — ${FIX}`,
        location: at(text, ')剞'),
      }),
    ]);
  });

  it('fails on "?" between CJK characters, tone-marked letters and unclosed brackets', () => {
    const text = page('品牌強調“環(huán)??萍肌?,測試ā字(未閉合。');
    const messages = run(text, { repairs: [] }).errors.map((e) => `${e.location}: ${e.message}`);
    expect(messages).toEqual([
      `${at(text, '??萍')}: leftover garble: "??" between CJK characters in "1)品牌強調“環??萍肌?,測試ā字"; expected every garbled span to be repaired before stripping annotations; ${FIX}`,
      `${at(text, 'ā字')}: leftover garble: tone-marked letter "ā" in "??萍肌?,測試ā字(未閉合。1."; expected every garbled span to be repaired before stripping annotations; ${FIX}`,
      `${at(text, '(未閉合')}: unbalanced brackets: "(" never closed in "萍肌?,測試ā字(未閉合。1.2項目意義"; expected every "(" to close on the same line; a garbled span probably ate one — ${FIX}`,
    ]);
  });

  it('fails when a repair pattern occurs a different number of times', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。');
    expect(run(text, { repairs: [{ ...REPAIR, count: 2 }] }).errors).toEqual([
      expect.objectContaining({
        message: `garble repair 1 "當(dāng)?shù)剞r(nóng)戶": expected 2 occurrences, found 1; update "count" in ${OVERRIDES} or fix the pattern`,
        location: at(text, '當(dāng)?shù)'),
      }),
    ]);
  });

  it('fails when a repair drops annotations the rest of the text has', () => {
    const text = page('當(dāng)?shù)剞r(nóng)戶收入增長。當(dāng)前農(nóng)業穩定。');
    const { errors } = run(text, { repairs: [{ ...REPAIR, clean: '當地農戶' }] });
    expect(errors.map((e) => e.location)).toEqual([at(text, REPAIR.raw), at(text, REPAIR.raw)]);
    expect(errors.map((e) => e.message)).toEqual([
      `annotated character "當" has no pinyin annotation here; expected all occurrences of the 3 annotated characters to be annotated after repair — probably an unrepaired garbled span; add it to ${OVERRIDES}`,
      `annotated character "農" has no pinyin annotation here; expected all occurrences of the 3 annotated characters to be annotated after repair — probably an unrepaired garbled span; add it to ${OVERRIDES}`,
    ]);
  });

  it('validates the overrides with a strict schema', () => {
    const text = page('收入增長。');
    expect(run(text, { repairs: [], extra: 1 }).errors.map((e) => e.message)).toEqual([
      `${OVERRIDES}: unexpected key "extra"; check the spelling or remove it`,
    ]);
    expect(run(text, { repairs: [{ raw: 'x', clean: 'y', count: 0 }] }).errors.map((e) => e.message)).toEqual([
      `${OVERRIDES}: repairs[0].count: expected a count of at least 1, found 0`,
    ]);
    expect(run(text, null).errors).toEqual([
      expect.objectContaining({ location: OVERRIDES, message: expect.stringMatching(/^expected a garble repair table/) }),
    ]);
  });

  it('fails on the real seed when a repair is missing from the table', () => {
    const repairs = seedOverrides.repairs.filter((r) => r.raw !== '舊衣?lián)Q新');
    const { errors } = run(seed, { ...seedOverrides, repairs });
    const lineStart = seed.lastIndexOf('\n', seed.indexOf('舊衣?lián)Q新')) + 1;
    const first = seed.indexOf('舊衣?lián)Q新') + 2 - lineStart + 1;
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toEqual(
      expect.objectContaining({ location: `${FILE}:68:${first}`, message: expect.stringMatching(/^leftover garble: broken annotation "\?lián\)"/) }),
    );
  });

  it('fails when the annotation count is not the one the overrides expect', () => {
    const { errors } = run(seed, { ...seedOverrides, expected_annotations: 2836 });
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^expected 2836 pinyin annotations \(overrides "expected_annotations"\), found 2837 with /),
    ]);
  });

  it('reports a page without a title line instead of throwing', () => {
    expect(run('只有正文。', { repairs: [] }).errors.map((e) => e.message)).toEqual([
      'expected a title line followed by a site label (范文參考, 范文参考), found none; is this a pinyin-annotated document-site page?',
    ]);
  });
});

describe('pinyin-annotated helpers', () => {
  it('maps 著 only in the listed phrases', () => {
    const ledger = new Ledger();
    const { text, phraseFixes } = traditionalToSimplified('隨著標志著朝著意味著沿著接著有著，顯著，土著，著作，著', ledger);
    expect(text).toBe('随着标志着朝着意味着沿着接着有着，显著，土著，著作，著');
    expect(phraseFixes).toBe(7);
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
