/**
 * What the dist/ scan (tests/site/paragraphs.test.ts) cannot see, measured in Chromium: a
 * footnote number sits tight against the text around it (知识¹⁵。, not 知识 ¹⁵ 。) and never
 * starts a line, and a report's credits keep a gap between role and name (编委会副主任 张晓).
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, routeOf } from '../site/dist.ts';
import { useSite } from './site.ts';

const site = useSite();

const withNotes = htmlFiles()
  .filter((f) => read(f).includes('class="fnref"'))
  .map(routeOf)
  .filter((r) => /^\/[a-z0-9-]+\/(?!ingest\/)[a-z0-9-]+\/$/.test(r));

describe('footnote references', () => {
  it('are found on some chapter pages', () => {
    expect(withNotes.length).toBeGreaterThan(0);
  });

  it.each(withNotes)('%s: no gap before or after a note number, and no number starts a line', async (route) => {
    for (const width of [1280, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.server.url + route, { waitUntil: 'networkidle' });
      // Horizontal distance from the text's last character to the number's first, and from the
      // number's last to the next character, when both sit on one line; a number left of the
      // character before it has wrapped to the start of the next line.
      const found = await page.evaluate(() => {
        const rectOf = (t: Text, from: number, to: number): DOMRect => {
          const r = document.createRange();
          r.setStart(t, from);
          r.setEnd(t, to);
          return r.getBoundingClientRect();
        };
        const gaps: { at: string; px: number }[] = [];
        const wrapped: string[] = [];
        for (const sup of document.querySelectorAll<HTMLElement>('article .fnref')) {
          const digits = sup.querySelector('a')?.firstChild;
          if (!(digits instanceof Text) || !digits.length) continue;
          const num = rectOf(digits, 0, digits.length);
          const before = sup.previousSibling;
          const after = sup.nextSibling;
          if (before instanceof Text && before.length) {
            const r = rectOf(before, before.length - 1, before.length);
            if (num.left < r.left) wrapped.push(sup.id);
            else gaps.push({ at: `before ${sup.id}`, px: num.left - r.right });
          }
          if (after instanceof Text && after.length) {
            const r = rectOf(after, 0, 1);
            if (r.left > num.left) gaps.push({ at: `after ${sup.id}`, px: r.left - num.right });
          }
        }
        return { gaps, wrapped };
      });
      await page.close();
      expect(found.gaps.length).toBeGreaterThan(0);
      expect(found.gaps.filter((g) => Math.abs(g.px) > 0.5), `${width}px`).toEqual([]);
      expect(found.wrapped, `${width}px: numbers at the start of a line`).toEqual([]);
    }
  });
});

describe('a report’s credits', () => {
  it('keep a gap between each role and its names, on desktop and phone', async () => {
    const report = htmlFiles().map(routeOf).find((r) => /^\/[a-z0-9-]+\/$/.test(r) && read(`dist${r}index.html`).includes('<dl class="meta"'));
    expect(report).toBeDefined();
    for (const width of [1280, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.server.url + report!, { waitUntil: 'networkidle' });
      const gaps = await page.evaluate(() =>
        [...document.querySelectorAll('dl.meta dt')].map((dt) => {
          const range = document.createRange();
          range.selectNodeContents(dt);
          const label = range.getBoundingClientRect();
          const dd = dt.nextElementSibling!;
          range.selectNodeContents(dd);
          const names = range.getClientRects()[0]!;
          return { role: dt.textContent, gap: names.left - label.right, sameLine: Math.abs(names.top - label.top) < label.height };
        }),
      );
      await page.close();
      expect(gaps.length).toBeGreaterThan(0);
      // At least a third of a character between 编委会副主任 and 张晓.
      expect(gaps.filter((g) => g.sameLine && g.gap < 5), `${width}px`).toEqual([]);
    }
  });
});
