/**
 * Stage 1b — detect: which kind of scrape a text is, and in which script. Every format
 * module scores the text; the best score wins, and `article` (plain prose) takes what no kind
 * claims with confidence. A declared format is honoured unless detection clearly contradicts
 * it — then it is an error naming the detected kind, never a document published as garbage.
 */
import type { FormatId } from '../../src/schemas/source.ts';
import type { IngestReport } from '../../src/schemas/ingest-report.ts';
import { IssueList } from '../lib/issues.ts';
import { HAN } from '../lib/text.ts';
// `t → cn` changes Traditional-only characters and leaves Simplified text alone.
import { toSimplified } from '../lib/simplify.ts';
import type { CleanSource, FormatModule } from '../formats/types.ts';
import type { ReadResult } from './read.ts';

/** A score from which a kind is taken as recognized. */
export const LIKELY = 0.5;
/** A declared kind scoring below this while another kind is LIKELY is contradicted. */
export const CONTRADICTED = 0.2;
/** The kind of plain prose: it publishes what no other kind claims. */
export const FALLBACK: FormatId = 'article';

export type Detected = IngestReport['detection'];

const hanRun = new RegExp(`[${HAN}]+`, 'gu');

/**
 * Traditional when a clear share of the Han characters change under T→S conversion. Simplified
 * text changes almost nothing (a stray 著 or 於); a naive Traditional conversion changes 15–30 %.
 */
export function detectScript(text: string): { value: 'Hans' | 'Hant'; evidence: string } {
  let han = 0;
  let changed = 0;
  for (const m of text.matchAll(hanRun)) {
    const run = m[0];
    const conv = toSimplified(run);
    const a = [...run];
    const b = [...conv];
    han += a.length;
    if (conv !== run) for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  }
  const share = han ? changed / han : 0;
  const value = changed >= 5 && share >= 0.03 ? 'Hant' : 'Hans';
  return { value, evidence: `${changed} of ${han} Han characters are Traditional-only (${(share * 100).toFixed(1)}%)` };
}

export function detect(read: ReadResult, formats: Readonly<Record<FormatId, FormatModule>>): { source?: CleanSource; detection?: Detected; issues: IssueList } {
  const { source: entry, text, path } = read;
  const issues = new IssueList(entry.id, 'detect');
  const scores = Object.values(formats)
    .map((f) => ({ format: f.id, label: f.label, ...f.detect(text) }))
    .map((s) => ({ ...s, score: Math.round(Math.min(1, Math.max(0, s.score)) * 100) / 100 }))
    // Highest first; ties by the order of FORMAT_MODULES, so the choice is deterministic.
    .sort((a, b) => b.score - a.score);
  const best = scores[0]!;
  const detected: FormatId = best.score >= LIKELY ? best.format : FALLBACK;
  const table = scores.map((s) => `${s.format} ${s.score}`).join(', ');
  let format = detected;
  if (entry.format) {
    const declared = scores.find((s) => s.format === entry.format)!;
    if (entry.format !== detected && declared.score < CONTRADICTED && best.score >= LIKELY) {
      issues.error(`expected the text to be of the declared format "${entry.format}", found it is "${best.format}" (${best.label}: ${best.evidence}; scores: ${table})`, `seeds/sources.json`, {
        rule: 'detect/format-contradicted',
        hint: `set "format": "${best.format}" in the entry for ${entry.id}, or leave format out to have it detected`,
      });
      return { issues };
    }
    format = entry.format;
  } else if (best.score < LIKELY) {
    issues.warn(`expected the text to look like one of the known kinds, found none clearly (scores: ${table})`, path, {
      rule: 'detect/fallback',
      hint: `published as plain prose (${formats[FALLBACK].label}): headings by pattern, else paragraphs; declare "format" in seeds/sources.json if you know the kind`,
    });
  }
  const script = detectScript(text);
  if (entry.script && entry.script !== script.value)
    issues.warn(`expected script ${entry.script} as declared, found ${script.value} (${script.evidence})`, path, {
      rule: 'detect/script-contradicted',
      hint: 'the declared script is used; remove "script" from seeds/sources.json to use the detected one',
    });
  return {
    source: { ...entry, format, script: entry.script ?? script.value },
    detection: {
      declared: entry.format ?? null,
      detected: format,
      scores: scores.map(({ format: f, label, score, evidence }) => ({ format: f, label, score, evidence })),
      script: { value: entry.script ?? script.value, declared: entry.script ?? null, evidence: script.evidence },
    },
    issues,
  };
}
