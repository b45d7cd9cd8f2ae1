/**
 * The scrape's shape: line 1 is the document site's chrome, lines 2… are `N、` + a 300-character
 * window of the PDF text stream, cut inside words. Windows join with no separator.
 */
import type { CleanInput } from '../types.ts';
import type { JsonValue } from '../../lib/doc.ts';
import { lineCol } from '../../lib/text.ts';

export interface Joined {
  stream: string;
  windows: number;
  meta: Record<string, JsonValue>;
}

const CHROME = /^《(.+?):(\d{4})?(.+?)\((\d+)页\)\.pdf》由会员分享.*?请在(.+?)上搜索。?$/;

export function joinSlices(input: CleanInput): Joined {
  const { text, ledger, issues, source } = input;
  const file = `seeds/${source.file}`;
  const lines = text.split('\n');
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const meta: Record<string, JsonValue> = {};

  const chrome = lines[0] ?? '';
  const m = CHROME.exec(chrome);
  if (m) {
    // Only the publisher and the page count are the document's; the rest is the site's.
    meta.publisher = m[1]!;
    meta.pdf_pages = Number(m[4]);
    ledger.move('publisher and page count → metadata', m[1]! + m[4]!);
    ledger.remove('site chrome', chrome.replace(m[1]!, '').replace(m[4]!, ''));
  } else {
    issues.error(
      `expected line 1 to be the document site's chrome like "《出版方:标题(24页).pdf》由会员分享…请在三个皮匠报告上搜索。", found "${chrome.slice(0, 40)}"; check that the file is the raw scrape`,
      `${file}:1:1`,
    );
  }

  // Windows shorter than 300 characters lost a boundary space; put it back, or TOC page
  // numbers fuse with the next entry.
  let stream = '';
  let offset = chrome.length + 1;
  const bodies = lines.slice(1);
  bodies.forEach((line, i) => {
    const p = /^(\d+)、/.exec(line);
    if (!p || Number(p[1]) !== i + 1) {
      const { line: l, col } = lineCol(text, offset);
      issues.error(
        `expected slice ${i + 1} to start with "${i + 1}、", found "${line.slice(0, 12)}"; the slices must run 1…${bodies.length} without gaps`,
        `${file}:${l}:${col}`,
      );
    }
    const prefix = p?.[0] ?? '';
    if (prefix) ledger.remove('slice prefix', prefix);
    const body = line.slice(prefix.length);
    stream += body;
    if (i < bodies.length - 1 && [...body].length < 300) stream += ' ';
    offset += line.length + 1;
  });
  return { stream, windows: bodies.length, meta };
}

export interface Cover {
  title: string;
  publisher: string;
  date: string;
}

/** The cover runs straight into 前言: title, publisher, a date whose 〇 the extractor dropped. */
export function cutCover(stream: string, input: CleanInput): { cover: Cover | null; rest: string } {
  const m = /^(直播电商高质量发展报告\s*\d{4})(.+?研究院)([一二三四五六七八九〇零]{3,4}年[一二三四五六七八九十]{1,2}月)(?=前言)/.exec(stream);
  if (!m) {
    input.issues.error(
      `expected the stream to open with the cover (title, publisher, date like 二〇二五年五月) before 前言, found "${stream.slice(0, 40)}"`,
      `seeds/${input.source.file}:2:3`,
    );
    return { cover: null, rest: stream };
  }
  let date = m[3]!;
  // 二二五年 is 二〇二五年 with its 〇 lost; a year needs four digits.
  if (/^[一二三四五六七八九]{3}年/.test(date)) {
    date = date.slice(0, 1) + '〇' + date.slice(1);
    input.ledger.insert('restored 〇 in cover date', '〇');
  }
  const cover = { title: m[1]!.replace(/\s+/g, ''), publisher: m[2]!, date };
  input.ledger.move('cover → metadata', cover.title + cover.publisher + cover.date);
  return { cover, rest: stream.slice(m[0].length) };
}
