/**
 * The browser tests' server: a port of its own, checked to serve this build's dist/.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startPreview } from './browser.ts';

describe('startPreview', () => {
  it('binds a port of its own even while another server is listening, and serves dist/', async () => {
    // A stranger on some port, answering every request with another site.
    const stranger = createServer((_req, res) => res.end('<h1>not our site</h1>'));
    await new Promise<void>((r) => stranger.listen(0, '127.0.0.1', r));
    const strangerPort = (stranger.address() as AddressInfo).port;
    const [a, b] = await Promise.all([startPreview(), startPreview()]);
    try {
      const ports = [a.url, b.url].map((u) => Number(new URL(u).port));
      expect(new Set([...ports, strangerPort]).size).toBe(3);
      const home = readFileSync('dist/index.html', 'utf8');
      expect(await (await fetch(a.url + '/')).text()).toBe(home);
      expect(await (await fetch(b.url + '/')).text()).toBe(home);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      stranger.close();
    }
  });
});
