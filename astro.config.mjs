// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { remarkGeneratedGuard } from './scripts/lib/mdx-guard.ts';
import { remarkPrintUrl } from './scripts/lib/remark-print-url.ts';

// Deploy under any base path: BASE_PATH=/atlas/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Generated text is Chinese prose: no smart quotes, no GFM autolinks guessing URL ends.
    smartypants: false,
    gfm: true,
    remarkPlugins: [[remarkGeneratedGuard, { include: 'content/generated/' }], remarkPrintUrl],
  },
  devToolbar: { enabled: false },
});
