/**
 * Debian's Chromium driven by playwright-core, and an `astro preview` server of dist/ — the
 * real components, nothing downloaded. Shared by the browser tests and scripts/screenshots.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`expected Chromium at ${CHROMIUM}, found nothing; run: apt-get install -y chromium fonts-noto-cjk`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serve dist/ with Astro's own preview server, in this process, on a port the OS picks (port 0),
 * so no other server can answer in its place. Before returning, the home page it serves is
 * compared with dist/index.html: a test never runs against some other site.
 */
export async function startPreview(): Promise<Server> {
  const home = 'dist/index.html';
  if (!existsSync(home)) throw new Error('expected a built site in dist/, found none; run npm run build first');
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  // astro's PreviewServer reports the port it was asked for (0); the bound address is on the
  // underlying node server.
  const address = (server as unknown as { server?: { address(): AddressInfo | string | null } }).server?.address();
  if (!address || typeof address === 'string') {
    await server.stop();
    throw new Error('bug in tests/e2e/browser.ts: astro preview did not expose the port it bound');
  }
  const url = `http://127.0.0.1:${address.port}`;
  const served = await (await fetch(url + '/')).text();
  if (served !== readFileSync(home, 'utf8')) {
    await server.stop();
    throw new Error(`expected ${url}/ to serve ${home}, found another page; is another server on that port?`);
  }
  return { url, stop: () => server.stop() };
}
