/**
 * Content problems are collected, printed together, and fail the run once at the end.
 * Throw only for programmer errors.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  source: string;
  stage: 'read' | 'clean' | 'structure' | 'extract' | 'emit' | 'manifest';
  severity: Severity;
  /** What failed, what was expected, what was found, how to fix it. */
  message: string;
  /** "seeds/002_….txt:12:40" or a field path such as "sources[2].published". */
  location?: string;
}

export class IssueList {
  readonly items: Issue[] = [];
  constructor(private readonly source: string, private readonly stage: Issue['stage']) {}
  error(message: string, location?: string): void {
    this.items.push({ source: this.source, stage: this.stage, severity: 'error', message, location });
  }
  warn(message: string, location?: string): void {
    this.items.push({ source: this.source, stage: this.stage, severity: 'warning', message, location });
  }
  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }
}

export function formatIssue(i: Issue): string {
  const where = i.location ? `${i.location}: ` : '';
  return `${i.severity} [${i.source}/${i.stage}] ${where}${i.message}`;
}
