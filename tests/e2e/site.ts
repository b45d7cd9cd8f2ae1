/** One preview server and one browser per test file, started before and stopped after it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startPreview, type Server } from './browser.ts';

export function useSite(): { readonly server: Server; readonly browser: Browser } {
  const site = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    site.server = await startPreview();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
