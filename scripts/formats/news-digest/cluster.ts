/**
 * Near-duplicate detection (docs/formats/news-digest.md "Near-duplicates"): character-3-gram Jaccard on the digests with
 * citations, whitespace and punctuation removed. Titles alone find only three of the pairs and
 * exact hashes none, so the digest body is what is compared.
 */

/** Pairs inside a story score 0.18–0.57, pairs across stories at most ~0.012. */
export const CLUSTER_THRESHOLD = 0.13;

export function shingles(digest: string): Set<string> {
  const chars = [...digest.replace(/\[\d+\]/g, '').replace(/[^\p{L}\p{N}]/gu, '')];
  const set = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) set.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return set;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface Clustering {
  /** Record indexes per cluster, each ascending; clusters ordered by their first member. */
  clusters: number[][];
  /** similarity[i][j]: Jaccard of records i and j. */
  similarity: number[][];
}

/** Single-linkage grouping: records joined by any pair at or above the threshold. */
export function clusterDigests(digests: readonly string[], threshold = CLUSTER_THRESHOLD): Clustering {
  const sets = digests.map(shingles);
  const similarity = sets.map((a) => sets.map((b) => jaccard(a, b)));
  const parent = digests.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < digests.length; i++)
    for (let j = i + 1; j < digests.length; j++)
      if (similarity[i]![j]! >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  const groups = new Map<number, number[]>();
  digests.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return { clusters: [...groups.values()], similarity };
}
