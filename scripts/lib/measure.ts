import { inlineChildren, type Block, type CleanDoc, type Inline } from './doc.ts';
import { inkLength } from './ledger.ts';

/** Visible text of inline runs (citations and note refs are markers, not text). */
export function inlineText(nodes: readonly Inline[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.value;
    else {
      const kids = inlineChildren(n);
      if (kids) s += inlineText(kids);
    }
  }
  return s;
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(b.children);
    case 'list':
      return b.items.map(inlineText).join('');
    case 'callout':
      return inlineText(b.title) + b.children.map(blockText).join('');
    case 'figure':
      return b.caption + (b.raw ?? '');
    case 'table':
      return b.caption + b.header.join('') + b.rows.map((r) => r.join('')).join('');
  }
}

export interface DocMeasure {
  body: number;
  footnotes: number;
  figures: number;
  tables: number;
  total: number;
}

/**
 * Non-whitespace characters the cleaned document holds, split into body text and text moved
 * to footnotes, figures and tables. Citation and note numbers count only as markers: formats
 * record the digits they lift into markers in the ledger (reason "citation marker → data" etc.).
 */
export function measureDoc(doc: CleanDoc): DocMeasure {
  const m: DocMeasure = { body: 0, footnotes: 0, figures: 0, tables: 0, total: 0 };
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'figure') m.figures += inkLength(blockText(b));
      else if (b.type === 'table') m.tables += inkLength(blockText(b));
      else if (b.type === 'callout') {
        m.body += inkLength(inlineText(b.title));
        walk(b.children);
      } else m.body += inkLength(blockText(b));
    }
  };
  for (const ch of doc.chapters) {
    walk(ch.blocks);
    for (const f of ch.footnotes) m.footnotes += inkLength(inlineText(f.children));
  }
  m.total = m.body + m.footnotes + m.figures + m.tables;
  return m;
}
