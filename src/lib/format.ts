/** Dates and labels as a Chinese reader expects them. */
import type { Fact } from '../schemas/fact.ts';
import type { Report } from '../schemas/report.ts';

/** 2025-12 → 2025年12月; 2026-01-28 → 2026年1月28日; null → 发布时间不详. */
export function formatDate(d: string | null | undefined): string {
  if (!d) return '发布时间不详';
  const [y, m, day] = d.split('-');
  let s = `${y}年`;
  if (m) s += `${Number(m)}月`;
  if (day) s += `${Number(day.slice(0, 2))}日`;
  return s;
}

/** 2026-02-12T19:49+08:00 → 2026年2月12日 19:49 */
export function formatDateTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}` : iso;
}

export const RELIABILITY_LABEL: Record<Report['reliability'], string> = {
  official: '官方机构报告',
  research: '研究机构报告',
  press: '媒体报道',
  aggregator: '聚合摘要',
  illustrative: '示意范文',
};

export const FORMAT_LABEL: Record<Report['format'], string> = {
  'news-digest': '新闻摘要',
  article: '转载报道',
  'pdf-slices': 'PDF 抓取（切片）',
  'pinyin-annotated': '繁体 + 拼音注音文本',
  'pdf-text': 'PDF 导出文本',
};

export function publishedLabel(r: Pick<Report, 'published' | 'published_range' | 'event_date'>): string {
  if (r.published) return formatDate(r.published);
  if (r.published_range) return `${formatDate(r.published_range[0])}—${formatDate(r.published_range[1])}`;
  return r.event_date ? `发布时间不详（事件：${formatDate(r.event_date)}）` : '发布时间不详';
}

/**
 * Does a title carry its own number (一、 / 第三章 / 1. / （二） / 1.2 / 专栏 3)? A list of such
 * titles must not number them again (`2. 一、…`).
 */
export function hasOwnNumber(title: string): boolean {
  return /^\s*(?:第[一二三四五六七八九十百零〇\d]+[章篇节部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、.．\s]|专栏\s*\d)/.test(title);
}

/** What kind of number a fact is, for readers (data page, facts.csv). */
export const FACT_KIND_LABEL: Record<Fact['kind'], string> = {
  amount: '金额/规模',
  count: '数量',
  share: '占比',
  growth: '增长',
  'percentage-points': '百分点',
  multiple: '倍数',
  rank: '排名',
  other: '其他',
};
