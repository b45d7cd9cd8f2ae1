/**
 * Content collections. The pipeline writes content/generated/; authors write content/authored/.
 * Every collection re-validates with the same schemas the pipeline used.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { authoredSchema } from './schemas/authored.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { ingestReportSchema } from './schemas/ingest-report.ts';
import { reportSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/generated/sources' }),
  schema: reportSchema,
});

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/generated/chapters' }),
  schema: chapterSchema,
});

const ingest = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/generated/ingest' }),
  schema: ingestReportSchema,
});

const authored = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/authored' }),
  schema: authoredSchema,
});

export const collections = { reports, chapters, ingest, authored };
