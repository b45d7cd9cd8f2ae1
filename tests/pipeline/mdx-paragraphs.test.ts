/**
 * A paragraph made only of inline components compiles to a <p> (scripts/lib/mdx-paragraphs.ts),
 * checked with the compiler @astrojs/mdx runs, and every component the generated chapters use
 * inline is one the plugin knows to be inline.
 */
import { compile } from '@mdx-js/mdx';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { INLINE_COMPONENTS } from '../../scripts/lib/components.ts';
import { parseMdx } from '../../scripts/lib/mdx.ts';
import { remarkInlineParagraphs } from '../../scripts/lib/mdx-paragraphs.ts';

/** The JSX body MDX compiles a document to, with our plugin as astro.config.mjs sets it. */
async function body(mdx: string, plugins = [remarkInlineParagraphs]): Promise<string> {
  const js = String(await compile(mdx, { jsx: true, remarkPlugins: plugins }));
  return /function _createMdxContent[\s\S]*?return ([\s\S]*?);\n\}/.exec(js)?.[1] ?? js;
}

describe('paragraphs made only of inline components', () => {
  it('were unravelled by MDX alone: sentences outside any <p>, a line break between them', async () => {
    const out = await body('<Sentence id="a">甲。</Sentence><Sentence id="b">乙。</Sentence>\n', []);
    expect(out).toBe('<><Sentence id="a">{"甲。"}</Sentence>{"\\n"}<Sentence id="b">{"乙。"}</Sentence></>');
  });

  it('stay one paragraph, with nothing between the sentences', async () => {
    const out = await body('<Sentence id="a">甲。</Sentence><Sentence id="b">乙<FnRef n={1} />。</Sentence>\n\n<Sentence id="c">丙。</Sentence>\n');
    expect(out).toBe(
      '<><_components.p><Sentence id="a">{"甲。"}</Sentence><Sentence id="b">{"乙"}<FnRef n={1} />{"。"}</Sentence></_components.p>{"\\n"}' +
        '<_components.p><Sentence id="c">{"丙。"}</Sentence></_components.p></>',
    );
  });

  it('stay inline in a tight list item', async () => {
    const out = await body('- <Sentence id="a">甲。</Sentence><Sentence id="b">乙。</Sentence>\n- <Num fact="f">3%</Num>\n');
    expect(out).toContain('<_components.li><Sentence id="a">{"甲。"}</Sentence><Sentence id="b">{"乙。"}</Sentence></_components.li>');
    expect(out).toContain('<_components.li><Num fact="f">{"3%"}</Num></_components.li>');
  });

  it('leave a block component on its own line a block', async () => {
    const out = await body('<Figure id="x" />\n\n<Missing label="缺" />\n\n<Sentence id="a">甲。</Sentence><Missing label="缺" />\n');
    expect(out).not.toContain('_components.p');
  });
});

describe('generated chapters', () => {
  const dir = 'tests/fixtures/golden/chapters';
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name));

  it.each(files)('%s uses inline exactly the components known to be inline', (file) => {
    const inline = new Set<string>();
    const block = new Set<string>();
    visit(parseMdx(readFileSync(file, 'utf8')), (node) => {
      if (node.type === 'mdxJsxTextElement') inline.add(node.name ?? '');
      if (node.type === 'mdxJsxFlowElement') block.add(node.name ?? '');
    });
    expect([...inline].filter((n) => !INLINE_COMPONENTS.has(n))).toEqual([]);
    expect([...block].filter((n) => INLINE_COMPONENTS.has(n))).toEqual([]);
  });
});
