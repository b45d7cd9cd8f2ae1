/**
 * The 000 CNY emotion counts as one table. The digests state them in prose
 * (`“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次；“惊喜”…`), spread over bullets, and
 * the same story's variant digests may state more; every statement of a chapter is merged into
 * one row per emotion. A count the text never gives stays null (原文未提供), never 0.
 */
import type { Block, CleanDoc } from '../lib/doc.ts';
import { inlineText } from '../lib/measure.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { DataTable } from '../../src/schemas/table.ts';

export interface EmotionRow {
  emotion: string;
  notes: number | null;
  reads: number | null;
}

/** Bullet and paragraph texts of a block list, canonical digest first, then its variants. */
function textsOf(blocks: readonly Block[]): string[] {
  const own: string[] = [];
  const nested: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') own.push(inlineText(b.children));
    else if (b.type === 'list') own.push(...b.items.map(inlineText));
    else if (b.type === 'callout') nested.push(...textsOf(b.children));
  }
  return [...own, ...nested];
}

// A statement runs from one `“X”情绪` to the next; only its own counts belong to X.
const STATEMENT = /“([^”]{1,8})”情绪([^“]*)/g;
const NOTES = /笔记总量(?:达|为)(\d{1,3}(?:,\d{3})+|\d+)条/;
const READS = /阅读总量(?:达|为)(\d+(?:\.\d+)?)亿次/;
const SCOPE = /在([^，。；“]{2,20})相关笔记中，“[^”]{1,8}”情绪/;

/**
 * Rows in order of first mention. The first statement of a value wins: canonical text comes
 * first, so a variant never overrides it; a disagreeing later value is returned as a conflict.
 */
export function emotionRows(texts: readonly string[]): { rows: EmotionRow[]; conflicts: string[] } {
  const rows = new Map<string, EmotionRow>();
  const conflicts: string[] = [];
  const set = (row: EmotionRow, key: 'notes' | 'reads', value: number): void => {
    const had = row[key];
    if (had === null) row[key] = value;
    else if (had !== value) conflicts.push(`“${row.emotion}” ${key}: ${had} vs ${value}`);
  };
  for (const text of texts) {
    for (const m of text.matchAll(STATEMENT)) {
      const body = m[2] ?? '';
      const notes = NOTES.exec(body);
      const reads = READS.exec(body);
      if (!notes && !reads) continue;
      const emotion = m[1]!;
      const row = rows.get(emotion) ?? { emotion, notes: null, reads: null };
      rows.set(emotion, row);
      if (notes) set(row, 'notes', Number(notes[1]!.replace(/,/g, '')));
      if (reads) set(row, 'reads', Number(reads[1]));
    }
  }
  return { rows: [...rows.values()], conflicts };
}

/** One emotion table per chapter whose digests state emotion counts (000: cny-emotions). */
export function digestTablesOf(source: Source, doc: CleanDoc): DataTable[] {
  const out: DataTable[] = [];
  for (const ch of doc.chapters) {
    const texts = textsOf(ch.blocks);
    const { rows, conflicts } = emotionRows(texts);
    if (rows.length === 0) continue;
    // The counts' scope (`在2024年及2025年春节相关笔记中`) names the table when the text states it.
    const scope = texts.map((t) => SCOPE.exec(t)?.[1]).find((s) => s !== undefined);
    const missing = rows.reduce((n, r) => n + (r.notes === null ? 1 : 0) + (r.reads === null ? 1 : 0), 0);
    const note = [
      '据摘要正文数据整理（含同题报道）',
      missing > 0 ? `正文未给出的${missing}个数值为空（原文未提供），不是0` : '',
      conflicts.length > 0 ? `同题报道数值不一致，取首篇摘要：${conflicts.join('；')}` : '',
    ]
      .filter(Boolean)
      .join('；');
    out.push({
      id: `${source.id}-${ch.slug}`,
      source: source.id,
      chapter: ch.slug,
      caption: `${scope ? `${scope}相关笔记中` : ''}各情绪的笔记总量与阅读总量`,
      columns: [
        { key: 'emotion', label: '情绪', type: 'string', unit: null, hidden: false },
        { key: 'notes', label: '笔记总量', type: 'number', unit: '条', hidden: false },
        { key: 'reads', label: '阅读总量', type: 'number', unit: '亿次', hidden: false },
      ],
      rows: rows.map((r) => ({ emotion: r.emotion, notes: r.notes, reads: r.reads })),
      origin: 'text',
      note: `${note}。`,
    });
  }
  return out;
}
