/**
 * The article's front matter as a scrape gives it: a title line, then lines about the article
 * (source outlet, repost note, byline, date). They become metadata, not body
 * (docs/formats/article.md, "Title and metadata lines"). Examples from the corpus:
 *
 *   repost note  `本文转载自:财联社`, `文章转载自:ThoughtWorks洞见 作者:汪志成`
 *   source line  `来源:成都日报 2016-03-16 22:34   https://www.yybnet.net/`,
 *                `( 2025-05-25 ) 稿件来源:新华每日电讯 要闻`
 *   byline       `SSIR 斯坦福社会创新评论 2021-09-05`, `兽楼处 2小时前`
 */
import { len, SENTENCE_END, type Line } from './lines.ts';

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年M月D日 (also YYYY年M月). */
const DATE = /(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)/;
const DATE_SRC = String.raw`(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)`;
const TIME_SRC = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A label naming where the text comes from; `转载`/`转自` makes it a repost. */
const SOURCE_LINE = new RegExp(String.raw`^(?:[(（]?\s*${DATE_SRC}(?:\s+${TIME_SRC})?\s*[)）]?\s*)?(?:本文|文章|稿件|新闻|信息|原文)?(转载自|转自|来源于|来源|出处)\s*[:：]\s*(.*)$`);
/** A labelled credit or date: 作者: / 编辑: / 发布时间: … */
const LABELLED = /^(?:作者|原创|撰文|记者|编辑|责任编辑|公众号|微信号|发布时间|发布日期|更新时间|时间|日期)\s*[:：|｜]\s*\S/;
/** A byline: a name, then a date (and time). */
const BYLINE_DATE = new RegExp(String.raw`^(\S.{0,30}?)\s+${DATE_SRC}日?(?:\s+${TIME_SRC})?$`);
/** A byline with a relative time, as app pages print it. */
const BYLINE_AGO = /^(\S.{0,20}?)\s+(?:\d+\s*(?:秒|分钟|小时|天)前|刚刚|昨天(?:\s*\d{1,2}:\d{2})?)$/;
/** A date (and time) alone, maybe in brackets. */
const DATE_ONLY = new RegExp(String.raw`^[(（]?\s*${DATE_SRC}日?(?:\s+${TIME_SRC})?\s*[)）]?$`);

export interface FrontMeta {
  kind: 'repost note' | 'source line' | 'byline' | 'date line';
  publisher?: string;
  published?: string;
  reposted?: boolean;
}

/** The first date in a line as YYYY-MM-DD (or YYYY-MM), if it is a real calendar date. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const y = m[1] as string;
  const mo = Number(m[2] ?? m[4]);
  const d = m[3] ?? m[5];
  if (mo < 1 || mo > 12) return undefined;
  if (d === undefined) return `${y}-${String(mo).padStart(2, '0')}`;
  const day = Number(d);
  if (day < 1 || day > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What a front-matter line says, or null when it is not one. Never a sentence of prose. */
export function frontMeta(text: string): FrontMeta | null {
  if (len(text) > 100) return null;
  // A credit line may end in 。 (`作者:壹叔,作者授权早读课转载。`); a sentence inside is prose.
  if (LABELLED.test(text) && len(text) <= 60 && !/[。！？]/.test(text.replace(/。$/, ''))) {
    const published = isoDate(text);
    const meta: FrontMeta = published ? { kind: 'date line', published } : { kind: 'byline' };
    if (/转载|转自/.test(text)) meta.reposted = true;
    return meta;
  }
  if (/[。！？]/.test(text)) return null;
  const s = SOURCE_LINE.exec(text);
  if (s) {
    const reposted = /转/.test(s[1] ?? '');
    // The outlet is the first word of the value: `成都日报 2016-03-16 …`, `ThoughtWorks洞见 作者:…`.
    const outlet = (s[2] ?? '').split(/\s+|作者\s*[:：]|编辑\s*[:：]/)[0]?.replace(/[,，;；]+$/, '') ?? '';
    const meta: FrontMeta = { kind: reposted ? 'repost note' : 'source line', reposted };
    if (outlet && !DATE.test(outlet) && !/^https?:/.test(outlet)) meta.publisher = outlet;
    const published = isoDate(text);
    if (published) meta.published = published;
    return meta;
  }
  const b = BYLINE_DATE.exec(text);
  if (b && len(text) <= 50) {
    const meta: FrontMeta = { kind: 'byline' };
    const name = b[1]?.trim();
    if (name && !/^(?:发布于|发表于|更新于)$/.test(name)) meta.publisher = name;
    const published = isoDate(text);
    if (published) meta.published = published;
    return meta;
  }
  const a = BYLINE_AGO.exec(text);
  if (a) return { kind: 'byline', publisher: a[1]?.trim() };
  if (DATE_ONLY.test(text)) {
    const published = isoDate(text);
    return published ? { kind: 'date line', published } : null;
  }
  return null;
}

/** Numbered heading forms, which are sections, never the article's title. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百\d]+[章节部分篇]|\d{1,2}(?:[.、．](?!\d)|$))/;

/** Shorter lines at the top are labels of the page (`其他`, `首页`), not titles. */
const TITLE_MIN = 5;

/** Could this line be the article's title? Short, no sentence inside, not a clause that runs on. */
export function titleLike(text: string): boolean {
  return (
    len(text) >= TITLE_MIN &&
    len(text) <= 60 &&
    /\p{Script=Han}/u.test(text) &&
    !/[。；;]/.test(text) &&
    !/[，,：:、]$/.test(text) &&
    !(SENTENCE_END.test(text) && !/[?？！!]$/.test(text)) &&
    !NUMBERED_HEADING.test(text)
  );
}

/** Does the line read as body prose (a sentence or a clause leading into the next line, or too long for a title)? */
export function isProse(l: Line): boolean {
  return ((SENTENCE_END.test(l.text) || /[，,：:；;]$/.test(l.text)) && !titleLike(l.text) && len(l.text) > 6) || len(l.text) > 60;
}
