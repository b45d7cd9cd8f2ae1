/**
 * Stage 3 — structure: one mdast tree per chapter from the cleaned document model. Only here
 * do blocks become Markdown nodes; text stays in text nodes, so serialization escapes it.
 */
import type { Heading, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { inlineChildren, type Block, type Chapter, type Footnote, type Inline } from '../lib/doc.ts';
import { jsxFlow, jsxText, text } from '../lib/mdast.ts';
import { inlineText } from '../lib/measure.ts';

/** What phrasing needs beyond the nodes: the source's title, the conflict flags of facts, and
 * a count of note references so each FnRef gets a unique anchor (fnref-14, fnref-14-2…). */
class PhrasingContext {
  private seen = new Map<number, number>();
  constructor(
    readonly sourceTitle = '',
    readonly flags: ReadonlyMap<string, string> = new Map(),
  ) {}
  nextRef(n: number): number {
    const k = (this.seen.get(n) ?? 0) + 1;
    this.seen.set(n, k);
    return k;
  }
}

function phrasing(nodes: readonly Inline[], refs: PhrasingContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        if (n.value) out.push(text(n.value));
        break;
      case 'strong':
        // Markdown `**…。**` followed by a letter is not right-flanking and would show the
        // asterisks; a <strong> element is unambiguous (docs/formats/pdf-text.md).
        out.push(jsxText('strong', {}, phrasing(n.children, refs)));
        break;
      case 'link':
        out.push({ type: 'link', url: n.url, children: phrasing(n.children, refs) });
        break;
      case 'fnref': {
        const k = refs.nextRef(n.n);
        out.push(jsxText('FnRef', { n: n.n, k: k > 1 ? k : undefined }));
        break;
      }
      case 'cite':
        out.push(jsxText('Cite', { refs: n.ns.join(',') }));
        break;
      case 'sentence':
        out.push(jsxText('Sentence', { id: n.id }, phrasing(n.children, refs)));
        break;
      case 'fact':
        out.push(
          jsxText('Num', { fact: n.id, subject: n.subject, period: n.period ?? undefined, source: refs.sourceTitle, flag: refs.flags.get(n.id) }, phrasing(n.children, refs)),
        );
        break;
    }
  }
  return out;
}

/** The first note number in an inline run (a case title's source note). */
function firstNote(nodes: readonly Inline[]): number | undefined {
  for (const n of nodes) {
    if (n.type === 'fnref') return n.n;
    const kids = inlineChildren(n);
    if (kids && firstNote(kids) !== undefined) return firstNote(kids);
  }
  return undefined;
}

function cell(value: string): TableCell {
  return { type: 'tableCell', children: value ? [text(value)] : [] };
}

function block(b: Block, sourceId: string, refs: PhrasingContext): RootContent[] {
  switch (b.type) {
    case 'heading': {
      const h: Heading = { type: 'heading', depth: b.depth, children: phrasing(b.children, refs) };
      return b.missing ? [h, jsxFlow('Missing', { label: '原文缺失' })] : [h];
    }
    case 'paragraph':
      return [{ type: 'paragraph', children: phrasing(b.children, refs) }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: b.ordered ?? false,
          spread: false,
          children: b.items.map((item) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: phrasing(item, refs) }],
          })),
        },
      ];
    case 'callout':
      return [
        jsxFlow(
          'Callout',
          {
            kind: b.kind,
            n: b.n,
            title: inlineText(b.title),
            note: firstNote(b.title),
            ...b.attrs,
          },
          b.children.flatMap((c) => block(c, sourceId, refs)),
        ),
      ];
    case 'figure':
      return [jsxFlow('Figure', { id: `${sourceId}-fig-${b.n}`, n: b.n, caption: b.caption, note: b.note })];
    case 'table': {
      const table: Table = {
        type: 'table',
        align: b.header.map(() => null),
        children: [b.header, ...b.rows].map((r) => ({ type: 'tableRow', children: r.map(cell) })),
      };
      return [jsxFlow('DataTable', { id: b.id, caption: b.caption }, [table])];
    }
  }
}

function footnotes(notes: readonly Footnote[], refs: PhrasingContext): RootContent[] {
  if (notes.length === 0) return [];
  const sorted = [...notes].sort((a, b) => a.n - b.n);
  return [
    jsxFlow(
      'Footnotes',
      {},
      sorted.map((f) =>
        jsxFlow('Footnote', { n: f.n, missing: f.missing ?? false }, [{ type: 'paragraph', children: phrasing(f.children, refs) }]),
      ),
    ),
  ];
}

/** The chapter body as mdast; front matter is added by emit. */
export function chapterTree(chapter: Chapter, sourceId: string, sourceTitle = '', flags: ReadonlyMap<string, string> = new Map()): Root {
  const refs = new PhrasingContext(sourceTitle, flags);
  const children = chapter.blocks.flatMap((b) => block(b, sourceId, refs));
  // Notes referenced from other notes would add anchors twice; count body references only.
  children.push(...footnotes(chapter.footnotes, new PhrasingContext()));
  return { type: 'root', children };
}
