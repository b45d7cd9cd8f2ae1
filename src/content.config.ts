/**
 * Content collections. The pipeline writes content/generated/; authors write content/authored/.
 * Every collection re-validates with the same schemas the pipeline used.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { conflictSchema, warningSchema } from './schemas/conflict.ts';
import { factSchema } from './schemas/fact.ts';
import { figureSchema } from './schemas/figure.ts';
import { tableSchema } from './schemas/table.ts';
import { authoredSchema } from './schemas/authored.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { ingestReportSchema } from './schemas/ingest-report.ts';
import { reportSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/generated/sources' }),
  schema: reportSchema,
});

// The glob loader would take a `slug` front-matter field as the entry id, and chapter slugs
// repeat across sources (ch-1…): ids are the path, <source>/<slug>.
const pathId = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/, '');

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/generated/chapters', generateId: pathId }),
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

// Data records of all sources, one JSON array each (content/generated/data/).
const data = (name: string) => file(`./content/generated/data/${name}.json`);
const facts = defineCollection({ loader: data('facts'), schema: factSchema });
const tables = defineCollection({ loader: data('tables'), schema: tableSchema });
const figures = defineCollection({ loader: data('figures'), schema: figureSchema });
const conflicts = defineCollection({ loader: data('conflicts'), schema: conflictSchema });
const warnings = defineCollection({ loader: data('warnings'), schema: warningSchema });

export const collections = { reports, chapters, ingest, authored, facts, tables, figures, conflicts, warnings };
