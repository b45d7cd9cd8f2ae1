/**
 * The contract every format module fulfils. A format module knows one kind of messy source
 * (news digest, PDF slices…) and turns its normalized text into a CleanDoc. It is pure: no
 * file system, no clock; overrides arrive parsed, problems go to `issues`, and every
 * character it drops, moves or adds goes to `ledger`.
 */
import type { CleanDoc } from '../lib/doc.ts';
import type { IssueList } from '../lib/issues.ts';
import type { Ledger } from '../lib/ledger.ts';
import type { FormatId, Reliability, SourceEntry } from '../../src/schemas/source.ts';

/** The manifest entry with its kind and script resolved (declared, or detected). Title,
 * publisher and dates may be absent: a format never needs them, and states what the document
 * says in `CleanDoc.meta` instead. */
export type CleanSource = Omit<SourceEntry, 'title_source'> & { title_source?: 'document' | 'editorial' | 'file'; format: FormatId; script: 'Hans' | 'Hant' };

/** How sure detect() is that a text is of its kind: 0 clearly not, ≥ 0.5 likely, 1 certain. */
export interface Detection {
  score: number;
  /** What was seen, in a few words ("37 pinyin annotations"). It is published on the ingest
   * report page, so it describes and never quotes the text: quoting would republish chrome. */
  evidence: string;
}

export interface CleanInput {
  /** The raw file after step 1 (normalizeInput): NFC, LF, no BOM/zero-width characters. */
  text: string;
  /** The manifest entry, kind and script resolved; other fields optional. */
  source: CleanSource;
  /** Parsed seeds/overrides/<source id>.json, or null; the format validates it with its own schema. */
  overrides: unknown;
  ledger: Ledger;
  issues: IssueList;
}

export interface FormatModule {
  id: FormatId;
  /** The kind's name for readers (新闻摘要聚合页). */
  label: string;
  /** What a source of this kind is when the manifest does not say. */
  defaults: { reliability: Reliability };
  /** How much the text looks like this kind; the best score picks the kind. */
  detect(text: string): Detection;
  clean(input: CleanInput): CleanDoc;
}
