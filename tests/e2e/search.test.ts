/**
 * Search through the header box, as a reader uses it: queries taken from the five sources'
 * published text (words, phrases, names, numbers with units, Traditional forms) and the page each
 * must find among the first results; filters; keyboard; the hit marked on the landed page; and
 * nothing of search loaded before the box is opened.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();

const DC = '/digital-consumption-2025';
const LC = '/live-commerce-2024';
const LM = '/live-marketing-sample-2026';
const XHS = '/xiaohongshu-digests-2026';
const LE = '/life-economy-2026/article/';

/** [query, page it must find, how many of the first results may come before it]. */
const QUERIES: [string, string, number][] = [
  // words and phrases
  ['银发族', `${DC}/ch-2/`, 3],
  ['Z世代', `${DC}/ch-2/`, 3],
  ['谷子经济', `${DC}/ch-4/`, 1],
  ['提振消费专项行动方案', `${DC}/ch-4/`, 3],
  ['一人千面', `${DC}/ch-6/`, 1],
  ['以旧换新', `${DC}/ch-3/`, 1], // nine times there, four in 直播电商 ch-3
  ['产业纵深整合', `${LC}/ch-6/`, 1],
  ['30多个新职业', `${LC}/ch-4/`, 1],
  ['消费者行为', `${LM}/ch-3/`, 1],
  ['兴趣电商', `${LM}/ch-7/`, 1],
  ['熟人社会', `${LM}/ch-8/`, 1],
  ['真人笔记互动社区', `${XHS}/spring-gala/`, 1],
  ['AI生成合成内容', `${XHS}/ai-labelling/`, 1],
  ['情绪洞察图鉴', `${XHS}/cny-emotions/`, 1],
  ['估值飙升', `${XHS}/valuation/`, 1],
  ['央视春晚', `${XHS}/spring-gala/`, 1],
  ['生活经济小峰会', LE, 1],
  // names of people and institutions
  ['黄益平', LE, 1],
  ['尹艳林', LE, 1],
  ['管清友', LE, 1],
  ['北京大学国家发展研究院', LE, 3],
  ['抖音电商', `${LM}/ch-7/`, 3],
  // numbers with units: the page stating the number comes first
  ['5.8万亿元', `${LC}/ch-1/`, 2],
  ['15.52万亿元', `${LC}/ch-3/`, 1],
  ['500亿美元', `${XHS}/valuation/`, 1],
  ['1200人', `${LC}/ch-4/`, 1],
  ['58分钟', `${LM}/ch-7/`, 1],
  ['4.2亿', `${LM}/ch-8/`, 1],
  ['3500亿元', `${XHS}/valuation/`, 1],
  ['71.2%', `${LC}/ch-3/`, 1],
  // data tables
  ['网络直播用户规模', '/data/tables/live-commerce-2024-fig-2-data/', 3],
  ['政策文件与行业标准索引', '/data/tables/live-commerce-2024-policy-index/', 1],
  // Traditional forms find the Simplified pages
  ['銀髮族', `${DC}/ch-2/`, 3],
  ['消費者行為', `${LM}/ch-3/`, 1],
  ['興趣電商', `${LM}/ch-7/`, 1],
  ['熟人社會', `${LM}/ch-8/`, 1],
  ['黃益平', LE, 1],
  ['估值飆升', `${XHS}/valuation/`, 1],
];

async function openPage(path = '/'): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage(); // axe needs a page of its own context
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  return page;
}

/** Type a query into the header box and return the result pages in the order shown. */
async function search(page: Page, q: string): Promise<string[]> {
  const box = page.locator('#search-q');
  await box.fill('');
  await box.focus();
  await page.keyboard.insertText(q);
  await expect.poll(() => page.locator('#search-results').getAttribute('data-query'), { timeout: 15_000 }).toBe(q);
  return page.locator('.search-group > ol > li > a.hit').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('loads nothing of search until the box is opened', async () => {
    const page = await site.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    const scripts: Promise<Buffer>[] = [];
    const onScript = (r: Response) => r.request().resourceType() === 'script' && scripts.push(r.body());
    page.on('response', onScript);
    await page.goto(site.server.url + `${DC}/ch-2/`, { waitUntil: 'networkidle' });
    expect(loaded.filter((p) => /pagefind|t2s|search\./.test(p))).toEqual([]);
    // The text-page budget: ≤ 8 KB of JavaScript (gzip) before search opens, inline scripts included.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
    const bytes = [...(await Promise.all(scripts)), ...inline.map((t) => Buffer.from(t))].reduce((n, b) => n + gzipSync(b).length, 0);
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
    page.off('response', onScript);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await expect.poll(() => loaded.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it(`finds the page of each of ${QUERIES.length} real queries among the first results`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    const page = await openPage();
    const misses: string[] = [];
    for (const [q, want, within] of QUERIES) {
      const got = await search(page, q);
      if (!got.slice(0, within).includes(want)) misses.push(`${q}: expected ${want} in the first ${within}, found ${got.slice(0, 4).join(' ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  }, 180_000);

  it('groups results by source, links sub-results to headings, and filters by source and type', async () => {
    const page = await openPage('/');
    await search(page, '直播电商');
    const groups = await page.locator('.search-group h2').allTextContents();
    expect(new Set(groups).size).toBe(groups.length);
    expect(groups.length).toBeGreaterThan(1);
    const subs = await page.locator('.subs a.hit').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(new URL(s).hash).toMatch(/^#.+/);

    await page.selectOption('#search-source', '直播电商高质量发展报告2024');
    await expect.poll(() => page.locator('.search-group h2').allTextContents()).toEqual(['直播电商高质量发展报告2024']);
    await page.selectOption('#search-source', '');
    await page.selectOption('#search-type', '数据表');
    await expect.poll(async () => {
      const kinds = await page.locator('.search-group .kind').allTextContents();
      return kinds.length > 0 && kinds.every((k) => k === '数据表');
    }).toBe(true);
    await page.selectOption('#search-type', '新闻报道');
    await search(page, '小红书');
    const paths = await page.locator('.search-group > ol > li > a.hit').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^\/(xiaohongshu-digests-2026|life-economy-2026)\//);
    await page.close();
  });

  it('moves with the arrows, opens with Enter, closes with Esc', async () => {
    const page = await openPage(`${LC}/ch-1/`);
    await search(page, '以旧换新');
    const panel = page.locator('#search-panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const hits = page.locator('a.hit');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('hit'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('a.hit')[1])).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    const first = await hits.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname + u.search + u.hash === first);
    await page.close();
  });

  it('lands on the heading of a sub-result with the query marked', async () => {
    const page = await openPage('/');
    await search(page, '谷子经济');
    const sub = page.locator('.subs a.hit').first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/\?highlight=.+#.+/);
    await sub.click();
    await page.waitForURL((u) => u.hash.length > 1);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.search-hit').first().textContent()).toBe('谷子经济');
    const inView = await page.locator('mark.search-hit').evaluateAll((ms) => ms.some((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
    expect(inView).toBe(true);
    await page.close();
  });

  it('shows the sentence that states a number with its unit first, under its heading', async () => {
    const page = await openPage('/');
    await search(page, '5.8万亿元');
    const first = page.locator('.search-group > ol > li').first();
    expect(await first.locator('.subs .excerpt mark').first().textContent()).toBe('5.8万亿元');
    expect(await first.locator('.subs a.hit').first().getAttribute('href')).toMatch(/^\/live-commerce-2024\/ch-1\/\?highlight=.+#.+/);
    await page.close();
  });

  it('marks a number with its unit across the number link', async () => {
    const page = await openPage(`${LC}/ch-3/?highlight=15.52万亿元`);
    await expect.poll(() => page.locator('mark.search-hit').evaluateAll((ms) => ms.map((m) => m.textContent).join(''))).toContain('15.52万亿元');
    await page.close();
  });

  it('has no axe violations with results and filters open', async () => {
    const page = await openPage(`${DC}/ch-2/`);
    await search(page, '银发族');
    const { violations } = await new AxeBuilder({ page }).include('.search').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
