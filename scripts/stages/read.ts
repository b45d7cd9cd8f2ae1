/**
 * Stage 1 — read: validate the manifest, then read each source as bytes, hash it, decode it
 * as strict UTF-8 and normalize it (docs/pipeline.md, "Shared text steps" 1). Problems become issues.
 */
import { createHash } from 'node:crypto';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { manifestSchema, type Manifest, type SourceEntry } from '../../src/schemas/source.ts';
import { describeZodIssue, formatPath } from '../../src/schemas/errors.ts';
import type { Effects } from '../lib/effects.ts';
import type { Issue } from '../lib/issues.ts';
import { HAN, lineCol, normalizeInput } from '../lib/text.ts';

/** 1-based line and column of an offset, in the shape issues use. */
function place(text: string, offset: number): { line: number; column: number } {
  const { line, col } = lineCol(text, offset);
  return { line, column: col };
}

export const MANIFEST = 'seeds/sources.json';

function manifestIssue(message: string, at: { line: number; column: number } | undefined, rule: string, hint?: string): Issue {
  return {
    source: '*',
    stage: 'manifest',
    severity: 'error',
    rule: `manifest/${rule}`,
    message,
    ...(hint ? { hint } : {}),
    file: MANIFEST,
    ...(at ? { line: at.line, column: at.column, location: `${MANIFEST}:${at.line}:${at.column}` } : { location: MANIFEST }),
  };
}

const ZOD_RULE: Record<string, string> = { unrecognized_keys: 'unknown-key', invalid_type: 'invalid-type', invalid_enum_value: 'invalid-value', invalid_string: 'invalid-value', custom: 'invalid-value', too_small: 'too-small' };
const FIELD_HINT: Record<string, string> = {
  id: 'a short kebab-case name used in URLs, e.g. "my-report-2025"',
  file: 'the file\'s name in seeds/, e.g. "005_report.txt"',
  published: 'a date as precise as the document gives it: "2025", "2025-12" or "2025-12-01" (or null)',
  format: 'leave it out to have the kind detected',
  script: 'leave it out to have the script detected',
};

/** Read and validate seeds/sources.json; every problem points at its line and column. */
export function readManifest(fx: Effects): { manifest?: Manifest; issues: Issue[] } {
  const text = fx.readFile(MANIFEST).toString('utf8').replace(/^\ufeff/, '');
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    return {
      issues: errors.map((e) =>
        manifestIssue(`expected valid JSON, found a syntax error (${printParseErrorCode(e.error)})`, place(text, e.offset), 'json-syntax', 'fix the JSON at this place: quotes, commas and brackets'),
      ),
    };
  }
  const tree = parseTree(text);
  const at = (path: (string | number)[]): { line: number; column: number } | undefined => {
    // An unknown key or a missing one: point at the object that holds it.
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = tree && findNodeAtLocation(tree, p);
      if (node) return place(text, node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent.offset : node.offset);
      if (p.length === 0) return undefined;
    }
  };
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success)
    return {
      issues: parsed.error.issues.map((z) => {
        const field = z.path.findLast((p) => typeof p === 'string');
        const where = formatPath(z.path);
        return manifestIssue(`${where ? `${where}: ` : ''}${describeZodIssue(z, data)}`, at(z.path as (string | number)[]), ZOD_RULE[z.code] ?? 'invalid', (typeof field === 'string' && FIELD_HINT[field]) || undefined);
      }),
    };
  const issues: Issue[] = [];
  for (const [i, s] of parsed.data.sources.entries()) {
    if (!fx.exists(`seeds/${s.file}`))
      issues.push(manifestIssue(`sources[${i}].file: expected a file in seeds/, found no seeds/${s.file}`, at(['sources', i, 'file']), 'missing-file', 'add the file to seeds/ or fix the name'));
    else if (fx.isDirectory?.(`seeds/${s.file}`))
      issues.push(manifestIssue(`sources[${i}].file: expected a file, found a directory seeds/${s.file}`, at(['sources', i, 'file']), 'not-a-file', 'point "file" at the text file itself'));
  }
  return { manifest: parsed.data, issues };
}

export interface ReadResult {
  /** The manifest entry as written (kind, script and metadata may be absent). */
  source: SourceEntry;
  path: string;
  sha256: string;
  bytes: number;
  /** Characters (code points) of the decoded file, before normalization. */
  chars: number;
  /** Normalized text (BOM stripped, NFC, LF). */
  text: string;
  overrides: unknown;
  overridesSha256: string | null;
}

/** Strict UTF-8 decode; a failure names the line, column and byte offset of the first bad byte. */
function decodeUtf8(buf: Buffer): { text: string } | { line: number; column: number; message: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buf);
    const at = Math.max(lenient.indexOf('\ufffd'), 0);
    const offset = Buffer.byteLength(lenient.slice(0, at));
    const found = buf[offset] === undefined ? 'a truncated sequence' : `byte 0x${buf[offset]!.toString(16).padStart(2, '0')}`;
    return { ...place(lenient, at), message: `expected UTF-8 text, found ${found} at byte offset ${offset}` };
  }
}

const hanChar = new RegExp(`[${HAN}]`, 'gu');
/** C0 controls other than tab, LF, form feed (a page break in PDF-to-text exports), CR, and DEL: text files have (almost) none. */
const controlChar = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
/** Below this share of Han characters among the visible ones, a file is not a Chinese document. */
export const MIN_HAN_SHARE = 0.2;

/**
 * Can this be read as a Chinese document at all? Empty, binary (controls where text has none),
 * or mostly not Chinese (a binary folded to 7-bit ASCII, an English page) cannot; everything
 * else publishes, however messy.
 */
export function unreadable(text: string): { rule: string; message: string; hint: string } | undefined {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0)
    return { rule: 'read/empty', message: 'expected text, found an empty file (or only whitespace)', hint: 'check that the right file was saved' };
  const controls = (text.match(controlChar) ?? []).length;
  if (controls > 0 && controls >= text.length * 0.001)
    return {
      rule: 'read/binary',
      message: `expected text, found ${controls} control characters in ${text.length} (a binary file?)`,
      hint: 'save the document as plain UTF-8 text (copy the text out of the PDF, web page or Word file)',
    };
  const han = (visible.match(hanChar) ?? []).length;
  const share = han / [...visible].length;
  if (share < MIN_HAN_SHARE)
    return {
      rule: 'read/not-chinese',
      message: `expected a Chinese document, found ${han} Han characters in ${[...visible].length} visible ones (${(share * 100).toFixed(1)}%, below ${MIN_HAN_SHARE * 100}%)`,
      hint: 'Report Atlas publishes Chinese documents; check that the file is the document\'s text and not a binary or another language',
    };
  return undefined;
}

export function readSource(source: SourceEntry, fx: Effects): { result?: ReadResult; issues: Issue[] } {
  const path = `seeds/${source.file}`;
  const fail = (rule: string, message: string, hint: string, file = path, at?: { line: number; column: number }): { issues: Issue[] } => ({
    issues: [
      { source: source.id, stage: 'read', severity: 'error', rule, message, hint, file, ...(at ? { line: at.line, column: at.column, location: `${file}:${at.line}:${at.column}` } : { location: file }) },
    ],
  });
  const buf = fx.readFile(path);
  const decoded = decodeUtf8(buf);
  if (!('text' in decoded)) return fail('read/not-utf8', decoded.message, 're-save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8)', path, decoded);
  const bad = unreadable(decoded.text);
  if (bad) return fail(bad.rule, bad.message, bad.hint);
  const text = normalizeInput(decoded.text.replace(/^\ufeff/, ''));
  const overridesPath = `seeds/overrides/${source.id}.json`;
  let overrides: unknown = null;
  let overridesSha256: string | null = null;
  if (fx.exists(overridesPath)) {
    const raw = fx.readFile(overridesPath);
    overridesSha256 = createHash('sha256').update(raw).digest('hex');
    const json = raw.toString('utf8');
    const errors: ParseError[] = [];
    overrides = parse(json, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0)
      return fail('read/overrides-json', `expected valid JSON, found a syntax error (${printParseErrorCode(errors[0]!.error)})`, 'fix the JSON at this place: quotes, commas and brackets', overridesPath, place(json, errors[0]!.offset));
  }
  return {
    result: { source, path, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length, chars: [...decoded.text].length, text, overrides, overridesSha256 },
    issues: [],
  };
}
