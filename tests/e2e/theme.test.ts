/**
 * Dark mode and print: the header toggle switches and is remembered, the system preference is
 * followed while nothing is stored, the theme is set before first paint, axe passes in dark on a
 * chart chapter, and print media shows the article alone with its figures and captions.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();
const CHART_PAGE = '/live-commerce-2024/ch-1/';

async function open(path: string, colorScheme: 'light' | 'dark' = 'light', init?: (p: Page) => Promise<unknown>) {
  const context = await site.browser.newContext({ colorScheme });
  const page = await context.newPage();
  await init?.(page);
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  return { context, page };
}

const theme = (p: Page) => p.evaluate(() => document.documentElement.dataset.theme);
const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('dark mode', () => {
  it('the toggle is a named button; it switches and persists across a reload', async () => {
    const { context, page } = await open('/');
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await theme(page)).toBe('light');
    const light = await bg(page);
    await toggle.click();
    expect(await theme(page)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await bg(page)).not.toBe(light);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await theme(page)).toBe('dark');
    expect(await page.getByRole('button', { name: '深色模式' }).getAttribute('aria-pressed')).toBe('true');
    // Another page of the site remembers it too; switching back is remembered as well.
    await page.goto(site.server.url + CHART_PAGE, { waitUntil: 'networkidle' });
    expect(await theme(page)).toBe('dark');
    await page.getByRole('button', { name: '深色模式' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await theme(page)).toBe('light');
    await context.close();
  }, 60_000);

  it('on a 390 px phone the toggle shares the header row with the brand and the links', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.server.url + '/', { waitUntil: 'networkidle' });
    const brand = await page.locator('.brand').boundingBox();
    const toggle = await page.getByRole('button', { name: '深色模式' }).boundingBox();
    expect(brand && toggle && Math.abs((brand.y + brand.height / 2) - (toggle.y + toggle.height / 2))).toBeLessThan(4);
    expect(toggle!.x + toggle!.width).toBeLessThanOrEqual(390);
    await context.close();
  }, 60_000);

  it('follows the system while nothing is stored, and a stored choice beats it', async () => {
    const dark = await open('/', 'dark');
    expect(await theme(dark.page)).toBe('dark');
    expect(await dark.page.evaluate(() => localStorage.length)).toBe(0);
    // The system switching while the page is open is followed too (the change event is async).
    await dark.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(dark.page)).toBe('light');
    await dark.context.close();
    const pinned = await open('/', 'dark', (p) => p.addInitScript(() => localStorage.setItem('atlas-theme', 'light')));
    expect(await theme(pinned.page)).toBe('light');
    await pinned.context.close();
  }, 60_000);

  it('sets the theme before first paint (already there at DOMContentLoaded, before any module script)', async () => {
    const { context, page } = await open('/', 'dark', (p) => p.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const html = document.documentElement;
        (window as unknown as { atDcl: unknown }).atDcl = { theme: html.dataset.theme, bg: getComputedStyle(document.body).backgroundColor };
      }, { capture: true, once: true });
    }));
    const atDcl = await page.evaluate(() => (window as unknown as { atDcl: { theme?: string; bg: string } }).atDcl);
    expect(atDcl.theme).toBe('dark');
    expect(atDcl.bg).toBe(await bg(page));
    // The setter is inline in <head>, ahead of the body: it runs before the body is parsed.
    const headScript = await page.evaluate(() => Array.from(document.head.querySelectorAll('script:not([src]):not([type=module])')).some((s) => s.textContent?.includes('dataset.theme')));
    expect(headScript).toBe(true);
    await context.close();
  }, 60_000);

  // Every page type of the a11y suite but /data/ (a thousand rows; its colours are the tables' here).
  it.each(['/', CHART_PAGE, '/live-commerce-2024/', '/digital-consumption-2025/ch-3/', '/live-marketing-sample-2026/ch-12/',
    '/xiaohongshu-digests-2026/cny-emotions/', '/life-economy-2026/article/', '/digital-consumption-2025/ingest/', '/notes/about/',
    '/data/tables/xiaohongshu-digests-2026-cny-emotions/'])('%s has no axe violations in dark mode', async (path) => {
    const { context, page } = await open(path, 'dark');
    expect(await theme(page)).toBe('dark');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('charts and tooltips change palette in dark mode', async () => {
    const { context, page } = await open(CHART_PAGE, 'dark');
    const svgFill = await page.evaluate(() => getComputedStyle(document.querySelector('figure[data-chart] svg')!).fill);
    expect(svgFill).toBe('rgb(230, 228, 223)'); // the chart's ink turned light
    const mark = page.locator('figure[data-chart] .mark').first();
    await mark.focus();
    const tip = page.locator('figure[data-chart] .chart-tip').first();
    expect(await tip.isVisible()).toBe(true);
    const [tipBg, tipInk] = await tip.evaluate((t) => [getComputedStyle(t).backgroundColor, getComputedStyle(t).color]);
    expect(tipBg).toBe('rgb(236, 234, 229)');
    expect(tipInk).toBe('rgb(29, 31, 35)');
    await context.close();
  }, 60_000);
});

describe('print', () => {
  it('prints the article alone: no nav, sidebar or toolbars; figures and captions stay', async () => {
    const { context, page } = await open(CHART_PAGE, 'dark');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', 'nav[aria-label="站点"]', 'aside.side', '.pager', '.breadcrumbs', '.chart-tools', '.site-footer', '.theme-toggle']) {
      const n = await page.locator(sel).count();
      for (let i = 0; i < n; i++) expect(await page.locator(sel).nth(i).isVisible(), sel).toBe(false);
    }
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) {
      const f = figures.nth(i);
      expect(await f.locator('svg.chart-svg').isVisible()).toBe(true);
      expect(await f.locator('figcaption').isVisible()).toBe(true);
      expect(await f.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    }
    // On paper the light palette, whatever the screen theme.
    expect(await bg(page)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('h1').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(29, 31, 35)');
    // The reliability note is the one banner that prints (where the source has one).
    const notes = page.locator('.banner[role=note]');
    for (let i = 0; i < (await notes.count()); i++) expect(await notes.nth(i).isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('shows the address of an external link on paper once: not after a link whose text already is it', async () => {
    const { context, page } = await open('/digital-consumption-2025/ch-1/');
    await page.emulateMedia({ media: 'print' });
    // Every external link in the generated chapters spells its address: nothing is added.
    const ext = page.locator('.prose a[href^="http"]');
    expect(await ext.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await ext.count()); i++) {
      expect(await ext.nth(i).evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    }
    // A link named otherwise (as the build marks it) prints its address after the name.
    const after = await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: 'https://www.cnnic.net.cn/', textContent: '中国互联网络信息中心' });
      a.setAttribute('data-print-url', '');
      document.querySelector('.prose p')!.append(a);
      return getComputedStyle(a, '::after').content;
    });
    expect(after).toBe('"（https://www.cnnic.net.cn/）"');
    await context.close();
  }, 60_000);
});
