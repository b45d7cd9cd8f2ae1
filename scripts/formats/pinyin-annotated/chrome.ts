/**
 * The document-site page around the text, recognised line by line with patterns of the kind
 * (matched on the Simplified form of each line, so 版權說明 and 版权说明 are one pattern).
 * Head: page labels (`标题_第1页`), reading progress (`已阅读5页,还剩13页未读`, `第1页 / 共70页`),
 * 下载本文档, upload records (`上传人(卖家):…`), the copyright notice and 文档简介. Tail: from 温馨提示 / 最新文档 / 评论 on. A line before 文档简介
 * that no pattern knows is site chrome too, reported as a warning. See
 * docs/formats/pinyin-annotated.md.
 */
import { Converter } from 'opencc-js';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Site labels that may follow the title on the title line, and the document kind they mean. */
export const SITE_LABELS: Readonly<Record<string, string>> = { 范文參考: 'sample', 範文參考: 'sample', 范文参考: 'sample' };

export type ChromeKind = 'page label' | 'reading progress' | 'download link' | 'copyright notice' | 'document intro' | 'upload record';

const HEAD: readonly (readonly [ChromeKind, RegExp])[] = [
  ['page label', /^(.+?)_第\d+页$/],
  ['reading progress', /^已阅读\d+页[,，]?\s*还剩\d+页未读[,，]?\s*继续免费阅读$/],
  ['reading progress', /^第\d+页\s*\/\s*共\d+页$/],
  ['reading progress', /^亲[,，]该文档总共\d+页[,，]全部预览完了/],
  ['upload record', /^上传人[(（:：]/],
  ['upload record', /^《.+》由会员分享[,，]可在线阅读/],
  ['download link', /^(下载本文档|下载资源|点击查看更多>>|资源描述|下载\s+相关\s+举报)$/],
  ['copyright notice', /^版权说明[:：]本文档由用户提供并上传/],
  ['document intro', /^文档简介$/],
];
const TAIL_START = /^(温馨提示|最新文档|相关文档|相关资源|评论|提交评论|猜你喜欢)$/;

export interface Line {
  text: string;
  /** Offset of the line in the text it was cut from. */
  at: number;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const t of text.split('\n')) {
    out.push({ text: t, at });
    at += t.length + 1;
  }
  return out;
}

export function classifyHead(line: string): ChromeKind | null {
  const s = toSimplified(line.trim());
  for (const [kind, re] of HEAD) if (re.test(s)) return kind;
  return null;
}

/** The title a page label names (`企業技術研發管理流程及規范_第1頁` → the part before `_第`). */
export function pageLabelTitle(line: string): string | null {
  const m = /^(.+?)_第\d+[頁页]$/.exec(line.trim());
  return m ? (m[1] ?? null) : null;
}

export interface PageSplit {
  /** Index of the first document line, and one past the last. */
  start: number;
  end: number;
  /** Head lines: known chrome, and unknown lines before 文档简介. */
  known: { line: Line; kind: ChromeKind }[];
  unknown: Line[];
  /** The tail's first line, if any. */
  tail: Line | null;
  /** Pages left unread according to the reading-progress line (还剩N页未读). */
  unread: number | null;
}

/** Where the document sits among the page's lines. */
export function splitPage(all: readonly Line[]): PageSplit {
  const introAt = all.findIndex((l, i) => i < 40 && classifyHead(l.text) === 'document intro');
  const known: PageSplit['known'] = [];
  const unknown: Line[] = [];
  let unread: number | null = null;
  let start = 0;
  for (; start < all.length; start++) {
    const l = all[start]!;
    if (!l.text.trim()) continue;
    const kind = classifyHead(l.text);
    if (kind) {
      known.push({ line: l, kind });
      if (kind === 'reading progress') unread = Number(/还剩(\d+)页/.exec(toSimplified(l.text))?.[1] ?? 0);
      continue;
    }
    if (start < introAt) {
      unknown.push(l);
      continue;
    }
    break;
  }
  let end = all.length;
  for (let i = start; i < all.length; i++)
    if (TAIL_START.test(toSimplified(all[i]!.text.trim()))) {
      end = i;
      break;
    }
  return { start, end, known, unknown, tail: end < all.length ? (all[end] ?? null) : null, unread };
}

/** Whether a line holds only a title: short, one line, no sentence punctuation. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  return t.length >= 4 && t.length <= 60 && !/[。！？!?，,；;：:]/.test(t);
}
