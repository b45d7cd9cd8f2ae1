/**
 * A source document, as declared in seeds/sources.json. Single source of truth for the
 * manifest: the pipeline validates it on read, the site re-validates what emit wrote.
 */
import { z } from 'astro/zod';

export const FORMATS = ['news-digest', 'article', 'pdf-slices', 'pinyin-annotated', 'pdf-text'] as const;
export const formatSchema = z.enum(FORMATS);
export type FormatId = z.infer<typeof formatSchema>;

/** 2025, 2025-12 or 2025-12-01: as precise as the source is, never more. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date like 2025-12');

export const SCRIPTS = ['Hans', 'Hant'] as const;
export const RELIABILITIES = ['official', 'research', 'press', 'aggregator', 'illustrative'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/**
 * One entry of seeds/sources.json, as a person writes it: only `id` and `file` are required.
 * Everything else is taken from the document where it states it (title, publisher, date),
 * detected (format, script) or defaulted by the kind (reliability); a value given here wins.
 */
export const sourceEntrySchema = z
  .object({
    /** Short ASCII id used in URLs and data: live-commerce-2024. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id like live-commerce-2024'),
    /** File name under seeds/, byte-for-byte as received. */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a file name under seeds/ like 000_3689ab28218e67c8.txt'),
    /** The document's title in Simplified Chinese, widened punctuation. */
    title: z.string().min(1).optional(),
    /** Where the title comes from: the document itself, or an editor (001 has none). */
    title_source: z.enum(['document', 'editorial']).optional(),
    /** Publisher (report) or outlet (article, digest). */
    publisher: z.string().min(1).optional(),
    /** Publication date; null when the source gives none. */
    published: partialDateSchema.nullable().optional(),
    /** For a collection of items (the digest): the span of its items' dates. */
    published_range: z.tuple([partialDateSchema, partialDateSchema]).optional(),
    /** The date of the event the source reports on, where it differs from publication. */
    event_date: partialDateSchema.optional(),
    language: z.literal('zh').optional(),
    /** Script of the raw file (detected when absent); Traditional is converted to Simplified. */
    script: z.enum(SCRIPTS).optional(),
    /** Kind of scrape (detected when absent; a declaration detection clearly contradicts is an error). */
    format: formatSchema.optional(),
    /** How far the numbers can be trusted: see notes for why. */
    reliability: z.enum(RELIABILITIES).optional(),
    /** A sentence on the document's provenance and reliability, shown to readers. */
    notes: z.string().min(1).optional(),
    /** Where the raw file was scraped from, if a site rather than the publisher. */
    scraped_from: z.string().optional(),
    /** Ids of sources that tell the same story. */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** A source as published: every field resolved (scripts/stages/metadata.ts). */
export const sourceSchema = sourceEntrySchema
  .extend({
    title: z.string().min(1),
    /** `file`: neither the manifest nor the document gives a title; the file name stands in. */
    title_source: z.enum(['document', 'editorial', 'file']),
    publisher: z.string().min(1),
    published: partialDateSchema.nullable(),
    language: z.literal('zh'),
    script: z.enum(SCRIPTS),
    format: formatSchema,
    reliability: z.enum(RELIABILITIES),
    notes: z.string().min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

export const manifestSchema = z
  .object({
    sources: z.array(sourceEntrySchema).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.sources.forEach((s, i) => {
      const prev = seen.get(s.id);
      if (prev !== undefined)
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `expected a unique id, found "${s.id}" again (first at sources[${prev}])` });
      seen.set(s.id, i);
    });
    m.sources.forEach((s, i) =>
      s.related.forEach((r, j) => {
        if (!seen.has(r))
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'related', j], message: `expected the id of another source, found "${r}"` });
      }),
    );
  });

export type Manifest = z.infer<typeof manifestSchema>;
