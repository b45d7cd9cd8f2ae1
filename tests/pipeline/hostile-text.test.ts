/**
 * Source text is never code: hostile strings anywhere in a cleaned document serialize to MDX
 * that parses back to the same visible text, with no ESM, expressions or foreign JSX.
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Chapter, Inline } from '../../scripts/lib/doc.ts';
import { guardProblems } from '../../scripts/lib/mdx-guard.ts';
import { parseMdx, toMdx } from '../../scripts/lib/mdx.ts';
import { chapterTree } from '../../scripts/stages/structure.ts';

const HOSTILE = [
  '{process.env.HOME}',
  '{…}',
  '<script>alert(1)</script>',
  "import x from 'y'",
  'export const a = 1',
  '价格<100元',
  '<!-- -->',
  '<Callout kind="case">',
  '[1][2]',
  '[^14]',
  '**粗体**',
  '_斜_',
  '`code`',
  '# 标题',
  '1. 列表',
  '- 列表',
  '> 引用',
  '|a|b|',
  '&amp;',
  '\\',
  '~~删除~~',
  '---',
  'https://example.com/a_b_c',
  '<https://xf.dahe.cn/2025/02-08/1889849.html>',
  '***',
  '!',
  '[链接](javascript:alert(1))',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('中文', '。', '，', ' ', '60')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

function visible(tree: Root): string {
  let s = '';
  visit(tree, (node) => {
    if (node.type === 'yaml') return 'skip';
    if (node.type === 'text') s += node.value;
    return undefined;
  });
  return s;
}

/** Markdown cannot hold leading/trailing or repeated whitespace in a paragraph; compare ink only. */
const ink = (s: string): string => s.replace(/\s+/g, '');

function chapterWith(texts: string[]): Chapter {
  const t = (value: string): Inline[] => [{ type: 'text', value }];
  const [a = 'a', b = 'b', c = 'c', d = 'd', e = 'e', f = 'f'] = texts;
  return {
    slug: 'x',
    title: 'x',
    meta: {},
    blocks: [
      { type: 'heading', depth: 1, children: t(a) },
      { type: 'paragraph', children: [...t(b), { type: 'strong', children: t(c) }, { type: 'fnref', n: 3 }] },
      { type: 'list', items: [[...t(d), { type: 'cite', ns: [1, 2] }]] },
      { type: 'callout', kind: 'case', n: 1, title: t(e), children: [{ type: 'paragraph', children: t(f) }] },
      { type: 'table', id: 't', caption: a, header: [b, c], rows: [[d, e]] },
      { type: 'figure', n: 1, caption: f },
    ],
    footnotes: [{ n: 3, children: [{ type: 'link', url: 'https://example.com/', children: t(a) }] }],
  };
}

describe('hostile text', () => {
  it('round-trips every hostile fragment as text, with no code', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 6, maxLength: 6 }), (texts) => {
        const tree = chapterTree(chapterWith(texts), 'src');
        const mdx = toMdx(tree, { title: texts[0] });
        const back = parseMdx(mdx);
        expect(guardProblems(back)).toEqual([]);
        expect(ink(visible(back))).toBe(ink(visible(tree)));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it.each(HOSTILE)('keeps %j as visible text in a paragraph', (s) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: s }] }] };
    const back = parseMdx(toMdx(tree, {}));
    expect(guardProblems(back)).toEqual([]);
    expect(ink(visible(back))).toBe(ink(s));
  });

  it('front matter strings cannot break out of YAML', () => {
    const title = 'a\n---\nimport x from "y"\n{x}';
    const back = parseMdx(toMdx({ type: 'root', children: [] }, { title }));
    expect(back.children.map((n) => n.type)).toEqual(['yaml']);
    expect(guardProblems(back)).toEqual([]);
  });
});

describe('the MDX guard', () => {
  const problems = (src: string) => guardProblems(parseMdx(src)).map((p) => `${p.line}:${p.column} ${p.message}`);

  it('rejects ESM, expressions, foreign JSX and computed props with their positions', () => {
    expect(problems("import x from 'y'\n\ntext")).toEqual(["1:1 Cannot allow ESM `import x from 'y'` in generated MDX, expected text only"]);
    expect(problems('a {process.env.HOME} b')).toEqual(['1:3 Cannot allow expression `{process.env.HOME}` in generated MDX, expected text only']);
    expect(problems('<script>alert(1)</script>')).toEqual([
      '1:1 Cannot allow JSX `<script>` in generated MDX, expected one of Callout, FnRef, Footnote, Footnotes, Cite, Figure, DataTable, Missing, strong, Sentence, Num',
    ]);
    expect(problems('<FnRef n={globalThis.x} />')).toEqual([
      '1:1 Cannot allow expression `{globalThis.x}` in prop `n` on <FnRef>, expected a number literal',
    ]);
    expect(problems('<Cite {...x} />')).toEqual(['1:1 Cannot allow spread props on <Cite>, expected literal props']);
    expect(problems('<Figure onload="x" />')).toEqual(['1:1 Cannot allow prop `onload` on <Figure>, expected one of id, n, caption, note']);
  });

  it('accepts our components with literal props', () => {
    expect(problems('<Callout kind="case" n={3} title="标题">\n  正文\n</Callout>\n\n文<FnRef n={14} />字')).toEqual([]);
  });
});
