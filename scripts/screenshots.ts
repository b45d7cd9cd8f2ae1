/**
 * Look at what a reader sees: screenshot pages of the built site in headless Chromium.
 *   npm run build && npm run shots -- /<source id>/<chapter>/ /
 * PNGs go to tmp/shots/ (desktop 1280 wide and mobile 390 wide, full page).
 * --search=<query> types the query into the header box first and shoots the open results.
 * --dark emulates a system in dark mode (files named dark-…); --print emulates print media.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, startPreview } from '../tests/e2e/browser.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
if (paths.length === 0) paths.push('/');
mkdirSync('tmp/shots', { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 390, height: 844 }]] as const) {
    const dark = process.argv.includes('--dark');
    const print = process.argv.includes('--print');
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
    if (print) await page.emulateMedia({ media: 'print' });
    for (const p of paths) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const query = process.argv.find((a) => a.startsWith('--search='))?.slice(9);
      const file = `tmp/shots/${dark ? 'dark-' : ''}${print ? 'print-' : ''}${name}${p.replace(/[^a-z0-9]+/gi, '_')}${query ? 'search' : ''}.png`;
      if (query) {
        await page.locator('#search-q').fill(query);
        await page.locator(`#search-results[data-query="${query}"]`).waitFor({ timeout: 15_000 });
      }
      const anchor = process.argv.find((a) => a.startsWith("--scroll="))?.slice(9);
      if (anchor) await page.locator(anchor).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: file, fullPage: !process.argv.includes("--viewport") });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
