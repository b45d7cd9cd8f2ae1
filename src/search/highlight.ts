/**
 * On a page opened from a search result (?highlight=…): mark every occurrence of the query in the
 * article and bring the first one after the linked heading into view. Matches may cross elements
 * (a number is a link, its unit is not), so the text is searched as one string and each matched
 * range is wrapped piece by piece.
 */
export function highlight(): void {
  const terms = new URLSearchParams(location.search)
    .getAll('highlight')
    .flatMap((t) => t.split(/\s+/))
    .filter(Boolean);
  const scope = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!scope || terms.length === 0) return;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => ((n.parentElement?.closest('.tip, script, style, [hidden]')) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const ranges: [number, number][] = [];
  for (const t of terms) for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) ranges.push([i, i + t.length]);
  ranges.sort((a, b) => b[0] - a[0]); // wrap from the end, so earlier offsets stay valid
  const marks: HTMLElement[] = [];
  let limit = Infinity;
  for (const [from, to] of ranges) {
    if (to > limit) continue; // overlaps a match already marked
    limit = from;
    for (let k = nodes.length - 1; k >= 0; k--) {
      const s = starts[k]!;
      const node = nodes[k]!;
      const e = s + node.data.length;
      if (e <= from || s >= to) continue;
      const range = document.createRange();
      range.setStart(node, Math.max(from, s) - s);
      range.setEnd(node, Math.min(to, e) - s);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      marks.unshift(mark);
    }
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = target ? marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : marks[0];
  first?.scrollIntoView({ block: 'center' });
}
