/**
 * Keeps a paragraph made only of inline components a paragraph when MDX compiles it.
 *
 * MDX unravels every paragraph whose only content is JSX (@mdx-js/mdx's remark-mark-and-unravel),
 * so that `<Chart />` on a line of its own is a block and not `<p><figure>`. Generated chapters
 * have many paragraphs made only of <Sentence> wrappers; unravelled, those sentences were
 * rendered outside any <p> (paragraphs ran together) and the line breaks left between the
 * now-block elements read as a space after 。. A paragraph whose JSX is all inline components
 * (INLINE_COMPONENTS) is prose, whatever the markup: it must stay a paragraph.
 *
 * The unravelling runs straight after parsing, before any remark plugin, so this plugin acts
 * in two places: a from-markdown transform (part of parsing) hides such paragraphs under a
 * node type the unravelling ignores, and the plugin's own transform gives them back their type.
 * Paragraphs with a block component (Figure, Missing …) are left to MDX as before.
 */
import type { Paragraph, Root } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { INLINE_COMPONENTS } from './components.ts';

/** A node type nothing else knows, so no step between the two transforms touches it. */
const KEPT = 'inlineJsxParagraph';

/** True when MDX would unravel the paragraph although it holds only phrasing content. */
export function isInlineJsxParagraph(node: Paragraph): boolean {
  let jsx = false;
  for (const child of node.children) {
    if (child.type === 'mdxJsxTextElement') {
      if (!child.name || !INLINE_COMPONENTS.has(child.name)) return false;
      jsx = true;
    } else if (child.type !== 'text' || child.value.trim() !== '') {
      // Any other text or node already keeps the paragraph: MDX leaves it alone.
      return false;
    }
  }
  return jsx;
}

function hide(tree: Root): undefined {
  visit(tree, 'paragraph', (node: Paragraph) => {
    if (isInlineJsxParagraph(node)) (node as { type: string }).type = KEPT;
  });
}

function restore(tree: Root): undefined {
  visit(tree, (node) => {
    if ((node as { type: string }).type === KEPT) (node as { type: string }).type = 'paragraph';
  });
}

export const remarkInlineParagraphs: Plugin<[], Root> = function () {
  const data = this.data() as { fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[] };
  (data.fromMarkdownExtensions ??= []).push({ transforms: [hide] });
  return restore;
};
