/**
 * pdf-slices as a kind: every rule on the real documents of the corpus
 * (tests/fixtures/corpus/pdf-slices/, provenance beside each) and on the seed, so no rule is
 * tuned to one document. What each document looks like: docs/formats/pdf-slices.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSlices, joinWrapped, pdfSlices } from '../../../scripts/formats/pdf-slices.ts';
import { joinSlices, parseFileName } from '../../../scripts/formats/pdf-slices/slices.ts';
import { headerCandidates, learnHeader } from '../../../scripts/formats/pdf-slices/header.ts';
import { collapseDoubled, countDoubled, stripBoilerplate } from '../../../scripts/formats/pdf-slices/layer.ts';
import { outlineByPattern } from '../../../scripts/formats/pdf-slices/outline.ts';
import { cutLooseToc } from '../../../scripts/formats/pdf-slices/toc.ts';
import { FORMAT_MODULES } from '../../../scripts/formats/index.ts';
import type { CleanInput } from '../../../scripts/formats/types.ts';
import type { Block, CleanDoc } from '../../../scripts/lib/doc.ts';
import { IssueList } from '../../../scripts/lib/issues.ts';
import { Ledger, inkLength } from '../../../scripts/lib/ledger.ts';
import { inlineText, measureDoc } from '../../../scripts/lib/measure.ts';
import { normalizeInput } from '../../../scripts/lib/text.ts';
import { detectScript } from '../../../scripts/stages/detect.ts';

const DIR = 'tests/fixtures/corpus/pdf-slices';
const SEED = 'seeds/002_fba6d2f7506af8d3.txt';
const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const read = (name: string): string => normalizeInput(readFileSync(`${DIR}/${name}.txt`, 'utf8'));
const seedText = normalizeInput(readFileSync(SEED, 'utf8'));
const seedOverrides: unknown = JSON.parse(readFileSync('seeds/overrides/live-commerce-2024.json', 'utf8'));

function makeInput(text: string, id = 'doc', overrides: unknown = null): CleanInput {
  const script = detectScript(text).value;
  return {
    text,
    source: { id, file: `${id}.txt`, format: 'pdf-slices', script } as CleanInput['source'],
    overrides,
    ledger: new Ledger(),
    issues: new IssueList(id, 'clean'),
  };
}
function clean(name: string): { doc: CleanDoc; input: CleanInput } {
  const input = makeInput(read(name), name);
  return { doc: pdfSlices.clean(input), input };
}
const paragraphs = (doc: CleanDoc): string[] =>
  doc.chapters.flatMap((c) => c.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => inlineText(b.children)));
const headings = (doc: CleanDoc): string[] =>
  doc.chapters.flatMap((c) => c.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((b) => inlineText(b.children)));
const rules = (input: CleanInput): string[] => input.issues.items.map((i) => i.rule ?? '');

describe('the corpus is of this kind', () => {
  it('holds seven real documents besides the seed, two of them Traditional mirrors', () => {
    expect(names).toHaveLength(7);
    expect(names.filter((n) => detectScript(read(n)).value === 'Hant')).toEqual(['ccyxbj-nonferrous-hant', 'zhongcaozhi-output-shaft-hant']);
  });
  it.each(names)('%s scores ≥ 0.5, with evidence', (name) => {
    const d = detectSlices(read(name));
    expect(d.score).toBeGreaterThanOrEqual(0.5);
    expect(d.evidence).toMatch(/numbered windows/);
  });
  it('the other kinds’ seeds score low, the seed high', () => {
    for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) {
      const d = detectSlices(normalizeInput(readFileSync(`seeds/${f}`, 'utf8')));
      if (`seeds/${f}` === SEED) expect(d.score).toBeGreaterThanOrEqual(0.9);
      else expect(d.score, f).toBeLessThan(0.2);
    }
  });
  it('pdf-slices is the best-scoring kind for every corpus document', () => {
    for (const name of names) {
      const t = read(name);
      const scores = Object.values(FORMAT_MODULES).map((f) => ({ id: f.id, score: f.detect(t).score })).sort((a, b) => b.score - a.score);
      expect(scores[0]!.id, name).toBe('pdf-slices');
    }
  });
});

describe('chrome → metadata', () => {
  it('reads the site’s file name: publisher, category tag, date, page count', () => {
    expect(parseFileName('中国国际电子商务中心研究院:2024直播电商高质量发展报告(24页).pdf')).toEqual({
      title: '2024直播电商高质量发展报告',
      publisher: '中国国际电子商务中心研究院',
      pages: 24,
      kind: 'pdf',
    });
    expect(parseFileName('【公司研究】华润微-半导体IDM龙头聚焦于功率与特色工艺-20200228[24页].pdf')).toEqual({
      title: '华润微-半导体IDM龙头聚焦于功率与特色工艺',
      pages: 24,
      published: '2020-02-28',
      kind: 'pdf',
    });
    expect(parseFileName('汽车行业研究方法培训框架-211227(34页).pdf')).toMatchObject({ title: '汽车行业研究方法培训框架', published: '2021-12-27', pages: 34 });
    expect(parseFileName('这不是文件名')).toBeNull();
  });
  it('takes title and page count from the chrome line or a file-name line, drops the rest of the head', () => {
    const got = Object.fromEntries(
      names.map((n) => {
        const j = joinSlices(makeInput(read(n), n));
        return [n, { title: j.title, pages: j.meta.pdf_pages, windows: j.windows }];
      }),
    );
    expect(got).toEqual({
      '31doc-express-system': { title: '快递管理系统接货管理实验报告', pages: 22, windows: 2 },
      'ccyxbj-nonferrous-hant': { title: null, pages: undefined, windows: 3 },
      'sgpjbg-huarunwei': { title: '华润微-半导体IDM龙头聚焦于功率与特色工艺', pages: 24, windows: 3 },
      'taowenge-huada': { title: '克服偏见 还原财报背后的真相之华大基因', pages: 11, windows: 3 },
      'ziboxinyan-auto-framework': { title: '汽车行业研究方法培训框架', pages: 34, windows: 4 },
      'zhongcaozhi-output-shaft-hant': { title: '機械工藝輸出軸設計', pages: 18, windows: 3 },
      'zhuangpeitu-interchangeability': { title: '互换性与技术测量知识点', pages: 28, windows: 2 },
    });
  });
  it('no chrome at all is a warning, not an error', () => {
    const { input } = clean('ccyxbj-nonferrous-hant');
    expect(rules(input)).toContain('pdf-slices/no-chrome');
    expect(input.issues.hasErrors).toBe(false);
  });
  it('site chrome never reaches the text', () => {
    for (const n of names) {
      const text = paragraphs(clean(n).doc).join('\n') + headings(clean(n).doc).join('\n');
      for (const chrome of ['由会员分享', '上传人', '文档编号', '下载积分', '_第1页', '资源描述', '上海品茶', '三一文库', '淘文阁', '三个皮匠']) expect(text, n).not.toContain(chrome);
    }
  });
});

describe('the running header is learned, never known', () => {
  it('from the title, with its year taken off', () => {
    expect(headerCandidates('2024直播电商高质量发展报告')).toContain('直播电商高质量发展报告');
    const j = joinSlices(makeInput(seedText));
    expect(learnHeader(j.stream, j.title)).toMatchObject({ header: '直播电商高质量发展报告' });
  });
  it('a title the stream does not repeat is no header (the corpus previews)', () => {
    for (const n of names) {
      const j = joinSlices(makeInput(read(n), n));
      expect(learnHeader(j.stream, j.title), n).toBeNull();
    }
  });
  it('the page sequence is found without the overrides’ plan, and a plan gives the same', () => {
    const found = pdfSlices.clean(makeInput(seedText, 'seed', seedOverrides));
    const planned = pdfSlices.clean(makeInput(seedText, 'seed', { ...(seedOverrides as object), pages: { front: 2, body: 19, doubled: [1, 2] } }));
    expect(found.stats.pageMarkers).toBe(19);
    expect(planned.chapters).toEqual(found.chapters);
  });
  it('the seed without its overrides file publishes, with warnings only', () => {
    const input = makeInput(seedText, 'seed', null);
    const doc = pdfSlices.clean(input);
    expect(input.issues.hasErrors).toBe(false);
    expect(doc.chapters.map((c) => c.slug)).toEqual(['preface', 'ch-1', 'ch-2', 'ch-3', 'ch-4', 'ch-5', 'ch-6']);
  });
});

describe('text-layer artifacts', () => {
  it('doubled runs collapse in documents that show doubling, and only there', () => {
    const counts = Object.fromEntries(names.map((n) => [n, countDoubled(joinSlices(makeInput(read(n), n)).stream)]));
    expect(counts['31doc-express-system']).toBeLessThan(3);
    for (const n of ['31doc-express-system', 'zhongcaozhi-output-shaft-hant', 'zhuangpeitu-interchangeability']) expect(counts[n], n).toBeLessThan(3);
    for (const n of ['sgpjbg-huarunwei', 'taowenge-huada', 'ziboxinyan-auto-framework', 'ccyxbj-nonferrous-hant']) expect(counts[n], n).toBeGreaterThanOrEqual(3);
    expect(pdfSlices.clean(makeInput(seedText, 'seed', seedOverrides)).stats.doubledRunsCollapsed).toBe(0);
    const c = (s: string): string => collapseDoubled(s, new Ledger()).text;
    expect(c('请务必阅读正文之后的请务必阅读正文之后的重要声明重要声明部分部分 评级:买入评级:买入( (首次首次) )')).toBe('请务必阅读正文之后的重要声明部分 评级:买入(首次)');
    expect(c('克服偏见克服偏见 还原财报背后的真相还原财报背后的真相之之华大基因华大基因 1 1 引子引子')).toBe('克服偏见 还原财报背后的真相之华大基因 1 引子');
    expect(c('证券研究报告证券研究报告 汽车行业研究方法培训框架汽车行业研究方法培训框架 20212021年年1212月月2727日日 产能要素分析产能要素分析')).toBe(
      '证券研究报告 汽车行业研究方法培训框架 2021年12月27日 产能要素分析',
    );
    // Alone, a reduplicated word stays.
    expect(c('年年增长,天天向上,看看再说')).toBe('年年增长,天天向上,看看再说');
  });
  it('report footers, watermarks, page counters, template markers, lost characters, chart axes', () => {
    const l = new Ledger();
    const p = stripBoilerplate(
      '请务必阅读正文之后的声明 VWkUkZdYmUdYMBxU7NcM9PoMrRsQpOiNoPpNfQmOuMaQoPnMwMtRrONZmQzQ请务必阅读末页的免责声明 1 / 24 Table_Page 局面或加??;钼价 0%0%1%1%2%2%3%3%4%4%5%5%6%6%7%7%2003/3/312003/3/31 总股本 1,215.93 元/盎司 1/24',
      l,
    );
    expect(p).toMatchObject({ footers: 2, watermarks: 1, mojibake: 1, axisRuns: 1 });
    expect(p.text.replace(/\s+/g, ' ').trim()).toBe('局面或加;钼价 总股本 1,215.93 元/盎司 1/24');
    // A spaced fraction in prose and a flattened table row stay.
    const keep = '约 1 / 3 的用户 增长率 yoy% 12.1% 13.5% 14.2% 15.8% 16.1% 17.0% 18.2% 19.9%';
    expect(stripBoilerplate(keep, new Ledger()).text).toBe(keep);
    // Each rule fires on more than one real document.
    const stats = Object.fromEntries(names.map((n) => [n, clean(n).doc.stats]));
    expect(names.filter((n) => Number(stats[n]!.reportFooters) > 0)).toEqual(['ccyxbj-nonferrous-hant', 'sgpjbg-huarunwei', 'ziboxinyan-auto-framework']);
    // Lost characters in both Traditional mirrors: `加??;` and Φ lost before diameters.
    expect(names.filter((n) => Number(stats[n]!.lostCharacters) > 0)).toEqual(['ccyxbj-nonferrous-hant', 'zhongcaozhi-output-shaft-hant']);
    const shaft = paragraphs(clean('zhongcaozhi-output-shaft-hant').doc).join('');
    expect(shaft).toContain('其主要加工的面：55、60、65、75、176的外圆柱面，50、80、104的内孔，10个20的通孔');
  });
  it('a line-wrap space inside prose is joined; title-block and label spaces stay', () => {
    expect(joinWrapped('我发表的华大基因,为了上市而上市的公号文章指出:华大 基因从财报层面来说')).toBe('我发表的华大基因,为了上市而上市的公号文章指出:华大基因从财报层面来说');
    expect(joinWrapped('华润集团半导体投资运营平台,历 史可以追溯到')).toBe('华润集团半导体投资运营平台,历史可以追溯到');
    expect(joinWrapped('证券研究报告 汽车行业研究方法培训框架 2021年')).toBe('证券研究报告 汽车行业研究方法培训框架 2021年');
    expect(joinWrapped('产能 销量 库存 价格 成本 资料来源:渤海证券')).toBe('产能 销量 库存 价格 成本 资料来源:渤海证券');
    const text = names.map((n) => paragraphs(clean(n).doc).join('')).join('');
    for (const wrapped of ['华大 基因', '历 史', '云铝股 份', '美 元指数', '精 力']) expect(text).not.toContain(wrapped);
  });
  it('Traditional is converted (opencc t→cn, shared with pinyin-annotated)', () => {
    const { doc } = clean('ccyxbj-nonferrous-hant');
    const text = paragraphs(doc).join('');
    expect(text).toContain('金价稳中仍上行，锂钴预期或改善');
    expect(text).not.toMatch(/[價鋰鈷預屬]/u);
  });
});

describe('structure: from the TOC when there is one, else by pattern', () => {
  it('一、 headings (a slide deck) and 1 标题 headings (a research note)', () => {
    expect(headings(clean('ziboxinyan-auto-framework').doc)).toEqual(['汽车行业研究方法培训框架', '一、研究框架：汽车行业分析五要素']);
    expect(headings(clean('taowenge-huada').doc)).toEqual(['1引子', '2一家主业为基因检测与分析的公司']);
  });
  it('the document’s own title line becomes its title, not a chapter', () => {
    const { doc } = clean('taowenge-huada');
    expect(doc.meta.title).toBe('克服偏见 还原财报背后的真相之华大基因');
    expect(doc.chapters.map((c) => c.slug)).toEqual(['ch-1', 'ch-2']);
    const z = clean('zhuangpeitu-interchangeability').doc;
    expect(paragraphs(z)[0]!.startsWith('第1章绪言互换性是指')).toBe(true);
  });
  it('a loose TOC (- N - pages, dot leaders) is cut up to where its first entry is printed again', () => {
    expect(cutLooseToc('目 录引 言- 1 -1 系统分析- 3 -1.1需求分析- 3 -引 言近几年来,', new Ledger())).toBe('引 言近几年来,');
    expect(cutLooseToc('目录 1、零件图 2... 2、零件的工艺分析 3.. 1.1 零件结构功用分析 3... 1、零件图 2、零件的工艺分析', new Ledger())).toBe('1、零件图 2、零件的工艺分析');
    expect(cutLooseToc('目录 没有页码的目录 正文', new Ledger())).toBe('目录 没有页码的目录 正文');
    const z = clean('zhongcaozhi-output-shaft-hant').doc;
    expect(headings(z)).toEqual(['1、零件图', '2、零件的工艺分析及生产类型的确定', '1.1零件结构功用分析', '1.2零件的工艺分析']);
    expect(paragraphs(z).join('')).not.toMatch(/\.{2,}/);
    const { doc } = clean('31doc-express-system');
    expect(doc.chapters.map((c) => `${c.slug}: ${c.title}`)).toEqual(['preface: 引言']);
    expect(paragraphs(doc).join('')).not.toMatch(/- \d+ -/);
  });
  it('no heading pattern: one chapter titled by the document', () => {
    const { doc } = clean('sgpjbg-huarunwei');
    expect(doc.chapters.map((c) => `${c.slug}: ${c.title}`)).toEqual(['main: 华润微-半导体IDM龙头聚焦于功率与特色工艺']);
    const sections = outlineByPattern('没有标题的正文。只有句子。', '正文').sections;
    expect(sections.map((s) => s.heading)).toEqual(['正文']);
  });
  it('a cut-off preview is marked on its last chapter; the complete seed is not', () => {
    const cut = names.filter((n) => clean(n).doc.chapters.at(-1)!.meta.truncated === true);
    expect(cut).toEqual(names);
    for (const n of names) expect(rules(clean(n).input)).toContain('pdf-slices/truncated');
    const seed = pdfSlices.clean(makeInput(seedText, 'seed', seedOverrides));
    expect(seed.chapters.some((c) => c.meta.truncated)).toBe(false);
  });
});

describe('every corpus document', () => {
  it.each(names)('%s: no errors, ledger balances, no ASCII , ; next to Chinese', (name) => {
    const { doc, input } = clean(name);
    expect(input.issues.items.filter((i) => i.severity === 'error')).toEqual([]);
    const t = input.ledger.totals();
    expect(inkLength(input.text) - t.removed - t.moved + t.inserted).toBe(measureDoc(doc).total);
    // ASCII punctuation inside an ASCII run (`Wind, 5`, `pb(lf)`) is literal text and stays
    // (scripts/lib/text.ts widenPunctuation).
    for (const p of paragraphs(doc)) expect(p).not.toMatch(/\p{Script=Han}[,;]|[,;]\p{Script=Han}/u);
  });
});

describe('docs/formats/pdf-slices.md', () => {
  // Spans in the doc that are patterns, notation or clean results, not raw text.
  const NOT_RAW = new Set(['一 chapter title', '經(jīng)', '出版方:标题', '年年增长', '天天', '请务必阅读…声明', '二〇二五年五月', '引言', '摘要', '一、标题 ', '1 标题 ', '三/2', '…取得新进展。', '〇', '1、标题 ', '1.1 标题 ', '、? 55', '、55', '零件图 2...']);
  it('every raw example is a substring of the seed or a corpus document', () => {
    const md = readFileSync('docs/formats/pdf-slices.md', 'utf8');
    const texts = [seedText, ...names.map(read)].map((t) => t);
    const missing = [...md.matchAll(/`([^`]+)`/g)]
      .map((m) => m[1]!)
      .filter((x) => /\p{Script=Han}/u.test(x) && !NOT_RAW.has(x))
      .filter((x) => !texts.some((t) => t.includes(x.replace(/\\n/g, '\n'))));
    expect(missing).toEqual([]);
  });
});

describe('cost', () => {
  it('grows linearly: 8× the text takes well under 16× the time', () => {
    const unit = read('taowenge-huada').replace(/\n/g, '');
    const time = (n: number): number => {
      const input = makeInput(unit.repeat(n), 'big');
      const t0 = performance.now();
      pdfSlices.clean(input);
      return performance.now() - t0;
    };
    time(5);
    const small = time(25);
    const big = time(200);
    expect(big).toBeLessThan(Math.max(16 * small, 1500));
  });
});
