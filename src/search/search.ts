/**
 * The search panel, loaded on first use: Pagefind's JS API (not its UI), a Traditional→Simplified
 * map built with the site (src/lib/search.ts), results grouped by source with sub-results that
 * link to the heading, filters by source and type, and keyboard: ↓/↑ move, Enter opens, Esc closes.
 */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Results shown; the first RERANK are loaded so an exact phrase can move up among them. */
const SHOWN = 10;
const RERANK = 20;
const TYPE_ORDER = ['报告章节', '新闻报道', '数据表', '说明'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let pagefind: Pagefind;
let t2s: Record<string, string> = {};
let runId = 0;

/** The query as the index spells it: Simplified characters, full-width digits and letters halved. */
export function normalize(q: string, map: Record<string, string> = t2s): string {
  return [...q.normalize('NFKC')].map((c) => map[c] ?? c).join('').trim();
}

const squash = (s: string) => s.replace(/\s+/g, '');

export async function start(input: HTMLInputElement): Promise<void> {
  const panel = $<HTMLDivElement>('search-panel');
  const results = $<HTMLDivElement>('search-results');
  const status = $<HTMLParagraphElement>('search-status');
  const source = $<HTMLSelectElement>('search-source');
  const type = $<HTMLSelectElement>('search-type');
  const root = input.closest('.search') as HTMLElement;

  status.textContent = '正在载入搜索…';
  const [pf, map] = await Promise.all([
    import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetch(`${BASE}search/t2s.json`).then((r) => r.json() as Promise<Record<string, string>>),
  ]);
  pagefind = pf;
  t2s = map;
  await pagefind.options({ excerptLength: 26 });
  await pagefind.init();
  const filters = await pagefind.filters();
  fill(source, Object.keys(filters.source ?? {}).sort((a, b) => (a === 'Report Atlas' ? 1 : b === 'Report Atlas' ? -1 : 0)));
  fill(type, Object.keys(filters.type ?? {}).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)));
  status.textContent = '';

  const show = (on: boolean) => {
    panel.hidden = !on;
  };
  const hits = () => [...results.querySelectorAll<HTMLAnchorElement>('a.hit')];

  let timer: number | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  };

  async function run(): Promise<void> {
    const id = ++runId;
    const raw = input.value;
    const q = normalize(raw);
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      show(false);
      return;
    }
    show(true);
    const f: Record<string, string> = {};
    if (source.value) f.source = source.value;
    if (type.value) f.type = type.value;
    const found = await pagefind.search(q, { filters: f });
    const data = await Promise.all(found.results.slice(0, RERANK).map((r) => r.data()));
    if (id !== runId) return;
    render(q, rank(q, data).slice(0, SHOWN), found.results.length);
    // Which typed query the list shows (the list lags the box while the reader types).
    results.dataset.query = raw;
  }

  function render(q: string, list: ResultData[], total: number): void {
    results.replaceChildren();
    if (list.length === 0) {
      status.textContent = `没有找到与“${input.value.trim()}”相关的内容。`;
      return;
    }
    status.textContent = total > list.length ? `找到 ${total} 个页面，显示前 ${list.length} 个。` : `找到 ${total} 个页面。`;
    const groups = new Map<string, ResultData[]>();
    for (const r of list) {
      const key = r.filters.source?.[0] ?? 'Report Atlas';
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    let n = 0;
    for (const [name, items] of groups) {
      const section = el('section', 'search-group');
      const h = el('h2');
      h.id = `search-g${n++}`;
      h.textContent = name;
      section.setAttribute('aria-labelledby', h.id);
      const ol = el('ol');
      for (const r of items) {
        const li = el('li');
        const a = hit(r.url, q, r.meta.title ?? r.url);
        const kind = el('span', 'kind');
        kind.textContent = r.filters.type?.[0] ?? '';
        a.append(kind);
        li.append(a);
        const subs = subResults(q, r);
        const own = r.sub_results.find((s) => s.title === r.meta.title);
        if (subs.length === 0 || own) li.append(excerpt(own?.excerpt ?? r.excerpt));
        if (subs.length > 0) {
          const ul = el('ul', 'subs');
          for (const s of subs) {
            const sli = el('li');
            sli.append(hit(s.url, q, s.title), excerpt(s.excerpt));
            ul.append(sli);
          }
          li.append(ul);
        }
        ol.append(li);
      }
      section.append(h, ol);
      results.append(section);
    }
  }

  input.addEventListener('input', schedule);
  source.addEventListener('change', run);
  type.addEventListener('change', run);
  input.addEventListener('focus', () => {
    if (input.value.trim()) show(true);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (panel.hidden && input.value.trim()) show(true);
      hits()[0]?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first = hits()[0];
      if (first) location.href = first.href;
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        show(false);
      } else input.value = '';
    }
  });
  panel.addEventListener('keydown', (e) => {
    const list = hits();
    const i = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      show(false);
      input.focus();
    } else if (i >= 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? list[i + 1] : list[i - 1];
      (next ?? (e.key === 'ArrowUp' ? input : list[i]))?.focus();
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (!root.contains(e.target as Node)) show(false);
  });
  root.addEventListener('focusout', (e) => {
    if (e.relatedTarget && !root.contains(e.relatedTarget as Node)) show(false);
  });

  if (input.value.trim()) run();
}

/**
 * Pagefind ranks by its segmented words, so a page with 兴趣 and 电商 scattered can outrank the
 * chapter about 兴趣电商. Pages stating the query as typed (a number with its unit, a name, a
 * phrase) move ahead: first those whose title states it, then by how often the text does;
 * Pagefind's order is kept among equals and for the rest.
 */
export function rank(q: string, list: ResultData[]): ResultData[] {
  const phrase = squash(q);
  const scored = list.map((r, i) => {
    const text = squash(r.content);
    let count = 0;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) count++;
    const inTitle = squash(r.meta.title ?? '').includes(phrase);
    return { r, i, score: count === 0 && !inTitle ? 0 : (inTitle ? 1000 : 0) + count };
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.r);
}

/**
 * Up to three headings of the page where the words occur. When the text states the query as
 * typed, the heading it stands under comes first, with that sentence as its excerpt: Pagefind's
 * excerpt marks the segmented words (万亿, 亿元) wherever they cluster, not the number asked for.
 */
function subResults(q: string, r: ResultData): SubResult[] {
  // The chapter title's own anchor repeats the result's title: its excerpt stands under the title.
  const subs = r.sub_results.filter((s) => s.anchor && s.url !== r.url && s.title !== r.meta.title);
  const at = r.content.indexOf(q);
  if (at < 0) return subs.slice(0, 3);
  let best: SubResult | undefined;
  let bestAt = -1;
  for (const s of subs) {
    const h = r.content.lastIndexOf(s.title, at);
    if (h > bestAt) [best, bestAt] = [s, h];
  }
  const stated = statedAt(r.content, at, q);
  if (!best) {
    r.excerpt = stated; // before the first heading: the page's own excerpt shows the sentence
    return subs.slice(0, 3);
  }
  return [{ ...best, excerpt: stated }, ...subs.filter((s) => s !== best)].slice(0, 3);
}

/** The sentence around content[at] stating q, escaped, with q marked. */
function statedAt(content: string, at: number, q: string): string {
  const from = Math.max(content.lastIndexOf('。', at) + 1, at - 40);
  const end = content.indexOf('。', at + q.length);
  const to = end >= 0 && end - at < 60 ? end + 1 : Math.min(content.length, at + q.length + 40);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `${esc(content.slice(from, at).trimStart())}<mark>${esc(q)}</mark>${esc(content.slice(at + q.length, to))}`;
}

function fill(select: HTMLSelectElement, values: string[]): void {
  for (const v of values) select.append(new Option(v, v));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  return e;
}

/** A result link that carries the query, so the landed page can mark it (src/search/highlight.ts). */
function hit(href: string, q: string, title: string): HTMLAnchorElement {
  const a = el('a', 'hit');
  const u = new URL(href, location.href);
  u.searchParams.set('highlight', q);
  a.href = u.pathname + u.search + u.hash;
  a.textContent = title;
  return a;
}

/**
 * Pagefind's excerpt: text it escaped, with <mark> around the matched words. It joins a heading
 * to the next paragraph with ". " and cuts mid-sentence: in Chinese that reads as a stray period
 * and a line opening with 、 or ）, so the join becomes 。 and a cut shows as …
 */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'excerpt');
  p.innerHTML = html
    .replace(/([\u3400-\u9fff”」）》])\. /g, '$1。')
    .replace(/^(?:<mark>)?[、，。；：）)」』”’！？\s]+/, (m) => (m.startsWith('<mark>') ? '…<mark>' : '…'))
    .replace(/([^。？！…])$/, '$1…');
  return p;
}
