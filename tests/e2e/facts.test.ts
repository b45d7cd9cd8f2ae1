/**
 * Facts in the browser: every fact's anchor resolves to exactly its sentence, numbers show
 * their fact on hover and focus, the data page sorts and marks conflicts, charts are real.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/schemas/fact.ts';
import { useSite } from './site.ts';

const site = useSite();
const facts = JSON.parse(readFileSync('dist/data/facts.json', 'utf8')) as Fact[];


describe('facts on chapter pages', () => {
  it('resolves every fact’s anchor to its exact sentence', async () => {
    const page = await site.browser.newPage();
    const byChapter = new Map<string, Fact[]>();
    for (const f of facts) byChapter.set(`/${f.source}/${f.chapter}/`, [...(byChapter.get(`/${f.source}/${f.chapter}/`) ?? []), f]);
    for (const [path, list] of byChapter) {
      await page.goto(site.server.url + path);
      const sentences = await page.evaluate(
        (anchors) =>
          anchors.map((a) => {
            const el = document.getElementById(a);
            if (!el) return null;
            const copy = el.cloneNode(true) as HTMLElement;
            // Tooltips, conflict marks, note references and citation markers are not part of the sentence's text.
            copy.querySelectorAll('.tip, .mark, .fnref, .cite').forEach((t) => t.remove());
            return copy.textContent;
          }),
        list.map((f) => f.anchor),
      );
      list.forEach((f, i) => expect(sentences[i], `${path}#${f.anchor}`).toBe(f.quote));
    }
    await page.close();
  });

  it('shows subject, period and source when a number is hovered or focused', async () => {
    const page = await site.browser.newPage();
    const f = facts.find((x) => x.source === 'live-commerce-2024' && x.text === '8.33亿人')!;
    await page.goto(`${site.server.url}/${f.source}/${f.chapter}/`);
    const num = page.locator(`a.num[href$="#${f.id}"]`);
    const tip = num.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await num.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`${f.subject}${f.period} · 直播电商高质量发展报告2024`);
    await page.mouse.move(0, 0);
    await num.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await num.click();
    await page.waitForURL(`**/data/#${f.id}`);
    expect(await page.locator(`tr[id="${f.id}"] .quote a`).getAttribute('href')).toBe(`/${f.source}/${f.chapter}/#${f.anchor}`);
    await page.close();
  });

  it('draws a real chart with a data table for a figure decoded from digits', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/live-commerce-2024/ch-1/`);
    const fig = page.locator('#live-commerce-2024-fig-2');
    expect(await fig.locator('svg[role="img"]').count()).toBe(1);
    expect(await fig.locator('svg title').first().textContent()).toContain('2020—2024年网络直播用户规模');
    expect(await fig.locator('table tbody tr').count()).toBe(5);
    expect(await fig.locator('table').textContent()).toContain('83,303');
    await page.close();
  });
});

describe('the data page', () => {
  it('shows a table’s missing cells as 原文未提供, never 0', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/data/tables/xiaohongshu-digests-2026-cny-emotions/`);
    expect(await page.locator('td.missing').allTextContents()).toEqual(['原文未提供', '原文未提供']);
    expect(await page.locator('tbody tr').count()).toBe(7);
    await page.close();
  });

  it('sorts a source’s facts by value and marks conflicts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/data/`);
    const table = page.locator('table.facts').first();
    const values = () => table.locator('tbody tr td:first-child').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.sortValue)));
    await table.locator('thead th').first().locator('button').click();
    const asc = await values();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await table.locator('thead th').first().locator('button').click();
    const desc = await values();
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
    expect(await page.locator('#conflicts + p + ol > li').count()).toBeGreaterThan(0);
    expect(await page.locator('tr.flagged a.flag').count()).toBeGreaterThan(0);
    await page.close();
  });
});
