/**
 * One friendly rendering of zod errors, shared by pipeline and site:
 *   seeds/sources.json: sources[2].published: expected a date like 2025-12, found "Dec 2025"
 */
import type { z } from 'astro/zod';

export function formatPath(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** What one zod issue expected and found, without its location: `expected …, found …`. */
export function describeZodIssue(issue: z.ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
  }
  if (issue.code === 'custom') return issue.message;
  const found = describe(valueAt(data, issue.path));
  let expected = issue.message;
  if (issue.code === 'invalid_type') expected = `expected ${issue.expected}`;
  else if (issue.code === 'invalid_enum_value') expected = `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
  else if (issue.code === 'invalid_literal') expected = `expected ${JSON.stringify(issue.expected)}`;
  else if (!/^expected /.test(expected)) expected = `expected ${expected.charAt(0).toLowerCase()}${expected.slice(1)}`;
  return `${expected}, found ${found}`;
}

/** One line per problem: "<file>: <path>: <what was expected>, found <what was there>". */
export function formatZodError(file: string, error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return `${path ? `${file}: ${path}` : file}: ${describeZodIssue(issue, data)}`;
  });
}
