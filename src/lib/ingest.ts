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

/**
 * What the ledger's reasons mean to a reader. The pipeline writes them in English for the
 * code's sake; a reason missing here shows as written, inside the technical details.
 */
const REASON_LABEL: Record<string, string> = {
  'ASCII punctuation widened': '半角标点改为全角',
  'Traditional → Simplified': '繁体转为简体',
  '著 → 着 phrase fix': '“著”按词义改为“着”',
  'pinyin annotation': '删去拼音注音',
  'site chrome': '删去网站页面元素',
  'page marker': '删去页码',
  'repeated paragraph': '删去重复段落',
  'repeated text-layer passage': '删去重复的文字层',
  'slice prefix': '删去切片编号',
  'table of contents': '目录（不重复显示）',
  'table of contents (validates headings)': '目录（用于核对标题，不重复显示）',
  'garbled span repaired': '修复乱码',
  'truncated fragment': '删去截断处的残句',
  'cover → metadata': '封面移至来源信息',
  'colophon → metadata': '版权页移至来源信息',
  'document title → metadata': '标题移至来源信息',
  'dateline → metadata': '日期行移至来源信息',
  'repost note → metadata': '转载说明移至来源信息',
  'tag → metadata': '话题标签移至来源信息',
  'site label → metadata': '网站标签移至来源信息',
  'publisher and page count → metadata': '出版方与页数移至来源信息',
  'editorial board → credits': '编委会移至署名',
  'citation marker → data': '引用标号记为数据',
  'footnote marker → fnref': '注释标号改为注释链接',
  'footnote number → note n': '注释编号',
  'placeholder for a missing note': '为缺失的注释补占位说明',
  'space read as comma': '把代替逗号的空格改为逗号',
  'editorial title': '补入编者所加标题',
  'manifest title': '补入来源清单中的标题',
  '、 after chapter number': '章节号后补“、”',
  'TOC quotes curled': '目录中的直引号改为弯引号',
  'URL angle brackets': '删去网址两侧的尖括号',
  'bold markup → strong': '粗体标记改为粗体',
  'box number → data': '方框编号记为数据',
  'case number → n': '案例编号记为数据',
  'digest bullet separator': '删去摘要要点间的分隔符',
  'figure number → data': '图号记为数据',
  'figure number → n': '图号记为数据',
  'table number → id': '表号记为数据',
  'half-width heading marker': '标题序号的半角标点',
  'missing section heading → metadata': '缺失章节的标题移至来源信息',
  'page-break overlap (repeated character)': '删去跨页重复的字',
  'restored — in year range': '恢复年份范围中的“—”',
  'restored 〇 in cover date': '恢复封面日期中的“〇”',
  'scraper-flipped quotation mark': '纠正抓取时颠倒的引号',
  'teaser repeats paragraph 2': '删去重复正文的导语',
  'zero-width or control character': '删去不可见字符',
};

export const reasonLabel = (reason: string): string => REASON_LABEL[reason] ?? reason;

/** What a warning's rule means to a reader, by the rule's name (the part after the kind). */
const RULE_LABEL: Record<string, string> = {
  truncated: '原文在中途截断，读者可见截断提示',
  'truncated-record': '最后一条记录在中途截断',
  'no-toc': '原文没有目录，章节按标题样式识别',
  'no-cover': '原文没有封面',
  'no-title': '原文没有标题，标题取自正文',
  'no-chrome': '没有网站页面信息（标题、出版方、页数）',
  'no-site-chrome': '没有网站页面信息',
  'no-preface': '原文没有前言',
  'unknown-chrome': '有无法识别的网站页面元素，已删去',
  'garble-unrecovered': '有无法恢复的乱码，以□标出',
  fallback: '未能确定来源类型，按普通文章整理',
  'toc-mismatch': '目录与正文标题不一致',
  'toc-heading-missing': '目录中的标题在正文中缺失',
  'note-undefined': '有注释标号而原文缺少注释内容',
  'note-unreferenced': '有注释内容而正文没有引用',
  'footnote-marker': '注释标号无法确定',
  'figure-number-repeated': '图号重复，相应图题保留为正文',
  'figure-data': '图表数据只能部分读出',
  'issuer-count': '表格与正文的数字不一致',
  'empty-chapter': '空章节未发布',
  'page-sequence': '页码顺序与预期不同',
  'window-sequence': '切片编号不连续',
};

/** The warnings, grouped by rule, each with a Chinese sentence and the original messages. */
export function readerWarnings(r: IngestReport): { rule: string; label: string; messages: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const w of r.warnings) {
    const rule = /\[([a-z-]+\/[a-z-]+)\]/.exec(w)?.[1] ?? 'other';
    groups.set(rule, [...(groups.get(rule) ?? []), w]);
  }
  return [...groups].map(([rule, messages]) => ({ rule, label: RULE_LABEL[rule.slice(rule.indexOf('/') + 1)] ?? '其他提示', messages }));
}
