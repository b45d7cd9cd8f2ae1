/**
 * Lighthouse (mobile) on the pages the budgets name: home, a chapter, a chart-heavy page and the
 * data explorer. Prints the four category scores and layout shift per page; a measurement, not a
 * test.   npm run build && npm run lighthouse
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, startPreview } from '../tests/e2e/browser.ts';
import { samplePages } from './lib/sample-pages.ts';

const PAGES = Object.values(samplePages());
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log(['page', ...CATEGORIES, 'CLS'].join('\t'));
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse returned nothing for ${path}`);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    console.log([path, ...scores, cls.toFixed(3)].join('\t'));
    for (const c of CATEGORIES)
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (a && a.score !== null && a.score < 1 && ref.weight > 0) console.log(`    ${c}: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
      }
  }
} finally {
  chrome.kill();
  await server.stop();
}
