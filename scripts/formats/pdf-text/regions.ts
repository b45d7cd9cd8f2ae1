/**
 * The export's parts (docs/formats/pdf-text.md, "Parts"): the cover before the first part, a
 * copyright page, tables of contents (目录, 图目录, 表目录), the body, and a closing colophon
 * (本报告版权…, or a back cover of contact lines: 地址：, 电话：, 邮箱：).
 * Every part is optional: a report without a cover, a TOC or a 前言 is still a report, and what
 * is missing is a warning, never a rejection. Part titles printed letter-spaced over two lines
 * (`前` / `言`) are put back together here.
 */
import type { Ctx } from './context.ts';
import type { Line } from './lines.ts';

export interface Regions {
  front: Line[];
  /** 版权声明 and its text: moved to metadata. */
  copyright: Line[];
  /** Every TOC line (目录, 图目录, 表目录), dropped but kept to check the outline. */
  toc: Line[];
  /** Everything a reader reads, part titles included, in order. */
  body: Line[];
  colophon: Line[];
}

/** Part titles that open a chapter of their own, with the slug that chapter gets. */
export const PARTS: readonly [RegExp, string][] = [
  [/^(?:前言|序言|序|引言|导言|卷首语)$/u, 'preface'],
  [/^(?:摘要|内容摘要|报告摘要|执行摘要|核心观点|主要发现)$/u, 'summary'],
  [/^(?:编写说明|编制说明|说明)$/u, 'notes'],
  [/^(?:结语|结束语|总结|后记)$/u, 'closing'],
  [/^(?:参考文献|参考资料)$/u, 'references'],
  [/^(?:致谢|鸣谢)$/u, 'thanks'],
];
const TOC = /^(?:目录|目次)$/u;
const LIST_TOC = /^(?:图|表|图表)目录$/u;
const COPYRIGHT = /^版权(?:声明|说明)$/u;
const COLOPHON = /^本报告版权/;
/** Lines of a back cover: who to contact. */
const CONTACT = /^(?:地址|邮编|邮政编码|电话|联系电话|传真|网址|官网|邮箱|电子邮箱|E-?mail|联系方式|联系人|微信公众号)\s*[：:]/iu;

/** The first line of a last page that is a back cover (mostly contact lines), or -1. */
function backCover(lines: readonly Line[]): number {
  const filled = lines.filter((l) => l.text !== '');
  const last = filled[filled.length - 1]?.page ?? 0;
  if (last === 0) return -1;
  const page = lines.filter((l) => l.page === last && l.text !== '');
  const contacts = page.filter((l) => CONTACT.test(l.text)).length;
  if (page.length === 0 || contacts < 2 || contacts < page.length * 0.4) return -1;
  return lines.indexOf(page[0]!);
}
const HEADING_KINDS = new Set(['chapter', 'section']);

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** 附录, 附件一, 附件 1：名称, 附录A 名称: an appendix title (not a sentence). */
const APPENDIX = /^(?:附录|附件)[一二三四五六七八九十\dA-Z]*(?:\s+\S.*|[：:].*)?$/u;

/** The slug of a part title (`前 言` → preface, `附件 数据分类分级列表` → appendix), or null. */
export function partSlug(text: string): string | null {
  const t = squeeze(text);
  for (const [re, slug] of PARTS) if (re.test(t)) return slug;
  if (APPENDIX.test(text.trim()) && !/[。！？；]$/.test(text) && [...t].length <= 30) return 'appendix';
  return null;
}

const isMarker = (text: string): boolean => partSlug(text) !== null || TOC.test(squeeze(text)) || LIST_TOC.test(squeeze(text)) || COPYRIGHT.test(squeeze(text));

/**
 * `前` / (blank) / `言` → one line `前言` at the first line's place; the second line's ink moves
 * into it, so nothing is lost. Only two-character part titles are rejoined this way.
 */
function rejoinSpacedTitles(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if ([...l.text].length === 1 && /\p{Script=Han}/u.test(l.text)) {
      let k = i + 1;
      while (k < lines.length && lines[k]!.text === '') k++;
      const next = lines[k];
      if (next && next.page === l.page && [...next.text].length === 1 && isMarker(l.text + next.text)) {
        out.push({ ...l, text: l.text + next.text, kind: 'short', width: l.width + next.width });
        i = k;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * Is this a TOC entry with a page number: `title<TAB>12`, `title……12`, `title ..... 12`, or a
 * numbered title with the number glued on (`（三）…发展动力51`)?
 */
export const PAGED_ENTRY = /^(.+?)\s*(?:\t|[.．·…]{2,}|\s{2,}|(?<=[^\d\s])\s)\s*(\d{1,3})$|^((?:第[一二三四五六七八九十]+[章篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|附件|附录).{3,}?[^\d\s.．])(\d{1,3})$/u;
const PAGE_ONLY = /^\d{1,3}$/;

/** Is a line part of a TOC in the given style? */
function tocLine(l: Line, paged: boolean): boolean {
  if (l.text === '' || PAGE_ONLY.test(l.text) || LIST_TOC.test(squeeze(l.text))) return true;
  if (PAGED_ENTRY.test(l.text) || l.text.includes('\t')) return true;
  if (paged) return false;
  // A TOC without page numbers after its titles: short heading-like lines.
  return l.width <= 60 && !/[。！？；]$/.test(l.text);
}

export function findRegions(raw: readonly Line[], ctx: Ctx): Regions {
  const lines = rejoinSpacedTitles(raw);
  const filled = lines.filter((l) => l.text !== '');
  const where = ctx.at(filled[0]?.offset ?? 0);

  // The cover: everything before the first part title or heading, unless that is far away.
  let frontEnd = lines.findIndex((l) => isMarker(l.text) || HEADING_KINDS.has(l.kind));
  const firstProse = lines.findIndex((l) => l.kind === 'body' && /[。！？]$/.test(l.text));
  if (frontEnd < 0 || (firstProse >= 0 && firstProse < frontEnd)) {
    // No part title before the text: the cover is the first page, if pages are known.
    const firstBreak = lines.findIndex((l) => l.page > 0);
    frontEnd = firstBreak > 0 && (firstProse < 0 || firstBreak <= firstProse) ? firstBreak : 0;
  }
  const front = lines.slice(0, frontEnd);
  if (front.every((l) => l.text === ''))
    ctx.issues.warn('expected a cover (title, publisher, date) before the first part, found none', where, {
      rule: 'pdf-text/no-cover',
      hint: 'the title and publisher come from seeds/sources.json or the file name instead',
    });

  const copyright: Line[] = [];
  const toc: Line[] = [];
  const body: Line[] = [];
  const back = backCover(lines);
  const found = lines.findIndex((l, j) => j >= frontEnd && COLOPHON.test(l.text));
  const colophonAt = found >= 0 ? found : back > frontEnd ? back : -1;
  const end = colophonAt < 0 ? lines.length : colophonAt;
  let sawToc = false;
  let leftToc = false;
  for (let i = frontEnd; i < end; i++) {
    const l = lines[i]!;
    const t = squeeze(l.text);
    if (COPYRIGHT.test(t)) {
      // The copyright page: its title and text up to the next part or page.
      copyright.push(l);
      while (i + 1 < end && !isMarker(lines[i + 1]!.text) && lines[i + 1]!.page === l.page) copyright.push(lines[++i]!);
      continue;
    }
    if (TOC.test(t) || LIST_TOC.test(t)) {
      sawToc = true;
      toc.push(l);
      // Paged when most of the first entries end in a page number.
      const sample = lines.slice(i + 1, i + 12).filter((x) => x.text !== '' && !PAGE_ONLY.test(x.text));
      const paged = sample.filter((x) => PAGED_ENTRY.test(x.text) || x.text.includes('\t')).length * 2 > sample.length;
      // A paged TOC may group entries under unpaged part lines (第一篇): such a line stays in the
      // TOC when the next filled line is a paged entry again.
      const pagedNext = (j: number): boolean => {
        let k = j + 1;
        while (k < end && lines[k]!.text === '') k++;
        const n = lines[k];
        return n !== undefined && (PAGED_ENTRY.test(n.text) || n.text.includes('\t'));
      };
      while (i + 1 < end && (tocLine(lines[i + 1]!, paged) || (paged && lines[i + 1]!.width <= 80 && pagedNext(i + 1))) && !(partSlug(lines[i + 1]!.text) && lines[i + 1]!.page !== l.page)) {
        const next = lines[i + 1]!;
        // An unpaged TOC ends at the page break: the body starts on the next page.
        if (!paged && next.page !== lines[i]!.page && next.text !== '' && !LIST_TOC.test(squeeze(next.text))) break;
        toc.push(lines[++i]!);
      }
      leftToc = true;
      continue;
    }
    // The first text after a TOC opens the body: it is not the end of the part before the TOC.
    if (leftToc && l.text !== '') {
      body.push({ ...l, afterToc: true });
      leftToc = false;
    } else body.push(l);
  }
  if (!sawToc)
    ctx.issues.warn('expected a table of contents (目录), found none', where, {
      rule: 'pdf-text/no-toc',
      hint: 'headings are found by their numbering (第一章, 一、, （一）) instead',
    });
  return { front, copyright, toc, body, colophon: lines.slice(end) };
}
