/**
 * Stage 2 — clean: run the format module of the source's kind (declared or detected), and
 * check that the conservation ledger balances against the cleaned document.
 */
import type { CleanDoc } from '../lib/doc.ts';
import { IssueList } from '../lib/issues.ts';
import { Ledger, inkLength } from '../lib/ledger.ts';
import { measureDoc, type DocMeasure } from '../lib/measure.ts';
import type { CleanSource, FormatModule } from '../formats/types.ts';
import type { FormatId } from '../../src/schemas/source.ts';
import type { ReadResult } from './read.ts';

export interface Balance {
  /** Non-whitespace characters of the normalized input. */
  in: number;
  removed: number;
  moved: number;
  inserted: number;
  /** Non-whitespace characters the cleaned document holds. */
  kept: DocMeasure;
  balanced: boolean;
}

export interface CleanResult {
  doc: CleanDoc;
  ledger: Ledger;
  balance: Balance;
  issues: IssueList;
}

export function clean(read: ReadResult, source: CleanSource, formats: Readonly<Record<FormatId, FormatModule>>): CleanResult {
  const { text } = read;
  const issues = new IssueList(source.id, 'clean');
  const format = formats[source.format];
  const ledger = new Ledger();
  const doc = format.clean({ text, source, overrides: read.overrides, ledger, issues });
  const t = ledger.totals();
  const kept = measureDoc(doc);
  const inChars = inkLength(text);
  const balance: Balance = { in: inChars, ...t, kept, balanced: inChars - t.removed - t.moved + t.inserted === kept.total };
  if (!balance.balanced) {
    issues.bug(
      `the "${source.format}" format`,
      `expected the character ledger to balance (in ${inChars} − removed ${t.removed} − moved ${t.moved} + inserted ${t.inserted} = ${inChars - t.removed - t.moved + t.inserted}), found ${kept.total} characters in the cleaned document: a step drops or adds text without recording it`,
      read.path,
    );
  }
  return { doc, ledger, balance, issues };
}
