/**
 * Reader journeys in Debian's Chromium against `astro preview` of dist/: browse from the home
 * page to a chapter, follow headings and footnotes both ways, open grouped digest stories,
 * and never see a console error or a request leave localhost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlFiles, routeOf } from '../site/dist.ts';
import { useSite } from './site.ts';

const site = useSite();


/** A page that records console errors and any request to another host. */
async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') {
      foreign.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  const res = await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  expect(res?.status(), path).toBe(200);
  return { page, errors, foreign };
}

describe('reader journeys', () => {
  it('goes from the home page to a report, a chapter and the next chapter', async () => {
    const { page, errors, foreign } = await open('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('.card').count()).toBe(5);
    await page.getByRole('link', { name: '直播电商高质量发展报告2024' }).click();
    await page.waitForURL('**/live-commerce-2024/');
    const chapters = page.locator('.outline > li > a');
    expect(await chapters.count()).toBe(7);
    expect(await chapters.first().textContent()).toBe('前言');
    await chapters.nth(1).click();
    await page.waitForURL('**/live-commerce-2024/ch-1/');
    expect(await page.locator('article h1').textContent()).toMatch(/^一、/);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/live-commerce-2024/ch-2/');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('links every heading: the outline jumps to it and the id is in the URL', async () => {
    const { page } = await open('/digital-consumption-2025/ch-2/');
    const first = page.locator('aside .toc a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#.+/);
    await first.click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(href);
    const target = page.locator(decodeURIComponent(href!).replace(/^#(.*)$/, '[id="$1"]'));
    expect(await target.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
    await page.close();
  });

  it('follows a footnote to its note under the source number, and back', async () => {
    const { page } = await open('/digital-consumption-2025/ch-1/');
    const ref = page.locator('sup.fnref a').first();
    const n = await ref.textContent();
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#fn-${n}`);
    const note = page.locator(`#fn-${n}`);
    expect(await note.locator('.num').textContent()).toBe(n);
    await note.locator('a.back').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#fnref-${n}`);
    await page.close();
  });

  it('shows the note 21 that the source never defined as missing, not invented', async () => {
    const { page } = await open('/digital-consumption-2025/');
    const links = await page.locator('.outline > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    let found = false;
    for (const path of links) {
      await page.goto(site.server.url + path);
      if ((await page.locator('#fn-21').count()) > 0) {
        expect(await page.locator('#fn-21').textContent()).toContain('原文缺少此注释');
        expect(await page.locator('#fn-21').getAttribute('class')).toContain('missing');
        found = true;
      }
    }
    expect(found).toBe(true);
    await page.close();
  });

  it('groups a digest story’s retellings, collapsed, with outlet and time', async () => {
    const { page } = await open('/xiaohongshu-digests-2026/life-economy/');
    const variants = page.locator('details.variant');
    expect(await variants.count()).toBe(3);
    expect(await variants.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await variants.first().locator('summary').click();
    expect(await variants.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await variants.first().locator('.byline').textContent()).toContain('搜狐网');
    expect(await page.locator('article').textContent()).not.toMatch(/\[\d+\]/);
    await page.close();
  });

  it('labels every page of the illustrative sample report', async () => {
    const { page } = await open('/live-marketing-sample-2026/');
    const chapters = await page.locator('.outline > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(chapters.length).toBe(12);
    for (const path of chapters) {
      await page.goto(site.server.url + path);
      expect(await page.locator('.banner').first().textContent(), path).toContain('范文参考');
    }
    await page.close();
  });

  const routes = htmlFiles()
    .map(routeOf)
    .filter((r) => !r.endsWith('.html'));
  it.each(routes)('loads %s with no console error and no request to another host', async (r) => {
    const { page, errors, foreign } = await open(r);
    expect(errors, r).toEqual([]);
    expect(foreign, r).toEqual([]);
    await page.close();
  });
});
