/** Small structural readers for chart SVG strings (no DOM in unit tests). */

/** Throws unless every element is closed in order: the SVG is well-formed enough to inline. */
export function assertBalanced(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, close, tag = '', self] = m;
    if (self) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) throw new Error(`unbalanced </${tag}> at ${m.index}`);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

export function count(svg: string, re: RegExp): number {
  return [...svg.matchAll(new RegExp(re.source, 'g'))].length;
}

/** aria-labels of the focusable marks, in document (= keyboard) order. */
export function markLabels(svg: string): string[] {
  return [...svg.matchAll(/<g class="mark" tabindex="0" role="img" aria-label="([^"]*)"/g)].map((m) => m[1] ?? '');
}

export function rootAttr(svg: string, name: string): string | undefined {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
}
