/**
 * Heading text repairs. Chapter titles were wrapped by the exporter: some over two lines, some
 * with a space where the line broke (`数字消费推动经济 高质量发展`); only the space after 第X章
 * is real. Twelve subsection headings use a half-width marker and a space: `(一) ` → `（一）`.
 */
import type { Ctx } from './context.ts';
import { CN_NUM } from './context.ts';

const CHAPTER = new RegExp(`^(第${CN_NUM}章)\\s+(.*)$`, 'u');
const MARKER = new RegExp(`^[（(](${CN_NUM})[)）]\\s*`, 'u');

/** Chapter line plus an optional continuation line → one title with only the 第X章 space. */
export function chapterTitle(line: string, continuation = ''): string {
  const m = CHAPTER.exec(line);
  if (!m) throw new Error(`chapterTitle: not a chapter line: ${line}`);
  // Wrap spaces fall between two non-Latin characters; Latin–Latin spaces are real.
  const latin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
  const rest = ((m[2] ?? '') + continuation).replace(/ +/g, (sp: string, at: number, s: string) =>
    latin(s[at - 1]) && latin(s[at + sp.length]) ? ' ' : '',
  );
  return `${m[1]} ${rest}`;
}

export function subsectionTitle(line: string, ctx: Ctx): string {
  const m = MARKER.exec(line);
  if (!m) throw new Error(`subsectionTitle: not a subsection line: ${line}`);
  const marker = `（${m[1]}）`;
  if (m[0].trim() !== marker) ctx.count('halfWidthMarkers');
  ctx.ledger.replace('half-width heading marker', m[0].trim(), marker);
  return marker + line.slice(m[0].length);
}
