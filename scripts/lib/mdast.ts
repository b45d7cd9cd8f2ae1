/**
 * Tiny constructors for the mdast/MDX nodes Report Atlas emits. Our own components appear only
 * with literal props: strings as plain attributes, numbers as `{14}` expressions whose value is
 * a numeric literal (the guard in mdx-guard.ts accepts nothing else).
 */
import type { BlockContent, PhrasingContent, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type Props = Record<string, string | number | boolean | undefined>;

function attributes(props: Props): MdxJsxAttribute[] {
  const out: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'string') out.push({ type: 'mdxJsxAttribute', name, value });
    else if (value === true) out.push({ type: 'mdxJsxAttribute', name, value: null });
    else {
      if (!Number.isFinite(value)) throw new Error(`Cannot emit prop \`${name}\`: expected a finite number, got ${value}`);
      out.push({
        type: 'mdxJsxAttribute',
        name,
        value: { type: 'mdxJsxAttributeValueExpression', value: String(value) },
      });
    }
  }
  return out;
}

export function jsxFlow(name: string, props: Props, children: (BlockContent | RootContent)[] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(props), children: children as MdxJsxFlowElement['children'] };
}

export function jsxText(name: string, props: Props, children: PhrasingContent[] = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(props), children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}
