/**
 * MDX in and out, from syntax trees only. toMdx serializes an mdast tree (plus YAML front
 * matter) with the MDX and GFM extensions, which escape whatever text would otherwise parse
 * as syntax; parseMdx reads it back the way @astrojs/mdx will.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { stringify } from 'yaml';

export function toMdx(tree: Root, data: Record<string, unknown>): string {
  const yaml = stringify(data, { lineWidth: 0, sortMapEntries: false }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...tree.children] };
  return toMarkdown(root, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    // mdast-util-mdx does not escape a line that starts like ESM; MDX would run it as code.
    // Encoding the first letter as a character reference keeps it text.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  });
}

export function parseMdx(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfm(), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown(), mdxFromMarkdown()],
  });
}
