/**
 * Figure regions: a caption plus the label, tick and value runs the extractor spilled around
 * it. They are cut out before dedupe (图 1's labels repeat body sentences) and kept whole in
 * `raw` for the extract stage, which decodes the glued values (scripts/extract/figures/digit-run.ts).
 */
import type { Block } from '../../lib/doc.ts';
import { fixSpacing, widenPunctuation } from '../../lib/text.ts';
import type { CleanInput } from '../types.ts';
import type { Overrides } from './overrides.ts';

export type FigureBlock = Extract<Block, { type: 'figure' }>;

export interface FigureCut {
  text: string;
  figures: FigureBlock[];
  /** Per figure, the offset in `text` where its region was cut: where the figure was first seen. */
  at: number[];
}

export function cutFigures(text: string, ov: Overrides, input: CleanInput): FigureCut {
  const figures: FigureBlock[] = [];
  const at: number[] = [];
  let out = text;
  for (const f of ov.figures) {
    const label = `图 ${f.n} ${f.caption}`;
    const start = out.indexOf(f.start);
    const cap = start < 0 ? -1 : out.indexOf(label, start);
    const endAt = cap < 0 ? -1 : out.indexOf(f.end, cap + label.length - f.end.length);
    if (start < 0 || cap < 0 || endAt < 0) {
      input.issues.error(
        `expected figure ${f.n}'s region from "${f.start}" through "${label}" to "${f.end}", found ${start < 0 ? 'no start' : cap < 0 ? 'no caption after the start' : 'no end after the caption'}; fix figures[n=${f.n}] in seeds/overrides/${input.source.id}.json`,
        `seeds/${input.source.file}`,
      );
      continue;
    }
    const end = endAt + f.end.length;
    const region = out.slice(start, end);
    out = out.slice(0, start) + out.slice(end);
    // A later cut before an earlier figure's place moves that place back.
    for (let i = 0; i < at.length; i++) if (at[i]! > start) at[i] = Math.max(start, at[i]! - region.length);
    at.push(start);
    const before = region.slice(0, cap - start);
    const after = region.slice(cap - start + label.length);
    input.ledger.move('figure number → data', `图${f.n}`);
    figures.push({ type: 'figure', n: f.n, caption: cleanCaption(f.caption, input), raw: [before, after].filter(Boolean).join('\n'), ...note(region) });
  }
  return { text: out, figures, at };
}

function cleanCaption(caption: string, input: CleanInput): string {
  // `2020 2024 年`: the extractor dropped the dash of a year range; a bare space between two
  // years can only be that dash.
  const c = caption.replace(/(\d{4}) (\d{4}) ?(?=年)/g, (_, a: string, b: string) => {
    input.ledger.insert('restored — in year range', '—');
    return `${a}—${b}`;
  });
  return widenPunctuation(fixSpacing(c), input.ledger);
}

function note(region: string): { note?: string } {
  const unit = /(?:人数|规模)\((万人|亿人)\)/.exec(region);
  return unit ? { note: `单位：${unit[1]}` } : {};
}
