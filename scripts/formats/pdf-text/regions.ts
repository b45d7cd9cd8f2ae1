/**
 * The export's parts, in order: cover and board, 前言, 目 录, the six chapters, the colophon.
 * Each is found by its own marker line so a missing one is reported where it should be.
 */
import type { Ctx } from './context.ts';
import type { Line } from './lines.ts';

export interface Regions {
  front: Line[];
  preface: Line[];
  toc: Line[];
  body: Line[];
  colophon: Line[];
}

const PREFACE = /^前\s*言$/;
const TOC = /^目\s*录$/;
const COLOPHON = /^本报告版权/;

export function findRegions(lines: readonly Line[], ctx: Ctx): Regions {
  const find = (re: RegExp, from: number, what: string): number => {
    const i = lines.findIndex((l, j) => j >= from && re.test(l.text));
    if (i < 0) ctx.issues.error(`expected ${what}, found none; check that this is the 数字消费发展报告 export`, ctx.at(lines[from]?.offset ?? 0));
    return i;
  };
  const preface = find(PREFACE, 0, 'a 前言 line after the cover');
  const toc = find(TOC, Math.max(preface, 0), 'a 目 录 line after 前言');
  // The TOC runs until the first filled line without a tab (page numbers follow tabs).
  const bodyAt = toc < 0 ? -1 : lines.findIndex((l, j) => j > toc && l.text !== '' && !l.text.includes('\t'));
  const colophonFound = lines.findIndex((l, j) => j > bodyAt && COLOPHON.test(l.text));
  const colophon = colophonFound < 0 ? lines.length : colophonFound;
  if (preface < 0 || toc < 0 || bodyAt < 0) return { front: [], preface: [], toc: [], body: [...lines], colophon: [] };
  return {
    front: lines.slice(0, preface),
    preface: lines.slice(preface, toc),
    toc: lines.slice(toc, bodyAt),
    body: lines.slice(bodyAt, colophon),
    colophon: lines.slice(colophon),
  };
}
