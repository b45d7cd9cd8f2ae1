/** The built site on disk, for scans and for listing pages to visit. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

export function htmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error('expected a built site in dist/, found none; run npm run build first');
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** /live-commerce-2024/ch-1/ for dist/live-commerce-2024/ch-1/index.html */
export function routeOf(file: string): string {
  return file.slice(DIST.length).replace(/index\.html$/, '');
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Visible text of an HTML page (scripts, styles and tags removed, entities decoded enough for scans). */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
