/**
 * All the search JavaScript a page ships before the reader opens search: open on focus or on /,
 * and highlight a search hit when the page was reached from a result (?highlight=…).
 * Everything else is a dynamic import, so it costs nothing until used.
 */
const input = document.getElementById('search-q') as HTMLInputElement | null;
let opened: Promise<void> | undefined;

function open(): void {
  opened ??= import('./search.ts').then((m) => m.start(input!));
}

if (input) {
  input.addEventListener('focus', open);
  input.addEventListener('input', open);
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    e.preventDefault();
    input.focus();
  });
}

if (new URLSearchParams(location.search).has('highlight')) import('./highlight.ts').then((m) => m.highlight());
