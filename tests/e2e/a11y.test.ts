/**
 * axe on every page type: home, report, chapter (text, footnotes, callouts, charts, digest),
 * ingest report, data page, authored page. Violations are listed by rule and element.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();

const PAGES = [
  '/',
  '/live-commerce-2024/',
  '/live-commerce-2024/ch-1/',
  '/live-commerce-2024/ch-3/',
  '/digital-consumption-2025/ch-2/',
  '/digital-consumption-2025/ch-3/',
  '/live-marketing-sample-2026/ch-12/',
  '/xiaohongshu-digests-2026/',
  '/xiaohongshu-digests-2026/cny-emotions/',
  '/life-economy-2026/article/',
  '/digital-consumption-2025/ingest/',
  '/data/',
  '/notes/about/',
  '/data/tables/xiaohongshu-digests-2026-cny-emotions/',
];

describe('accessibility (axe)', () => {
  it.each(PAGES)('%s has no violations', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.flatMap((v) => v.nodes.slice(0, 2).map((n) => `${v.id}: ${n.target.join(' ')}`));
    await context.close();
    expect(found).toEqual([]);
  }, 180_000); // the data page holds a thousand rows; axe takes its time there
});
