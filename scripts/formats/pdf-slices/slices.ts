/**
 * The scrape's shape (docs/formats/pdf-slices.md): a head of site chrome (usually the line
 * `《标题.pdf》由会员分享…请在<site>上搜索。`, sometimes upload details, page-image labels or a
 * bare file name), then `N、` + a fixed-size window of the PDF text stream (300 characters on
 * the sites seen), cut inside words, one window a line. Windows join with no separator.
 */
import type { CleanInput } from '../types.ts';
import type { JsonValue } from '../../lib/doc.ts';
import { lineCol } from '../../lib/text.ts';

export interface Joined {
  stream: string;
  windows: number;
  /** The most common window length (characters); shorter non-final windows lost a space. */
  windowSize: number;
  meta: Record<string, JsonValue>;
  /** Title as the site states it (file name without extension, page count or date). */
  title: string | null;
}

/**
 * The chrome line, Simplified or Traditional: `《NAME》由会员分享,可在线阅读,更多相关《NAME(24页珍藏版)》请在SITE上搜索。`,
 * or without the leading name (`本资源由会员分享，可在线阅读，更多相关《NAME（31页典藏版) 》请在SITE上搜索。`).
 */
const CHROME = /《(.+?)》由(?:会员|會員)分享.*?(?:请|請)在(.+?)上搜索。?/u;
const CHROME_TAIL = /由(?:会员|會員)分享.*?更多相(?:关|關)《(.+?)[(（]\d+[页頁](?:珍藏版|典藏版)?[)）]\s*》(?:请|請)在(.+?)上搜索。?/u;
/** A file name as sites print it: `name(34页).pdf`, `name[24页].pdf`, `name.docx`. */
const FILE = /^(.+?)(?:[([](\d+)[页頁][)\]])?\.(pdf|docx?|pptx?|xlsx?|txt|wps)$/iu;
/** `(24页珍藏版)` / `(24頁珍藏版)` in the chrome line: the page count when the name lacks it. */
const PAGES = /[(（](\d+)[页頁](?:珍藏版|典藏版)?[)）]/u;
/** A window: its number and `、`. The number must run 1, 2, 3… */
const WINDOW = /^(\d+)、/;

export interface FileName {
  title: string;
  publisher?: string;
  pages?: number;
  published?: string;
  kind: string;
}

/**
 * What a site's file name says: `出版方:标题(24页).pdf`, `【公司研究】标题-20200228[24页].pdf`,
 * `标题-211227(34页).pdf`. The 【…】 tag is the site's category; a trailing `-YYYYMMDD` or
 * `-YYMMDD` is the upload or report date.
 */
export function parseFileName(name: string): FileName | null {
  const m = FILE.exec(name.trim());
  if (!m) return null;
  let title = m[1]!.replace(/^【[^】]{1,10}】/u, '');
  const out: FileName = { title, kind: m[3]!.toLowerCase() };
  if (m[2]) out.pages = Number(m[2]);
  const date = /[-_ ](20\d\d|\d\d)(\d\d)(\d\d)$/.exec(title);
  if (date) {
    const [y, mo, d] = [date[1]!.length === 2 ? `20${date[1]}` : date[1]!, date[2]!, date[3]!];
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) {
      out.published = `${y}-${mo}-${d}`;
      title = title.slice(0, date.index);
    }
  }
  const pub = /^([^:：【】《》]{2,30}?)[:：](.+)$/u.exec(title);
  if (pub) {
    out.publisher = pub[1]!.trim();
    title = pub[2]!;
  }
  out.title = title.trim();
  return out;
}

export function joinSlices(input: CleanInput): Joined {
  const { text, ledger, issues, source } = input;
  const file = `seeds/${source.file}`;
  const lines = text.split('\n');
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const meta: Record<string, JsonValue> = {};

  // Everything before window 1 is the site's: chrome line, upload details, page-image labels.
  let first = lines.findIndex((l) => /^\s*1、/.test(l));
  if (first < 0) {
    issues.warn(`expected numbered windows starting "1、", found none; the whole text is read as one window`, `${file}:1:1`, {
      rule: 'pdf-slices/no-windows',
      hint: 'is this a document-site preview? declare another "format" in seeds/sources.json if not',
    });
    first = 0;
  }
  const head = lines.slice(0, first);
  let title: string | null = null;
  const chromeLine = head.find((l) => CHROME.test(l) || CHROME_TAIL.test(l));
  const chrome = chromeLine ? CHROME.exec(chromeLine) ?? CHROME_TAIL.exec(chromeLine) : null;
  // The chrome names the file; a name without extension (`《互换性与技术测量知识点》`) is the title.
  const named = chrome
    ? parseFileName(chrome[1]!) ?? { title: chrome[1]!.replace(/[([]\d+[页頁][)\]]$/u, '').trim(), kind: '' }
    : head.map((l) => parseFileName(l)).find((f) => f !== null) ?? null;
  if (named) {
    title = named.title;
    const pages = named.pages ?? (chromeLine ? Number(PAGES.exec(chromeLine)?.[1] ?? NaN) : NaN);
    // Only what the document states about itself is kept: publisher, page count, date.
    let kept = '';
    if (named.publisher) {
      meta.publisher = named.publisher;
      kept += named.publisher;
    }
    if (Number.isFinite(pages)) {
      meta.pdf_pages = pages;
      kept += String(pages);
    }
    if (named.published) meta.published = named.published;
    if (kept) ledger.move('publisher and page count → metadata', kept);
    // The page count was taken from the chrome line (the name's own count, or the 珍藏版 one).
    let rest = head.join('\n');
    if (named.publisher) rest = rest.replace(named.publisher, '');
    if (Number.isFinite(pages)) rest = rest.replace(String(pages), '');
    ledger.remove('site chrome', rest);
  } else {
    if (head.length) ledger.remove('site chrome', head.join('\n'));
    issues.warn(
      `expected the site's chrome line like "《标题(24页).pdf》由会员分享…请在三个皮匠报告上搜索。" before window 1, found ${head.length ? `"${head[0]!.slice(0, 30)}"` : 'the text starting with window 1'}; no title, publisher or page count`,
      `${file}:1:1`,
      { rule: 'pdf-slices/no-chrome', hint: 'give "title" and "publisher" in the manifest entry if the document does not state them' },
    );
  }

  // Window bodies; a line that does not open with the next number continues the window before.
  const bodies: string[] = [];
  let offset = head.reduce((n, l) => n + l.length + 1, 0);
  let expected = 1;
  for (const line of lines.slice(first)) {
    const at = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const p = WINDOW.exec(line);
    if (p && Number(p[1]) !== expected) {
      const { line: l, col } = lineCol(text, at);
      issues.warn(`expected window ${expected} to start with "${expected}、", found "${line.slice(0, 12)}"; windows may be missing here`, `${file}:${l}:${col}`, {
        rule: 'pdf-slices/window-sequence',
        hint: 'the text either side of the gap is joined as if contiguous',
      });
    }
    if (p && Number(p[1]) >= expected) {
      expected = Number(p[1]) + 1;
      ledger.remove('slice prefix', p[0]);
      bodies.push(line.slice(p[0].length));
    } else if (bodies.length) bodies[bodies.length - 1] += '\n' + line;
    else bodies.push(line);
  }
  // Windows shorter than the site's window size lost a boundary space; put it back, or TOC
  // page numbers fuse with the next entry.
  const windowSize = mode(bodies.slice(0, -1).map((b) => [...b].length)) ?? 300;
  let stream = '';
  bodies.forEach((body, i) => {
    stream += body;
    if (i < bodies.length - 1 && [...body].length < windowSize) stream += ' ';
  });
  return { stream, windows: bodies.length, windowSize, meta, title };
}

function mode(xs: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | undefined;
  for (const [x, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && x > best)) best = x;
  return best;
}

export interface Cover {
  title: string;
  publisher: string;
  date: string;
}

const ORG = '(?:研究院|研究中心|研究所|中心|协会|学会|委员会|公司|集团|大学|学院|联盟|部|局|署)';
const CJK_DATE = '[一二三四五六七八九〇零]{3,4}年[一二三四五六七八九十]{1,2}月';

/**
 * The cover runs straight into 前言 or 目录: the running title (with its year either side), the
 * publisher, a date whose 〇 the extractor may have dropped. `header` is the running title
 * learned from the document (header.ts); without one there is no cover to find.
 */
export function cutCover(stream: string, header: string | null, publisher: string | null, input: CleanInput): { cover: Cover | null; rest: string } {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = header
    ? new RegExp(
        `^((?:${esc(header)}\\s*\\d{4}|\\d{4}\\s*${esc(header)}|${esc(header)}))(${publisher ? esc(publisher) : `[^。，,\\d]{2,30}?${ORG}`})(${CJK_DATE})(?=前言|目录)`,
        'u',
      ).exec(stream)
    : null;
  if (!m) {
    input.issues.warn(
      `expected the stream to open with a cover (title, publisher, date like 二〇二五年五月) before 前言 or 目录, found "${stream.slice(0, 30)}"`,
      `seeds/${input.source.file}`,
      { rule: 'pdf-slices/no-cover', hint: 'nothing to do: the text is published from its first character' },
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
