/**
 * The corpus at a glance: every document under tests/fixtures/corpus/<kind>/ run through the
 * whole pipeline as a new source (manifest entry of only id and file), one line each — kind
 * detected and its score, characters in and out, chapters, facts, warnings by rule.
 *
 *   npm run corpus            a table
 *   npm run corpus -- --json  the same as JSON (for the closing note, or a diff between runs)
 */
import { corpusDocs, publish } from '../tests/corpus/corpus-docs.ts';

const rows = corpusDocs().map((doc) => {
  const r = publish(doc);
  const report = JSON.parse(r.files.get(`ingest/${doc.id}.json`) ?? 'null');
  const errors = r.issues.filter((i) => i.severity === 'error');
  const warnings = r.issues.filter((i) => i.severity === 'warning' && i.source === doc.id);
  const rules = new Map<string, number>();
  for (const w of warnings) rules.set(w.rule, (rules.get(w.rule) ?? 0) + 1);
  const chosen = report?.detection.scores.find((s: { format: string }) => s.format === report.detection.detected);
  return {
    kind: doc.kind,
    name: doc.name,
    detected: report?.detection.detected ?? '—',
    score: chosen?.score ?? 0,
    script: report?.detection.script.value ?? '—',
    chars_in: report?.chars_in ?? 0,
    chars_out: report?.chars_out ?? 0,
    chapters: report?.structure.chapters ?? 0,
    facts: report?.data.facts ?? 0,
    errors: errors.map((e) => `${e.rule}: ${e.message}`),
    warnings: Object.fromEntries([...rules].sort()),
  };
});

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(['kind', 'document', 'detected (score)', 'script', 'chars in → out', 'chapters', 'facts', 'warnings'].join('\t'));
  for (const r of rows)
    console.log(
      [
        r.kind,
        r.name,
        `${r.detected === r.kind ? '' : '✗ '}${r.detected} (${r.score})`,
        r.script,
        `${r.chars_in} → ${r.chars_out}`,
        r.chapters,
        r.facts,
        r.errors.length ? `ERROR ${r.errors.join('; ')}` : Object.entries(r.warnings).map(([k, v]) => `${k}×${v}`).join(' ') || '—',
      ].join('\t'),
    );
}
