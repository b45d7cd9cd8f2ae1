/**
 * The contract every format module fulfils. A format module knows one kind of messy source
 * (news digest, PDF slices…) and turns its normalized text into a CleanDoc. It is pure: no
 * file system, no clock; overrides arrive parsed, problems go to `issues`, and every
 * character it drops, moves or adds goes to `ledger`.
 */
import type { CleanDoc } from '../lib/doc.ts';
import type { IssueList } from '../lib/issues.ts';
import type { Ledger } from '../lib/ledger.ts';
import type { FormatId, Source } from '../../src/schemas/source.ts';

export interface CleanInput {
  /** The raw file after step 1 (normalizeInput): NFC, LF, no BOM/zero-width characters. */
  text: string;
  /** The manifest entry (title, publisher, dates, ids of related sources). */
  source: Source;
  /** Parsed seeds/overrides/<source id>.json, or null; the format validates it with its own schema. */
  overrides: unknown;
  ledger: Ledger;
  issues: IssueList;
}

export interface FormatModule {
  id: FormatId;
  /** True when the text looks like this format; used to check the manifest's declaration. */
  detect(text: string): boolean;
  clean(input: CleanInput): CleanDoc;
}
