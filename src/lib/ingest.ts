/** Rows of the ingest report page, labelled for readers. */
import type { IngestReport } from '../schemas/ingest-report.ts';

export const ACTION_LABEL: Record<IngestReport['ledger'][number]['action'], string> = {
  removed: '删去',
  moved: '移至元数据',
  inserted: '补入',
  replaced: '替换',
};

export function balanceRows(r: IngestReport): { label: string; value: number }[] {
  const b = r.balance;
  return [
    { label: '原文字符（含空白）', value: r.chars_in },
    { label: '原文字符（不含空白）', value: b.in },
    { label: '删去', value: b.removed },
    { label: '移至元数据', value: b.moved },
    { label: '补入', value: b.inserted },
    { label: '正文', value: b.kept.body },
    { label: '注释', value: b.kept.footnotes },
    { label: '图', value: b.kept.figures },
    { label: '表', value: b.kept.tables },
    { label: '整理后合计', value: b.kept.total },
  ];
}

export function structureRows(r: IngestReport): { label: string; value: number }[] {
  const s = r.structure;
  return [
    { label: '章节', value: s.chapters },
    { label: '标题', value: s.headings },
    { label: '段落', value: s.paragraphs },
    { label: '列表项', value: s.list_items },
    { label: '专栏/方框', value: s.callouts },
    { label: '图', value: s.figures },
    { label: '表', value: s.tables },
    { label: '注释', value: s.footnotes },
    { label: '链接', value: s.links },
    { label: '数值事实', value: r.data.facts },
    { label: '数据表', value: r.data.tables },
    { label: '图（数据）', value: r.data.figures },
  ];
}

const SCRIPT_LABEL = { Hans: '简体', Hant: '繁体（已转为简体）' } as const;

/** How the kind and script were decided, in words a reader understands. */
export function detectionSummary(r: IngestReport): { kind: string; how: string; script: string; scores: { label: string; format: string; score: string; evidence: string; chosen: boolean }[] } {
  const d = r.detection;
  const chosen = d.scores.find((s) => s.format === d.detected);
  const kind = chosen?.label ?? d.detected;
  const how = d.declared ? (d.declared === d.detected ? '来源清单声明，识别结果一致' : '来源清单声明') : '自动识别';
  return {
    kind,
    how,
    script: `${SCRIPT_LABEL[d.script.value]}（${d.script.declared ? '来源清单声明' : '自动识别'}）`,
    scores: d.scores.map((s) => ({ label: s.label, format: s.format, score: s.score.toFixed(2), evidence: s.evidence, chosen: s.format === d.detected })),
  };
}
