/**
 * The allow-list of components generated MDX may use, with the props each accepts. The MDX
 * guard enforces it at build time; src/components implements each one.
 */
export const GENERATED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Callout: ['kind', 'n', 'title', 'note', 'outlet', 'published', 'label'],
  FnRef: ['n', 'k'],
  Footnote: ['n', 'missing'],
  Footnotes: [],
  Cite: ['refs'],
  Figure: ['id', 'n', 'caption', 'note'],
  DataTable: ['id', 'caption'],
  Missing: ['label'],
  strong: [],
  Sentence: ['id'],
  Num: ['fact', 'subject', 'period', 'source', 'flag'],
};

/**
 * The components that render phrasing content (a <span>, <sup>, <a>, <strong>): a paragraph
 * made only of these is still a paragraph (scripts/lib/mdx-paragraphs.ts). The others render
 * blocks (<aside>, <figure>, <p>, <li>, <section>).
 */
export const INLINE_COMPONENTS: ReadonlySet<string> = new Set(['Sentence', 'Num', 'FnRef', 'Cite', 'strong']);
