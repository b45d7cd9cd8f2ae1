/** The line under a chart that says where its numbers come from and what is missing. */
import type { Figure } from '../schemas/figure.ts';

const METHOD: Record<Figure['method'], string | null> = {
  'digit-run': '据原图数据标签还原',
  text: '据正文数据重绘',
  none: null,
};

export function captionNote(figure: Pick<Figure, 'method' | 'completeness' | 'note' | 'unit'>): string {
  const parts: string[] = [];
  const method = METHOD[figure.method];
  if (method) parts.push(method);
  if (figure.note && !parts.includes(figure.note)) parts.push(figure.note);
  else if (figure.completeness === 'partial') parts.push('原图其余类别数据未在正文给出');
  if (figure.unit && !parts.some((p) => p.includes(`单位：${figure.unit}`))) parts.push(`单位：${figure.unit}`);
  return parts.join('；');
}
