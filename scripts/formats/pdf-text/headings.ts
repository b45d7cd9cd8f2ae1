/**
 * Heading text repairs. Chapter titles were wrapped by the exporter: some over two lines, some
 * with a space where the line broke (`…推动经济 高质量发展`); only the space after 第X章
 * is real, and one is put there when the export has none (`第一章互联网基础资源`).
 * Subsection headings with a half-width marker and a space become full-width: `(一) ` → `（一）`.
 */
import type { Ctx } from './context.ts';
import { CN_NUM } from './context.ts';

const CHAPTER = new RegExp(`^(第${CN_NUM}(?:章|篇|部分))\\s*(.*)$`, 'u');
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
  return rest ? `${m[1]} ${rest}` : (m[1] ?? '');
}

export function subsectionTitle(line: string, ctx: Ctx): string {
  const m = MARKER.exec(line);
  if (!m) throw new Error(`subsectionTitle: not a subsection line: ${line}`);
  const marker = `（${m[1]}）`;
  if (m[0].trim() !== marker) ctx.count('halfWidthMarkers');
  ctx.ledger.replace('half-width heading marker', m[0].trim(), marker);
  return marker + line.slice(m[0].length);
}
