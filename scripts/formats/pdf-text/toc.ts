/**
 * The table of contents is dropped from the body but kept to validate the outline: after
 * normalization the chapter and 一、 headings must equal its titles, in order.
 */
import type { Chapter } from '../../lib/doc.ts';
import { inlineText } from '../../lib/measure.ts';
import { widenPunctuation } from '../../lib/text.ts';
import type { Ctx } from './context.ts';
import { spaceText } from './inline.ts';
import type { Line } from './lines.ts';

export interface TocEntry {
  title: string;
  page: number;
  line: Line;
}

export function parseToc(lines: readonly Line[], ctx: Ctx): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    ctx.ledger.remove('table of contents', line.text);
    const m = /^(.+?)\.*\t(\d+)$/.exec(line.text);
    if (m) entries.push({ title: spaceText(widenPunctuation(spaceText(m[1] ?? ''))), page: Number(m[2]), line });
    else if (!/^目\s*录$/.test(line.text))
      ctx.issues.warn(`table of contents: expected "title<TAB>page", found "${line.text}"; the line was dropped`, ctx.at(line.offset));
  }
  return entries;
}

/** Chapter (depth 1, preface excluded) and 一、 (depth 2) headings, as plain text, in order. */
function outline(chapters: readonly Chapter[]): { title: string; chapter: Chapter }[] {
  const out: { title: string; chapter: Chapter }[] = [];
  for (const ch of chapters) {
    if (ch.slug === 'preface') continue;
    for (const b of ch.blocks)
      if (b.type === 'heading' && b.depth <= 2) out.push({ title: inlineText(b.children), chapter: ch });
  }
  return out;
}

export function checkToc(chapters: readonly Chapter[], toc: readonly TocEntry[], ctx: Ctx): number {
  const found = outline(chapters);
  let matched = 0;
  const n = Math.max(found.length, toc.length);
  for (let i = 0; i < n; i++) {
    const want = toc[i];
    const got = found[i];
    if (want && got && want.title === got.title) {
      matched++;
      continue;
    }
    ctx.issues.error(
      `outline: heading ${i + 1} should equal the table of contents; expected "${want?.title ?? '(no TOC entry)'}", found "${got?.title ?? '(no heading)'}"${got ? ` in chapter ${got.chapter.slug}` : ''}; fix the heading rules (two-line titles, wrap spaces, markers)`,
      want ? ctx.at(want.line.offset) : undefined,
    );
  }
  return matched;
}
