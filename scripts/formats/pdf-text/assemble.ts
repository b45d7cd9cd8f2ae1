/**
 * Units → chapters. One chapter per page: 前言, then 第一章…第六章, each starting with its
 * depth-1 heading. 一、 and （一） become depth 2 and 3; a 案例 box becomes a case callout that
 * runs to the next heading, its short sub-heads becoming depth-4 headings inside it.
 */
import type { Block, Chapter } from '../../lib/doc.ts';
import { inlineText } from '../../lib/measure.ts';
import { cnNumber, CN_NUM, type Ctx } from './context.ts';
import { parseFigure } from './figures.ts';
import { parseDef, type NoteDef } from './footnotes.ts';
import { chapterTitle, subsectionTitle } from './headings.ts';
import { toInlines } from './inline.ts';
import type { Unit } from './joins.ts';
import type { Line } from './lines.ts';
import type { Overrides } from './overrides.ts';
import { parseTable } from './tables.ts';

type Callout = Extract<Block, { type: 'callout' }>;

export interface Assembled {
  chapters: Chapter[];
  /** Definitions with the index of the chapter they sit in. */
  defs: { def: NoteDef; chapter: number }[];
}

const CASE = new RegExp(`^案例(${CN_NUM})[：:]\\s*`, 'u');
const CHAPTER_NO = new RegExp(`^第(${CN_NUM})章`, 'u');

function newChapter(slug: string, heading: Block & { type: 'heading' }, meta: Chapter['meta'] = {}): Chapter {
  return { slug, title: inlineText(heading.children), blocks: [heading], footnotes: [], meta };
}

export function assemble(preface: readonly Unit[], body: readonly Unit[], overrides: Overrides, ctx: Ctx): Assembled {
  const chapters: Chapter[] = [];
  const defs: Assembled['defs'] = [];
  let callout: Callout | null = null;
  const push = (b: Block, at: Line): void => {
    const ch = chapters[chapters.length - 1];
    if (!ch) ctx.issues.error(`expected a chapter heading (第一章 …) before this text, found "${at.text.slice(0, 20)}"`, ctx.at(at.offset));
    else if (callout) callout.children.push(b);
    else ch.blocks.push(b);
  };

  const [title, ...rest] = preface;
  if (title) chapters.push(newChapter('preface', { type: 'heading', depth: 1, children: toInlines(title.text, ctx) }));
  const units = [...rest, ...body];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    switch (u.kind) {
      case 'chapter': {
        // A short line right after a chapter line is the rest of its title.
        const next = units[i + 1];
        const cont = next?.kind === 'short' ? next.text : '';
        if (cont) i++;
        callout = null;
        const n = cnNumber(CHAPTER_NO.exec(u.text)?.[1] ?? '');
        chapters.push(newChapter(`ch-${n}`, { type: 'heading', depth: 1, children: toInlines(chapterTitle(u.text, cont), ctx) }, { number: n }));
        break;
      }
      case 'section':
      case 'subsection':
        callout = null;
        push({ type: 'heading', depth: u.kind === 'section' ? 2 : 3, children: toInlines(u.kind === 'section' ? u.text : subsectionTitle(u.text, ctx), ctx) }, u.line);
        break;
      case 'case': {
        callout = null;
        const m = CASE.exec(u.text);
        ctx.ledger.move('case number → n', (m?.[0] ?? '').trim());
        // The box keeps the source's own name (案例一), not the generic 专栏 label.
        const box: Callout = {
          type: 'callout',
          kind: 'case',
          n: cnNumber(m?.[1] ?? ''),
          title: toInlines(u.text.slice(m?.[0].length ?? 0), ctx),
          attrs: { label: `案例${m?.[1] ?? ''}` },
          children: [],
        };
        push(box, u.line);
        callout = box;
        break;
      }
      case 'short':
        if (callout) callout.children.push({ type: 'heading', depth: 4, children: toInlines(u.text, ctx) });
        else push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
        break;
      case 'paragraph':
        push({ type: 'paragraph', children: toInlines(u.text, ctx) }, u.line);
        break;
      case 'figure':
        push(parseFigure(u.line, overrides, ctx), u.line);
        break;
      case 'image':
        ctx.count('imagePlaceholders');
        break;
      case 'table-caption': {
        const rows: Line[] = [];
        while (units[i + 1]?.kind === 'table-row') rows.push((units[++i] as Unit).line);
        const { table, months } = parseTable(u.line, rows, ctx);
        push({ ...table, isoDates: months }, u.line);
        break;
      }
      case 'table-row':
        ctx.issues.error(`expected a table row right after a 表 caption, found a stray tab-separated line "${u.text.slice(0, 20)}"; the line was dropped`, ctx.at(u.line.offset));
        ctx.ledger.remove('stray table row', u.text);
        break;
      case 'def':
        defs.push({ def: parseDef(u.line, ctx), chapter: Math.max(chapters.length - 1, 0) });
        break;
    }
  }
  return { chapters, defs };
}
