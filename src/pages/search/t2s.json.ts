/**
 * /search/t2s.json — the Traditional→Simplified character map that search loads when it opens
 * (src/lib/search.ts says why a map and not opencc-js in the browser).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { traditionalMap } from '../../lib/search.ts';

export const GET: APIRoute = async () => {
  const [chapters, tables, authored] = await Promise.all([getCollection('chapters'), getCollection('tables'), getCollection('authored')]);
  const text = [
    ...chapters.map((c) => `${c.data.title}\n${c.body ?? ''}`),
    ...tables.map((t) => JSON.stringify(t.data)),
    ...authored.map((a) => `${a.data.title}\n${a.body ?? ''}`),
  ].join('\n');
  return new Response(JSON.stringify(traditionalMap(text)), { headers: { 'Content-Type': 'application/json' } });
};
