/**
 * Stage 1 — read: validate the manifest, then read each source as bytes, hash it, decode it
 * as strict UTF-8 and normalize it (step 1 of sources.md). Problems become issues.
 */
import { createHash } from 'node:crypto';
import { manifestSchema, type Manifest, type Source } from '../../src/schemas/source.ts';
import { formatZodError } from '../../src/schemas/errors.ts';
import type { Effects } from '../lib/effects.ts';
import type { Issue } from '../lib/issues.ts';
import { normalizeInput } from '../lib/text.ts';

export const MANIFEST = 'seeds/sources.json';

export function readManifest(fx: Effects): { manifest?: Manifest; issues: Issue[] } {
  const issue = (message: string): Issue => ({ source: '*', stage: 'manifest', severity: 'error', message });
  let data: unknown;
  try {
    data = JSON.parse(fx.readFile(MANIFEST).toString('utf8'));
  } catch (e) {
    const msg = (e as Error).message;
    return { issues: [issue(`${MANIFEST}: expected valid JSON, found a syntax error (${msg}); fix the file`)] };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) return { issues: formatZodError(MANIFEST, parsed.error, data).map(issue) };
  const issues: Issue[] = [];
  for (const [i, s] of parsed.data.sources.entries()) {
    if (!fx.exists(`seeds/${s.file}`))
      issues.push(issue(`${MANIFEST}: sources[${i}].file: expected a file in seeds/, found no seeds/${s.file}; add the file or fix the name`));
  }
  return { manifest: parsed.data, issues };
}

export interface ReadResult {
  source: Source;
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

/** Strict UTF-8 decode; the error names the line and byte offset of the first bad byte. */
function decodeUtf8(buf: Buffer, path: string): { text?: string; error?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buf);
    const at = lenient.indexOf('\ufffd');
    const before = lenient.slice(0, Math.max(at, 0));
    const offset = Buffer.byteLength(before);
    const line = before.split('\n').length;
    const found = buf[offset] === undefined ? 'a truncated sequence' : `byte 0x${buf[offset]!.toString(16)}`;
    return { error: `${path}:${line}: expected UTF-8 text, found ${found} at byte offset ${offset}; re-save the file as UTF-8` };
  }
}

export function readSource(source: Source, fx: Effects): { result?: ReadResult; issues: Issue[] } {
  const path = `seeds/${source.file}`;
  const buf = fx.readFile(path);
  const decoded = decodeUtf8(buf, path);
  if (decoded.error !== undefined || decoded.text === undefined)
    return { issues: [{ source: source.id, stage: 'read', severity: 'error', message: decoded.error ?? 'unreadable', location: path }] };
  const text = normalizeInput(decoded.text.replace(/^\ufeff/, ''));
  const overridesPath = `seeds/overrides/${source.id}.json`;
  let overrides: unknown = null;
  let overridesSha256: string | null = null;
  if (fx.exists(overridesPath)) {
    const raw = fx.readFile(overridesPath);
    overridesSha256 = createHash('sha256').update(raw).digest('hex');
    try {
      overrides = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      return {
        issues: [{ source: source.id, stage: 'read', severity: 'error', message: `${overridesPath}: expected valid JSON, found ${(e as Error).message}`, location: overridesPath }],
      };
    }
  }
  return {
    result: { source, path, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length, chars: [...decoded.text].length, text, overrides, overridesSha256 },
    issues: [],
  };
}
