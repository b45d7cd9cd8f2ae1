// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { remarkGeneratedGuard } from './scripts/lib/mdx-guard.ts';
import { remarkInlineParagraphs } from './scripts/lib/mdx-paragraphs.ts';
import { remarkPrintUrl } from './scripts/lib/remark-print-url.ts';

// Deploy under any base path: BASE_PATH=/atlas/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Absolute links (facts.csv, canonical URLs) only when the deployed address is known:
  // SITE_URL=https://example.org npm run build. Without it, downloads carry root-relative paths
  // that work on any host, never a localhost address.
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A paragraph made only of <Sentence>, <Num> … stays a <p> (MDX would make each a block).
  integrations: [mdx({ remarkPlugins: [remarkInlineParagraphs] })],
  markdown: {
    // Generated text is Chinese prose: no smart quotes, no GFM autolinks guessing URL ends.
    smartypants: false,
    gfm: true,
    remarkPlugins: [[remarkGeneratedGuard, { include: 'content/generated/' }], remarkPrintUrl],
  },
  devToolbar: { enabled: false },
});
