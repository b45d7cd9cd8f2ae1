/**
 * Kinds, not documents: no string or pattern in scripts/ names a particular seed — its id, its
 * file, its title or the core of its title. Comments may quote a seed as an example; code may
 * not depend on one. What only one document needs lives in seeds/overrides/<id>.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { seedManifest } from '../seeds.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every string, template and regular-expression literal of a file, with its line. */
function literals(path: string): { line: number; text: string }[] {
  const src = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      out.push({ line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** What names a seed: its id, its file's stem, its title, and the title without year and brackets. */
function names(): string[] {
  return seedManifest().sources.flatMap((s) => {
    const core = s.title.replace(/^\d{4}年?/, '').replace(/[（(].*?[）)]|\d{4}$/g, '').replace(/^[^《]*《|》.*$/g, '');
    return [s.id, s.file.replace(/\.txt$/, ''), s.title, ...(core.length >= 6 ? [core] : [])];
  });
}

describe('scripts/ knows kinds, not documents', () => {
  it('names no seed in code', () => {
    const found: string[] = [];
    const seedNames = names();
    for (const f of files('scripts'))
      for (const l of literals(f)) for (const n of seedNames) if (l.text.includes(n)) found.push(`${f}:${l.line}: "${n}" in ${l.text.slice(0, 60)}`);
    expect(found).toEqual([]);
  });

  it('names no seed by id or file anywhere, comments included', () => {
    const found: string[] = [];
    const ids = seedManifest().sources.flatMap((s) => [s.id, s.file.replace(/\.txt$/, '')]);
    for (const f of files('scripts'))
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => ids.forEach((n) => line.includes(n) && found.push(`${f}:${i + 1}: ${n}`)));
    expect(found).toEqual([]);
  });

  it('would catch a seed named in code (the check itself works)', () => {
    const probe = ts.createSourceFile('x.ts', "const BOOK = '直播电商高质量发展报告';", ts.ScriptTarget.Latest, true);
    const texts: string[] = [];
    ts.forEachChild(probe, function walk(n): void {
      if (ts.isStringLiteralLike(n)) texts.push(n.text);
      ts.forEachChild(n, walk);
    });
    expect(names().some((n) => texts.some((t) => t.includes(n)))).toBe(true);
  });
});
