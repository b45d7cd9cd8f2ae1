/**
 * The guard on generated MDX: source text must never become code. Generated files may hold
 * Markdown, GFM tables and our allow-listed components with literal props — nothing else:
 * no ESM (import/export), no {expressions}, no other JSX, no spread or computed props.
 * Used twice: by emit on what it is about to write, and as a remark plugin in
 * astro.config.mjs so a hand-edited generated file also fails the build.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { GENERATED_COMPONENTS } from './components.ts';

export interface GuardProblem {
  line: number;
  column: number;
  message: string;
}

const NUMERIC_LITERAL = /^-?\d+(\.\d+)?$/;

export function guardProblems(tree: Root): GuardProblem[] {
  const problems: GuardProblem[] = [];
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
    const report = (message: string): void => {
      problems.push({ ...at, message });
    };
    switch (node.type) {
      case 'mdxjsEsm':
        report(`Cannot allow ESM \`${String((node as { value: string }).value).slice(0, 40)}\` in generated MDX, expected text only`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(`Cannot allow expression \`{${String((node as { value: string }).value).slice(0, 40)}}\` in generated MDX, expected text only`);
        break;
      case 'html':
        report('Cannot allow raw HTML in generated MDX, expected text only');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = GENERATED_COMPONENTS[name];
        if (!allowed) {
          report(`Cannot allow JSX \`<${name}>\` in generated MDX, expected one of ${Object.keys(GENERATED_COMPONENTS).join(', ')}`);
          break;
        }
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            report(`Cannot allow spread props on <${name}>, expected literal props`);
          } else if (!allowed.includes(attr.name)) {
            report(`Cannot allow prop \`${attr.name}\` on <${name}>, expected one of ${allowed.join(', ') || '(none)'}`);
          } else if (attr.value && typeof attr.value === 'object' && !NUMERIC_LITERAL.test(attr.value.value.trim())) {
            report(`Cannot allow expression \`{${attr.value.value.slice(0, 40)}}\` in prop \`${attr.name}\` on <${name}>, expected a number literal`);
          }
        }
        break;
      }
    }
  });
  return problems;
}

/** remark plugin: fail the Astro build on generated files that break the rules. */
export const remarkGeneratedGuard: Plugin<[{ include: string }], Root> = function (options) {
  return (tree, file) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    if (!path.includes(options.include)) return;
    const [first, ...rest] = guardProblems(tree);
    if (first) {
      const more = rest.length ? ` (and ${rest.length} more)` : '';
      file.fail(`${path}:${first.line}:${first.column}: ${first.message}${more}`);
    }
  };
};
