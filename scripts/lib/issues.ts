/**
 * One kind of diagnostic for every stage — manifest, read, detect, clean, extract, emit — and
 * one reporter (vfile-reporter, from the unified collective) that prints them grouped by file
 * as `line:col  severity  message  rule`, with the hint underneath.
 *
 * Content problems are collected, printed together, and fail the run once at the end. An
 * *error* is input that cannot be read; anything a reader can still be given (missing TOC, a
 * cut-off record) is a *warning* and the document publishes. A `bug` is an internal invariant
 * that failed: it names the step, and says it is not the user's input.
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

export type Severity = 'error' | 'warning';
export type Stage = 'manifest' | 'read' | 'detect' | 'clean' | 'structure' | 'extract' | 'emit';

export interface Issue {
  /** Source id, or '*' for the manifest and cross-source checks. */
  source: string;
  stage: Stage;
  severity: Severity;
  /** Stable id of the rule that fired: `manifest/unknown-key`, `pdf-slices/no-toc`… */
  rule: string;
  /** What was expected and what was found. */
  message: string;
  /** How to fix it (or what was done instead, for a warning). */
  hint?: string;
  /** The file the problem is in, relative to the project root. */
  file?: string;
  /** 1-based line and column in `file`, where known. */
  line?: number;
  column?: number;
  /** `file:line:col` as one string (what tests and logs compare). */
  location?: string;
  /** An internal invariant failed: a bug in the named step, not a problem of the input. */
  bug?: boolean;
}

export interface IssueExtra {
  rule?: string;
  hint?: string;
}

/** "seeds/x.txt:12:40", "seeds/x.txt:12" or "seeds/x.txt" → file, line, column. */
export function parseLocation(location: string | undefined): Pick<Issue, 'file' | 'line' | 'column'> {
  if (!location) return {};
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(location);
  if (!m) return { file: location };
  return { file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined };
}

export class IssueList {
  readonly items: Issue[] = [];
  constructor(
    private readonly source: string,
    private readonly stage: Stage,
  ) {}
  private add(severity: Severity, message: string, location: string | undefined, extra: IssueExtra, bug = false): void {
    const rule = extra.rule ?? `${this.stage}/unnamed`;
    this.items.push({ source: this.source, stage: this.stage, severity, rule, message, ...(extra.hint ? { hint: extra.hint } : {}), ...parseLocation(location), ...(location ? { location } : {}), ...(bug ? { bug } : {}) });
  }
  error(message: string, location?: string, extra: IssueExtra = {}): void {
    this.add('error', message, location, extra);
  }
  warn(message: string, location?: string, extra: IssueExtra = {}): void {
    this.add('warning', message, location, extra);
  }
  /** An invariant of `step` failed: report it as a bug of the code, never as bad input. */
  bug(step: string, message: string, location?: string): void {
    this.add('error', `internal error in ${step}: ${message}`, location, {
      // The rule names the stage (`bug/clean`, `bug/emit`); the message names the step.
      rule: `bug/${this.stage}`,
      hint: 'this is a bug in Report Atlas, not a problem with the input; please report it with the source file',
    }, true);
  }
  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }
}

/** A single issue on one line (tests, logs): `error seeds/x.txt:3:7 [rule] message (hint)`. */
export function formatIssue(i: Issue): string {
  const place = i.file ? `${i.file}${i.line ? `:${i.line}${i.column ? `:${i.column}` : ''}` : ''} ` : '';
  return `${i.severity} ${place}[${i.rule}] ${i.source === '*' ? '' : `${i.source}: `}${i.message}${i.hint ? ` (${i.hint})` : ''}`;
}

/** Every issue, grouped by file, through vfile-reporter; ends with the count line. */
export function reportIssues(issues: readonly Issue[], options: { color?: boolean } = {}): string {
  const files = new Map<string, VFile>();
  for (const i of issues) {
    const path = i.file ?? (i.source === '*' ? 'report-atlas' : `source ${i.source}`);
    let file = files.get(path);
    if (!file) files.set(path, (file = new VFile({ path })));
    const m = file.message(i.source === '*' || i.file?.includes(i.source) ? i.message : `${i.message} [${i.source}]`, {
      ...(i.line ? { place: { line: i.line, column: i.column ?? 1 } } : {}),
      ruleId: i.rule.includes('/') ? i.rule.slice(i.rule.indexOf('/') + 1) : i.rule,
      source: i.rule.includes('/') ? i.rule.slice(0, i.rule.indexOf('/')) : 'report-atlas',
    });
    m.fatal = i.severity === 'error';
    if (i.hint) m.note = i.hint;
  }
  if (files.size === 0) return '';
  return reporter([...files.values()], { verbose: true, color: options.color ?? false });
}
