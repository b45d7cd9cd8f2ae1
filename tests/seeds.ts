/**
 * The seeds' manifest entries as full source records. The seeds declare every field (their
 * notes and reliability are editorial), so tests can hand them straight to a format module or
 * the extract stage; a new source needs only `id` and `file` (scripts/stages/metadata.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { sourceSchema, type Source } from '../src/schemas/source.ts';

export function seedManifest(): { sources: Source[] } {
  return z.object({ sources: z.array(sourceSchema) }).parse(JSON.parse(readFileSync('seeds/sources.json', 'utf8')));
}
