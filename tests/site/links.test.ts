/**
 * Every internal link of the built site resolves: the page exists and, for a #fragment, the
 * target page has an element with that id (headings, sentences, notes, facts, conflicts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, read, routeOf } from './dist.ts';

const ids = new Map<string, Set<string>>();
function idsOf(route: string): Set<string> {
  let set = ids.get(route);
  if (!set) {
    const file = join(DIST, route, route.endsWith('/') ? 'index.html' : '');
    set = new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(route, set);
  }
  return set;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

describe('internal links', () => {
  it.each(htmlFiles().map((f) => [routeOf(f), f] as const))('%s links only to pages and anchors that exist', (route, file) => {
    const broken: string[] = [];
    for (const m of read(file).matchAll(/\shref="([^"]+)"/g)) {
      const href = decodeEntities(m[1]!);
      if (/^(https?:|data:|mailto:)/.test(href)) continue;
      const [path = '', hash] = href.split('#');
      const target = path === '' ? route : path;
      if (!target.startsWith('/')) continue;
      const onDisk = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
      if (!existsSync(onDisk)) broken.push(href);
      else if (hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
