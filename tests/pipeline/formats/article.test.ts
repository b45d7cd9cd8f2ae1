import { seedManifest } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../../scripts/formats/article.ts';
import type { CleanInput } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { inkLength, Ledger } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import type { Source } from '../../../src/schemas/source.ts';

const manifest = seedManifest();
const source = manifest.sources.find((s) => s.id === 'life-economy-2026') as Source;
const raw = readFileSync(`seeds/${source.file}`, 'utf8');
const text = normalizeInput(raw);
const overrides: unknown = JSON.parse(readFileSync(`seeds/overrides/${source.id}.json`, 'utf8'));

function input(over: Partial<CleanInput> = {}): CleanInput {
  return { text, source, overrides, ledger: new Ledger(), issues: new IssueList(source.id, 'clean'), ...over };
}
function run(over: Partial<CleanInput> = {}): { doc: CleanDoc; inp: CleanInput } {
  const inp = input(over);
  return { doc: article.clean(inp), inp };
}

const { doc, inp } = run();
const chapter = doc.chapters[0]!;
const blocks = chapter.blocks;
const textOf = (b: Block): string => (b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : '');
const paragraphs = blocks.filter((b) => b.type === 'paragraph').map(textOf);
const headings = blocks.filter((b) => b.type === 'heading') as Extract<Block, { type: 'heading' }>[];
/** The block right after the heading whose text is `h`. */
const after = (h: string): Block | undefined => blocks[blocks.findIndex((b) => b.type === 'heading' && textOf(b) === h) + 1];

/** Paragraph counts per part: intro (before the first ##), then each ## section. */
function sectionCounts(): number[] {
  const counts: number[] = [0];
  for (const b of blocks.slice(1)) {
    if (b.type === 'heading') counts.push(0);
    else counts[counts.length - 1]!++;
  }
  return counts;
}

describe('article (001 生活经济 repost)', () => {
  it('keeps every raw example of sources.md as an exact substring of the seed', () => {
    for (const s of [
      '在峰会上,北京大学国家发展研究院发布《2026生活经济报告》(以下简称《报告》),',
      '本文转载自:财联社',
      '一、政策锚点与学界共识:\n生活经济是提振内需的关键',
      '三、回归个体需求,\n生活经济的反内卷新范式',
      '二、小红书蕴含着「生活经济」的什么信号\n北大国发院报告中指出,',
      '这也是“生活经济”的一个侧面。\nCitywalk的爆发便是典型:',
      '“任何一个微小的需求表达,都能激活更多用户的经验分享',
      '浙江桐乡90后,小红书D to the d主理人Dora',
      '为“内卷化”的市场指出一条新路。' + '\n'.repeat(29),
      'Dora就在在小红书',
      '在当天的生活经济小峰会在发言中',
      'GMV突破8000万',
      '表达—连接—激发',
    ])
      expect(raw).toContain(s);
    expect(raw.endsWith('为“内卷化”的市场指出一条新路。' + '\n'.repeat(29))).toBe(true);
  });

  it('makes one chapter titled and headed by the manifest title', () => {
    expect(doc.chapters).toHaveLength(1);
    expect(chapter.slug).toBe('article');
    expect(chapter.title).toBe(source.title);
    expect(blocks[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: '小红书生活经济小峰会：北大国发院发布《2026生活经济报告》' }] });
    expect(headings.map((h) => h.depth)).toEqual([1, 2, 2, 2]);
    expect(chapter.footnotes).toEqual([]);
    expect(chapter.meta).toEqual({ related: ['xiaohongshu-digests-2026'], related_chapter: 'life-economy' });
  });

  it('1. lead line → description, not body', () => {
    const description = '在峰会上，北京大学国家发展研究院发布《2026生活经济报告》（以下简称《报告》），指出提振消费需要重新发现并理解“每个人的生活”。';
    expect(doc.meta.description).toBe(description);
    expect(paragraphs).not.toContain(description);
    // It survives only once, as paragraph 2 with its leading clause.
    expect(paragraphs[1]).toBe('同时，' + description);
    expect(paragraphs.filter((p) => p.includes('在峰会上，北京大学国家发展研究院发布'))).toHaveLength(1);
    expect(paragraphs[0]!.startsWith('2026年1月28日，小红书在成都举办')).toBe(true);
  });

  it('2. repost note → original_source, publisher, reposted; no title or date is stated', () => {
    expect(doc.meta).toEqual({
      description: expect.any(String),
      original_source: '财联社',
      publisher: '财联社',
      published: null,
      reposted: true,
    });
    expect(blocks.some((b) => textOf(b).includes('本文转载自'))).toBe(false);
  });

  it('3. split heading after `:` is merged', () => {
    expect(textOf(headings[1]!)).toBe('一、政策锚点与学界共识：生活经济是提振内需的关键');
    expect(paragraphs).not.toContain('生活经济是提振内需的关键');
  });

  it('4. split heading after `,` is merged', () => {
    expect(textOf(headings[3]!)).toBe('三、回归个体需求，生活经济的反内卷新范式');
    expect(paragraphs).not.toContain('生活经济的反内卷新范式');
  });

  it('5. one-line heading keeps 「」 and the next line stays a paragraph', () => {
    expect(textOf(headings[2]!)).toBe('二、小红书蕴含着「生活经济」的什么信号');
    const next = after('二、小红书蕴含着「生活经济」的什么信号');
    expect(next?.type).toBe('paragraph');
    expect(textOf(next!).startsWith('北大国发院报告中指出，')).toBe(true);
  });

  it('6. line 22, a suffix of line 21, is dropped with a reason', () => {
    const hits = paragraphs.filter((p) => p.includes('Citywalk的爆发便是典型'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.startsWith('更重要的是，')).toBe(true);
    expect(hits[0]!.endsWith('这也是“生活经济”的一个侧面。')).toBe(true);
    // It closes section 二: the next block is heading 三.
    expect(blocks[blocks.indexOf(blocks.find((b) => textOf(b) === hits[0])!) + 1]).toBe(headings[3]);
    const entry = inp.ledger.entries().find((e) => e.reason === 'repeated paragraph');
    expect(entry).toMatchObject({ action: 'removed', count: 1 });
    const line22 = text.split('\n')[21]!;
    expect(entry!.charsOut).toBe(inkLength(line22));
    expect(doc.stats.repeatedParagraphs).toBe(1);
  });

  it('7. a phrase legitimately repeated in two paragraphs is kept in both, widened', () => {
    const phrase = '任何一个微小的需求表达，都能激活更多用户的经验分享';
    expect(paragraphs.filter((p) => p.includes(phrase))).toHaveLength(2);
  });

  it('8. Latin spaces inside the brand name stay', () => {
    expect(paragraphs.some((p) => p.includes('浙江桐乡90后，小红书D to the d主理人Dora'))).toBe(true);
  });

  it('9. trailing blank lines are dropped; the last paragraph ends the text', () => {
    const last = blocks[blocks.length - 1]!;
    expect(last.type).toBe('paragraph');
    expect(textOf(last).endsWith('为“内卷化”的市场指出一条新路。')).toBe(true);
    expect(blocks.every((b) => textOf(b).trim() === textOf(b) && textOf(b) !== '')).toBe(true);
    expect(doc.stats.blankLinesDropped).toBe(28);
  });

  it('has 2 intro paragraphs, then sections of 7, 7 and 6', () => {
    expect(sectionCounts()).toEqual([2, 7, 7, 6]);
    expect(doc.stats).toMatchObject({ paragraphs: 22, headings: 3, mergedHeadings: 2 });
  });

  it('widens all ASCII punctuation and keeps dashes, slips and currency-less amounts verbatim', () => {
    // sources.md: 111 `,`, 7 `:` and 2 `()` pairs, none between digits.
    expect([...raw].filter((c) => c === ',')).toHaveLength(111);
    expect([...raw].filter((c) => c === ':')).toHaveLength(7);
    expect([...raw].filter((c) => c === '(')).toHaveLength(2);
    const body = blocks.map(textOf).join('\n');
    expect(body).not.toMatch(/[,:;?!()]/);
    expect(body).toContain('——');
    expect(body).toContain('生活经济“表达—连接—激发”的需求链路');
    expect(body).toContain('Dora就在在小红书');
    expect(body).toContain('在当天的生活经济小峰会在发言中');
    expect(body).toContain('GMV突破8000万，');
    expect(body).not.toContain('8000万元');
    expect(body.match(/ /g)).toHaveLength(3);
  });

  it('balances the ledger exactly', () => {
    const t = inp.ledger.totals();
    expect(inkLength(text) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    const reasons = inp.ledger.entries().map((e) => `${e.action}:${e.reason}`);
    expect(reasons).toEqual([
      'inserted:editorial title',
      'moved:repost note → metadata',
      'removed:repeated paragraph',
      'removed:teaser repeats paragraph 2',
      'replaced:ASCII punctuation widened',
    ]);
  });

  it('reports no issues on the real seed', () => {
    expect(inp.issues.items).toEqual([]);
  });

  it('is deterministic', () => {
    expect(run().doc).toEqual(doc);
    expect(JSON.stringify(run().doc)).toBe(JSON.stringify(doc));
  });

  it('detects the article and none of the other seeds', () => {
    expect(article.detect(text).score >= 0.5).toBe(true);
    for (const s of manifest.sources.filter((x) => x.id !== source.id))
      expect(article.detect(normalizeInput(readFileSync(`seeds/${s.file}`, 'utf8'))).score >= 0.5, s.file).toBe(false);
  });
});

describe('article rules on other inputs', () => {
  const clean = (t: string, over: Partial<CleanInput> = {}) => run({ text: t, overrides: null, ...over });

  it('takes a teaser that equals a later paragraph outright, and keeps a first line that does not repeat', () => {
    const a = clean('第二段内容。\n第一段内容。\n第二段内容。\n');
    expect(a.doc.meta.description).toBe('第二段内容。');
    expect(a.doc.chapters[0]!.blocks.slice(1).map(textOf)).toEqual(['第一段内容。', '第二段内容。']);
    const b = clean('开头一句,并不重复。\n后来又说,别的事。\n');
    expect(b.doc.meta.description).toBeUndefined();
    expect(b.doc.chapters[0]!.blocks).toHaveLength(3);
  });

  it('does not treat a long leading clause as a teaser prefix', () => {
    const a = clean('后面的话。\n这是一个很长很长的开头从句,后面的话。\n');
    expect(a.doc.meta.description).toBeUndefined();
  });

  it('warns when a broken heading has no plausible continuation', () => {
    const a = clean('导语。\n一、标题断开:\n这是一个很长的段落,显然不是标题的后半部分,因为它有句号。\n');
    expect(a.doc.chapters[0]!.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(a.inp.issues.items).toHaveLength(1);
    expect(a.inp.issues.items[0]).toMatchObject({ severity: 'warning', location: `seeds/${source.file}:2:1` });
    expect(a.inp.issues.items[0]!.message).toContain('heading "一、标题断开:"');
  });

  it('keeps a numbered sentence as a paragraph', () => {
    const a = clean('导语。\n一、这是一句完整的话。\n');
    expect(a.doc.chapters[0]!.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('keeps a line that is merely a short prefix or suffix of the previous one', () => {
    const a = clean('导语。\n甲乙丙丁。戊己。\n甲乙丙丁。\n戊己庚辛。壬癸。\n壬癸。\n');
    expect(a.doc.chapters[0]!.blocks.slice(1).map(textOf)).toEqual(['导语。', '甲乙丙丁。戊己。', '甲乙丙丁。', '戊己庚辛。壬癸。', '壬癸。']);
    expect(a.doc.stats.repeatedParagraphs).toBe(0);
  });

  it('drops a paragraph equal to the previous one, or a long head or tail of it cut at a sentence boundary', () => {
    const s1 = '第一句话说的是一件相当重要而且需要展开的事情。';
    const s2 = '第二句话补充了更多的细节，读者会想要知道这些内容。';
    const a = clean(`导语。\n${s1}${s2}\n${s2}\n${s1}${s2}\n${s1}\n${s1}${s2}\n${s1}${s2}\n`);
    // s2 is the tail, s1 the head of s1s2; the equal copies go too (the last as a repeated line).
    expect(a.doc.chapters[0]!.blocks.slice(1).map(textOf)).toEqual(['导语。', s1 + s2]);
    expect(a.doc.stats.repeatedParagraphs).toBe(4);
    expect(a.doc.stats.repeatedLines).toBe(1);
    // A tail that does not start at a sentence boundary is not a paste: kept.
    const b = clean(`导语。\n${s1}${s2}\n${s2.slice(2)}\n`);
    expect(b.doc.stats.repeatedParagraphs).toBe(0);
  });

  it('drops a run of lines printed twice in a row', () => {
    const a = clean('标题一行\n副标题一行在这里\n标题一行\n副标题一行在这里\n正文第一段，说了一些话。\n');
    expect(a.doc.stats.repeatedLines).toBe(2);
    expect(a.inp.ledger.entries().find((e) => e.reason === 'repeated lines')).toMatchObject({ action: 'removed', count: 2 });
  });

  it('makes URLs links before widening punctuation', () => {
    const a = clean('导语。\n详见https://example.com/a,b?x=1,欢迎访问。\n');
    expect(a.doc.chapters[0]!.blocks[2]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: '详见' },
        { type: 'link', url: 'https://example.com/a,b?x=1', children: [{ type: 'text', value: 'https://example.com/a,b?x=1' }] },
        { type: 'text', value: '，欢迎访问。' },
      ],
    });
  });

  it('reports a bad override as an error naming the file and key', () => {
    const a = clean('导语。\n', { overrides: { related_chapters: 'x' } });
    expect(a.inp.issues.items).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: 'seeds/overrides/life-economy-2026.json',
        message: 'unexpected key "related_chapters"; check the spelling or remove it; fix the override file',
      }),
    ]);
  });

  it('reports blank input as an error', () => {
    const a = clean('\n\n');
    expect(a.inp.issues.hasErrors).toBe(true);
    expect(a.doc.chapters[0]!.blocks).toHaveLength(1);
  });
});
