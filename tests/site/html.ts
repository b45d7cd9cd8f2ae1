/**
 * A small HTML tree for scans of dist/: enough for the well-formed HTML Astro writes (every
 * element closed or void, attributes quoted), not a general parser. Tests ask where an element
 * or a piece of text sits, which regular expressions over the page cannot answer.
 */

export interface El {
  kind: 'el';
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export interface Text {
  kind: 'text';
  /** As written in the file: entities are not decoded. */
  value: string;
  parent: El;
}
export type Node = El | Text;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
/** Closing these closes an open <p> or <li> the way a browser would (optional end tags). */
const AUTO_CLOSED: Record<string, ReadonlySet<string>> = {
  p: new Set(['p', 'div', 'ul', 'ol', 'table', 'section', 'aside', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'details', 'nav', 'pre', 'hr']),
  li: new Set(['li']),
};

const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseHtml(html: string): El {
  const root: El = { kind: 'el', tag: '#root', attrs: {}, children: [], parent: null };
  let open = root;
  let at = 0;
  const text = (value: string): void => {
    if (value) open.children.push({ kind: 'text', value, parent: open });
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    text(html.slice(at, m.index));
    at = TAG.lastIndex;
    const [whole, closing, opening, attrText = '', selfClosing] = m;
    if (whole.startsWith('<!')) continue;
    if (closing) {
      const tag = closing.toLowerCase();
      let el: El | null = open;
      while (el && el.tag !== tag) el = el.parent;
      if (el?.parent) open = el.parent;
      continue;
    }
    const tag = opening!.toLowerCase();
    const auto = Object.entries(AUTO_CLOSED).find(([t, by]) => open.tag === t && by.has(tag));
    if (auto && open.parent) open = open.parent;
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    const el: El = { kind: 'el', tag, attrs, children: [], parent: open };
    open.children.push(el);
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, at);
      const stop = end < 0 ? html.length : end;
      el.children.push({ kind: 'text', value: html.slice(at, stop), parent: el });
      TAG.lastIndex = at = stop;
    } else if (!selfClosing && !VOID.has(tag)) {
      open = el;
    }
  }
  text(html.slice(at));
  return root;
}

export function hasClass(el: El, name: string): boolean {
  return (el.attrs.class ?? '').split(/\s+/).includes(name);
}

/** Every element under `root`, in document order. */
export function* elements(root: El): Generator<El> {
  for (const child of root.children) {
    if (child.kind !== 'el') continue;
    yield child;
    yield* elements(child);
  }
}

/** Every text node under `root`, in document order (script and style contents left out). */
export function* texts(root: El): Generator<Text> {
  for (const child of root.children) {
    if (child.kind === 'text') yield child;
    else if (!RAW.has(child.tag)) yield* texts(child);
  }
}

export function ancestors(node: Node): El[] {
  const out: El[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/** The text of an element as it stands in the file, tags removed. */
export function textOf(el: El): string {
  return [...texts(el)].map((t) => t.value).join('');
}

/** Where a node is, for failure messages: `article > p > span#s-3-0`. */
export function pathOf(node: Node): string {
  const chain = (node.kind === 'el' ? [node, ...ancestors(node)] : ancestors(node)).filter((e) => e.tag !== '#root').reverse();
  return chain
    .slice(-4)
    .map((e) => e.tag + (e.attrs.id ? `#${e.attrs.id}` : e.attrs.class ? `.${e.attrs.class.split(/\s+/)[0]}` : ''))
    .join(' > ');
}
