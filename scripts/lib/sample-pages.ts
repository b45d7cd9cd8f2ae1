/**
 * The pages a measurement looks at, chosen from the built site rather than named: the home
 * page, a text page (the shortest chapter with no chart), a chart page (the chapter with the
 * most charts) and the data page. Whatever sources are published, the same kinds of page are
 * measured.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SamplePages {
  home: string;
  text: string;
  chart: string;
  data: string;
}

export function samplePages(dist = 'dist'): SamplePages {
  const chapters: { route: string; charts: number; bytes: number }[] = [];
  for (const source of readdirSync(dist).sort()) {
    const dir = join(dist, source);
    if (!statSync(dir).isDirectory() || ['data', 'notes', 'pagefind', '_astro'].includes(source)) continue;
    for (const chapter of readdirSync(dir).sort()) {
      const page = join(dir, chapter, 'index.html');
      if (chapter === 'ingest' || !existsSync(page)) continue;
      const html = readFileSync(page, 'utf8');
      chapters.push({ route: `/${source}/${chapter}/`, charts: (html.match(/class="chart-svg"/g) ?? []).length, bytes: html.length });
    }
  }
  if (chapters.length === 0) throw new Error(`expected chapter pages in ${dist}/, found none; run npm run build first`);
  const text = chapters.filter((c) => c.charts === 0).sort((a, b) => a.bytes - b.bytes || (a.route < b.route ? -1 : 1))[0] ?? chapters[0]!;
  const chart = [...chapters].sort((a, b) => b.charts - a.charts || (a.route < b.route ? -1 : 1))[0]!;
  return { home: '/', text: text.route, chart: chart.route, data: '/data/' };
}
