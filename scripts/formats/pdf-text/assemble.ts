/**
 * Units → chapters (docs/formats/pdf-text.md, "Chapters"). A chapter starts at each heading of
 * the highest numbering level the report uses (第X章, else 一、, else （一）) and at each part
 * title (前言, 摘要, 参考文献, 附件…); lower levels become depth 2–4 headings. A heading printed
 * without its numbering is found by its title in the TOC. Text before the first heading is an
 * untitled opening chapter. A 案例 box becomes a case callout that runs to the next heading, its
 * short sub-heads becoming depth-4 headings inside it. In a hard-wrapped export, runs of short
 * standalone lines (a table flattened one cell per line) become a list.
 */
import type { Block, Chapter } from '../../lib/doc.ts';
import { inlineText } from '../../lib/measure.ts';
import { cnNumber, CN_NUM, type Ctx } from './context.ts';
import { parseFigure } from './figures.ts';
import { parseDef, type NoteDef } from './footnotes.ts';
import { chapterTitle, subsectionTitle } from './headings.ts';
import { toInlines } from './inline.ts';
import type { Unit } from './joins.ts';
import { classify, type Line, type LineKind } from './lines.ts';
import type { Overrides } from './overrides.ts';
import { partSlug } from './regions.ts';
import { joinText } from './pages.ts';
import { parseTable } from './tables.ts';
import { bareTitle, type TocEntry } from './toc.ts';

type Callout = Extract<Block, { type: 'callout' }>;

export interface Assembled {
  chapters: Chapter[];
  /** Definitions with the index of the chapter they sit in. */
  defs: { def: NoteDef; chapter: number }[];
}

export interface AssembleOptions {
  overrides: Overrides;
  toc: readonly TocEntry[];
  /** The report's title, for an opening chapter that has no heading. */
  title: string | undefined;
  /** Hard-wrapped export: group runs of short lines into lists. */
  wrapped: boolean;
}

const CASE = new RegExp(`^(案例|专栏)\\s*(${CN_NUM}|\\d{1,2})\\s*[：:]\\s*`, 'u');
const NUMBER = new RegExp(`^第(${CN_NUM})(?:章|篇|部分)|^(${CN_NUM})、|^[（(](${CN_NUM})[)）]`, 'u');
const LEVELS: readonly LineKind[] = ['chapter', 'section', 'subsection', 'numbered', 'paren'];
const HEADING_MAX = 60;

/** Does this unit read as a heading (short, no sentence end), given its numbering kind? */
function isHeading(u: Unit): boolean {
  if (!LEVELS.includes(u.kind as LineKind)) return false;
  if (u.kind === 'chapter') return true;
  const t = u.text;
  if ([...t].length > HEADING_MAX || /[。！？]$/.test(t)) return false;
  return (u.kind !== 'numbered' && u.kind !== 'paren') || !/[；，、：]$/.test(t);
}

function newChapter(slug: string, title: string, heading: Extract<Block, { type: 'heading' }> | null, meta: Chapter['meta'] = {}): Chapter {
  return { slug, title, blocks: heading ? [heading] : [], footnotes: [], meta };
}

/**
 * A heading the page break cut in two (`（十）…携手构建网络空间` / page / `命运共同体`): the
 * heading and the short line after it together are a TOC title, the heading alone is not.
 */
function rejoinHeadings(units: readonly Unit[], toc: readonly TocEntry[]): Unit[] {
  const titles = new Set(toc.map((e) => e.title.replace(/\s+/g, '')));
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    let k = i + 1;
    while (units[k]?.kind === 'def') k++;
    const next = units[k];
    const flat = (t: string): string => t.replace(/\s+/g, '');
    if (LEVELS.includes(u.kind as LineKind) && next && (next.kind === 'short' || next.kind === 'paragraph') && !titles.has(flat(u.text)) && titles.has(flat(u.text + next.text))) {
      out.push({ ...u, text: joinText(u.text, next.text) } as Unit, ...units.slice(i + 1, k));
      i = k;
      continue;
    }
    out.push(u);
  }
  return out;
}

/** Headings the body prints without their numbering: found by the TOC's titles. */
function tocHeadings(input: readonly Unit[], toc: readonly TocEntry[]): Unit[] {
  const units = rejoinHeadings(input, toc);
  const byTitle = new Map<string, LineKind | 'part'>();
  for (const e of toc) {
    if (e.list) continue;
    const k = partSlug(e.title) ? 'part' : classify(e.title);
    byTitle.set(bareTitle(e.title), LEVELS.includes(k as LineKind) ? k : 'part');
  }
  return units.map((u) => {
    if ((u.kind !== 'short' && u.kind !== 'paragraph') || [...u.text].length > 40 || /[。！？；，]$/.test(u.text)) return u;
    const k = byTitle.get(bareTitle(u.text));
    if (!k) return u;
    return k === 'part' ? { ...u, kind: 'short', part: true } : ({ ...u, kind: k } as unknown as Unit);
  });
}

/**
 * A short unnumbered line right before a heading whose numbering starts again at 一 (`欧盟：…`
 * before `一、立法总体情况`) is the title of a part above the numbered levels.
 */
function restartTitles(units: Unit[]): Unit[] {
  const restarts: number[] = [];
  units.forEach((u, i) => {
    if (!isHeading(u) || !/^(?:一、|[（(]一[)）]|第一[章篇])/u.test(u.text)) return;
    let k = i - 1;
    while (k >= 0 && units[k]!.kind === 'def') k--;
    const t = units[k];
    if (t && (t.kind === 'short' || t.kind === 'paragraph') && [...t.text].length <= 40 && !/[。！？；，、]$/.test(t.text) && !/^(?:▲|图|表|注|来源|数据来源|资料来源)/u.test(t.text)) restarts.push(k);
  });
  if (restarts.length < 2) return units;
  return units.map((u, i) => (restarts.includes(i) ? ({ kind: 'short', text: u.text, line: u.line, part: true } satisfies Unit) : u));
}

/** The title of a page of back matter: a statement, or a page about the publisher. */
const BACK_TITLE = /^(?:声明|免责声明|法律声明|关于[\p{Script=Han}A-Za-z]{1,12})$/u;

/**
 * Back matter after the last chapter (`声明`, `关于炼石`): a short title opening one of the last
 * pages (the last seventh of the document) opens a chapter of its own, so the publisher's
 * pages do not end the last chapter's text.
 */
function backMatter(units: readonly Unit[]): Unit[] {
  const last = Math.max(0, ...units.map((u) => u.line.page));
  if (last < 7) return [...units];
  return units.map((u, i) => {
    const first = i === 0 || units[i - 1]!.line.page !== u.line.page;
    const title = (u.kind === 'short' || u.kind === 'paragraph') && BACK_TITLE.test(u.text.replace(/\s+/g, ''));
    return first && title && u.line.page > last * (6 / 7) ? ({ kind: 'short', text: u.text, line: u.line, part: true, slug: 'about' } satisfies Unit) : u;
  });
}

export function assemble(input: readonly Unit[], opts: AssembleOptions, ctx: Ctx): Assembled {
  const numbered = restartTitles(opts.toc.length ? tocHeadings(input, opts.toc) : [...input]);
  // Back matter titles do not put the numbered levels below parts.
  const titled = numbered.some((u) => u.part && partSlug(u.text) === null);
  const units = backMatter(numbered);
  const chapters: Chapter[] = [];
  const defs: Assembled['defs'] = [];
  const slugs = new Map<string, number>();
  const slug = (base: string): string => {
    const n = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  // The top level is the highest one the report uses at least twice (one stray match is not a
  // level), else the highest it uses at all; the levels below it follow in order.
  const count = (k: LineKind): number => units.filter((u) => u.kind === k && isHeading(u)).length;
  const used = LEVELS.filter((k) => count(k) > 0);
  const first = used.find((k) => count(k) >= 2) ?? used[0];
  const levels = first ? used.slice(used.indexOf(first)) : [];
  // With titled parts, every numbered level sits below them.
  const top = titled ? undefined : levels[0];
  const depthOf = (k: LineKind): 1 | 2 | 3 | 4 => Math.min(4, levels.indexOf(k) + (titled ? 2 : 1)) as 1 | 2 | 3 | 4;

  let callout: Callout | null = null;
  const figures = new Set<number>();
  const current = (at: Line): Chapter => {
    let ch = chapters[chapters.length - 1];
    if (!ch) {
      // Text before any heading: an opening chapter titled after the report.
      ch = newChapter(slug('intro'), opts.title ?? '正文', null);
      chapters.push(ch);
      ctx.count('untitledOpening');
      ctx.issues.warn(`expected a heading (第一章, 一、, 前言…) before the first text, found "${at.text.slice(0, 20)}"; it opens an untitled chapter`, ctx.at(at.offset), {
        rule: 'pdf-text/untitled-opening',
      });
    }
    return ch;
  };
  const push = (b: Block, at: Line): void => {
    const ch = current(at);
    if (callout) callout.children.push(b);
    else ch.blocks.push(b);
  };
  const heading = (depth: 1 | 2 | 3 | 4, text: string): Extract<Block, { type: 'heading' }> => ({ type: 'heading', depth, children: toInlines(text, ctx) });

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // Text right after a table of contents that no heading opens: the untitled start of the body.
    if (u.line.afterToc && chapters.length && !isHeading(u) && u.kind !== 'case' && !(u.kind === 'short' && (u.part || partSlug(u.text)))) {
      callout = null;
      chapters.push(newChapter(slug('intro'), opts.title ?? '正文', null));
    }
    const part = (u.kind === 'short' || u.kind === 'paragraph') && (u.part || partSlug(u.text) !== null) ? (partSlug(u.text) ?? u.slug ?? 'part') : null;
    if (part) {
      callout = null;
      let title = u.text;
      // `附件` alone on its line, its name on the next: one title, as the TOC writes it.
      const next = units[i + 1];
      if (part === 'appendix' && /^(?:附件|附录)[一二三四五六七八九十\dA-Z]*$/u.test(title.replace(/\s+/g, '')) && next && (next.kind === 'short' || next.kind === 'paragraph') && [...next.text].length <= 40 && !/[。！？；，]$/.test(next.text)) {
        // The colon the TOC prints between them (附件：名称) keeps the two apart.
        ctx.ledger.insert('colon between 附件 and its name', '：');
        title = `${title}：${next.text}`;
        i++;
      } else if (part === 'appendix') {
        // `附件 数据分类分级列表`: the space between them would vanish beside CJK; a colon stays.
        const m = /^((?:附件|附录)[一二三四五六七八九十\dA-Z]*)\s+(\S.*)$/u.exec(title);
        if (m) {
          ctx.ledger.insert('colon between 附件 and its name', '：');
          title = `${m[1]}：${m[2]}`;
        }
      }
      const h = heading(1, title);
      chapters.push(newChapter(slug(part), inlineText(h.children), h));
      continue;
    }
    if (isHeading(u) && levels.includes(u.kind as LineKind)) {
      callout = null;
      const kind = u.kind as LineKind;
      if (kind === top) {
        let text = u.text;
        if (kind === 'chapter') {
          // A short line right after a chapter line is the rest of its title.
          const next = units[i + 1];
          const cont = next?.kind === 'short' ? next.text : '';
          if (cont) i++;
          text = chapterTitle(u.text, cont);
        } else if (kind === 'subsection') text = subsectionTitle(u.text, ctx);
        const m = NUMBER.exec(u.text);
        const n = cnNumber(m?.[1] ?? m?.[2] ?? m?.[3] ?? '');
        const h = heading(1, text);
        chapters.push(newChapter(slug(Number.isNaN(n) ? 'part' : `ch-${n}`), inlineText(h.children), h, Number.isNaN(n) ? {} : { number: n }));
      } else push(heading(depthOf(kind), kind === 'subsection' ? subsectionTitle(u.text, ctx) : u.text), u.line);
      continue;
    }
    switch (u.kind) {
      case 'case': {
        callout = null;
        const m = CASE.exec(u.text);
        ctx.ledger.move('case number → n', (m?.[0] ?? '').trim());
        // The box keeps the source's own name (案例一, 专栏1), not a generic label.
        const num = m?.[2] ?? '';
        const box: Callout = {
          type: 'callout',
          kind: 'case',
          n: /^\d+$/.test(num) ? Number(num) : cnNumber(num),
          title: toInlines(u.text.slice(m?.[0].length ?? 0), ctx),
          attrs: { label: `${m?.[1] ?? '案例'}${num}` },
          children: [],
        };
        push(box, u.line);
        callout = box;
        break;
      }
      case 'short': {
        if (callout) {
          callout.children.push({ type: 'heading', depth: 4, children: toInlines(u.text, ctx) });
          break;
        }
        // A table printed one cell per line: a run of short lines reads as a list.
        let k = i;
        const plain = (x: Unit | undefined): boolean => x?.kind === 'short' && !x.part && !partSlug(x.text);
        while (opts.wrapped && plain(units[k + 1])) k++;
        if (k - i >= 2) {
          push({ type: 'list', items: units.slice(i, k + 1).map((x) => toInlines(x.text, ctx)) }, u.line);
          ctx.count('shortLineLists');
          i = k;
        } else push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
        break;
      }
      case 'paragraph':
      case 'chapter':
      case 'section':
      case 'subsection':
      case 'numbered':
      case 'paren':
        // Numbered lines that read as sentences stay paragraphs.
        push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
        break;
      case 'figure': {
        const n = Number(/^图\s*(\d+)/.exec(u.text)?.[1]);
        if (figures.has(n)) {
          // A second 图 n (an appendix numbering its figures anew): the caption stays text.
          ctx.issues.warn(`expected one figure per number, found 图 ${n} again; this caption is kept as text`, ctx.at(u.line.offset), { rule: 'pdf-text/figure-number-repeated' });
          push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
          break;
        }
        figures.add(n);
        const fig = parseFigure(u.line, u.text, opts.overrides, ctx);
        push(fig, u.line);
        break;
      }
      case 'image':
        ctx.count('imagePlaceholders');
        break;
      case 'table-caption': {
        const rows: Line[] = [];
        while (units[i + 1]?.kind === 'table-row') rows.push((units[++i] as Unit).line);
        if (rows.length < 2) {
          // A caption whose table did not survive as tab-separated rows: the caption is text.
          push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
          for (const r of rows) push({ type: 'paragraph', children: toInlines(r.text, ctx) }, r);
          break;
        }
        const { table, months } = parseTable(u.line, rows, ctx);
        push(months.length ? { ...table, isoDates: months } : table, u.line);
        break;
      }
      case 'table-row':
        // A tab-separated line with no caption above it: its cells read as one line.
        push({ type: 'paragraph', children: toInlines(u.text.replace(/\t+/g, ' '), ctx) }, u.line);
        ctx.count('strayTableRows');
        break;
      case 'def':
        defs.push({ def: parseDef(u.line, ctx), chapter: Math.max(chapters.length - 1, 0) });
        break;
    }
  }
  return { chapters, defs };
}
