/**
 * The ingest report: how one source was turned into content, with the books balanced.
 * Written by emit (content/generated/ingest/<id>.json), shown on /<source>/ingest/.
 */
import { z } from 'astro/zod';

export const ledgerEntrySchema = z
  .object({
    action: z.enum(['removed', 'moved', 'inserted', 'replaced']),
    reason: z.string(),
    count: z.number().int().nonnegative(),
    charsOut: z.number().int().nonnegative(),
    charsIn: z.number().int().nonnegative(),
  })
  .strict();

const measureSchema = z
  .object({ body: z.number().int(), footnotes: z.number().int(), figures: z.number().int(), tables: z.number().int(), total: z.number().int() })
  .strict();

export const ingestReportSchema = z
  .object({
    source: z.string(),
    file: z.string(),
    format: z.string(),
    /** How the kind and script were decided: every kind's score, and what the manifest said. */
    detection: z
      .object({
        declared: z.string().nullable(),
        detected: z.string(),
        scores: z.array(z.object({ format: z.string(), label: z.string(), score: z.number(), evidence: z.string() }).strict()),
        script: z.object({ value: z.enum(['Hans', 'Hant']), declared: z.enum(['Hans', 'Hant']).nullable(), evidence: z.string() }).strict(),
      })
      .strict(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int(),
    /** Characters (code points) of the raw file and of the cleaned text. */
    chars_in: z.number().int(),
    chars_out: z.number().int(),
    balance: z
      .object({
        in: z.number().int(),
        removed: z.number().int(),
        moved: z.number().int(),
        inserted: z.number().int(),
        kept: measureSchema,
        balanced: z.boolean(),
      })
      .strict(),
    ledger: z.array(ledgerEntrySchema),
    structure: z
      .object({
        chapters: z.number().int(),
        headings: z.number().int(),
        paragraphs: z.number().int(),
        list_items: z.number().int(),
        callouts: z.number().int(),
        figures: z.number().int(),
        tables: z.number().int(),
        footnotes: z.number().int(),
        links: z.number().int(),
      })
      .strict(),
    /** Records the extract stage found in this source. */
    data: z.object({ facts: z.number().int(), tables: z.number().int(), figures: z.number().int() }).strict(),
    stats: z.record(z.number()),
    warnings: z.array(z.string()),
  })
  .strict();

export type IngestReport = z.infer<typeof ingestReportSchema>;
