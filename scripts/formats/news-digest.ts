/**
 * news-digest: an aggregator's tag page of auto-generated news digests (000, 小红书平台).
 * Chrome lines, then title/dateline/digest triples; each digest is one line of sections
 * (`heading - bullet [1][2] - bullet [3] heading - …`). Near-duplicate digests of the same
 * story are grouped into one chapter (sources.md "000_3689ab28218e67c8.txt").
 */
import type { CleanDoc } from '../lib/doc.ts';
import type { CleanInput, Detection, FormatModule } from './types.ts';
import { buildChapters } from './news-digest/chapters.ts';
import { clusterDigests } from './news-digest/cluster.ts';
import { parseDigest } from './news-digest/digest.ts';
import type { InlineCounts } from './news-digest/inline.ts';
import { parseOverrides } from './news-digest/overrides.ts';
import { DATELINE, readRecords, splitLines } from './news-digest/records.ts';
import { cleanRecord } from './news-digest/sections.ts';

/** Datelines on every third line, each followed by a digest line that carries [n] citations. */
function detect(text: string): Detection {
  const lines = splitLines(text).map((l) => l.text);
  const dated = lines.flatMap((l, i) => (DATELINE.test(l) ? [i] : []));
  const ok = dated.length >= 2 && dated.every((i, k) => / - /.test(lines[i + 1] ?? '') && /\[\d+\]/.test(lines[i + 1] ?? '') && (k === 0 || i - dated[k - 1]! === 3));
  return { score: ok ? 0.9 : 0, evidence: `${dated.length} datelines (outlet · date time)` };
}

function clean({ text, source, overrides, ledger, issues }: CleanInput): CleanDoc {
  // 1. Line structure: chrome (the tag, a button label) then three-line records.
  const { chrome, records: raw } = readRecords(text, source.file, issues);
  const [tag, ...buttons] = chrome;
  if (tag) ledger.move('tag → metadata', tag.text);
  for (const b of buttons) ledger.remove('site chrome', b.text);

  // 2. Digest grammar, then reader text: citations off first, so the space that breaks a
  //    section is never read as a comma; commas from spaces, spacing, widening last.
  const counts: InlineCounts = { spaceCommas: 0, boldLabels: 0 };
  const parsed = raw.map((r) => parseDigest(r.digest, text, source.file, issues));
  const records = raw.map((r, i) => cleanRecord(r, parsed[i]!, ledger, counts));

  // 3. Group near-duplicate digests into stories, one chapter each; nothing is deleted.
  const clustering = clusterDigests(raw.map((r) => r.digest.text));
  const chapters = buildChapters({
    records,
    clustering,
    overrides: parseOverrides(overrides, source.id, issues),
    source,
    issues,
  });

  const sections = parsed.flatMap((p) => p.sections);
  const bullets = sections.flatMap((s) => s.bullets);
  return {
    meta: { ...(tag ? { tag: tag.text.trim() } : {}), records: records.length },
    chapters,
    stats: {
      records: records.length,
      chromeLines: chrome.length,
      headings: sections.length,
      bullets: bullets.length,
      citations: bullets.reduce((n, b) => n + b.ns.length, 0),
      clusters: clustering.clusters.length,
      duplicates: records.length - clustering.clusters.length,
      spaceCommas: counts.spaceCommas,
      boldLabels: counts.boldLabels,
    },
  };
}

export const newsDigest: FormatModule = { id: 'news-digest', label: '新闻摘要聚合页', defaults: { reliability: 'aggregator' }, detect, clean };
