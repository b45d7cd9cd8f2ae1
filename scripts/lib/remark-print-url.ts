/**
 * Print shows the address of an external link after it (global.css, @media print), but only
 * where the link's own text does not already spell it: a source list that reads
 * `www.sohu.com/a/…` would otherwise print every address twice. Such links get
 * `data-print-url`; the print stylesheet appends `（href）` to those alone.
 */
import type { Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** An address as a reader compares it: no scheme, no `www.`, no trailing slash. */
export function bareUrl(s: string): string {
  return s.trim().replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
}

function textOf(node: { value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as { value?: unknown; children?: unknown[] })).join('');
}

/** True when printing should add the address: external, and not already the link's text. */
export function needsPrintUrl(href: string, text: string): boolean {
  return /^https?:\/\//i.test(href) && bareUrl(text) !== bareUrl(href);
}

export const remarkPrintUrl: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'link', (node: Link) => {
    if (!needsPrintUrl(node.url, textOf(node))) return;
    node.data ??= {};
    node.data.hProperties = { ...(node.data.hProperties ?? {}), 'data-print-url': '' };
  });
};
