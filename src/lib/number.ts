/** Numbers the way Chinese reports write them: 8.08万亿元, 1.55亿人, 83,303. Shared by pipeline messages and pages. */
export function readable(value: number, unit: string, digits = 3): string {
  const abs = Math.abs(value);
  const p = (x: number): string => String(Number(x.toPrecision(digits)));
  if (abs >= 1e12) return `${p(value / 1e12)}万亿${unit}`;
  if (abs >= 1e8) return `${p(value / 1e8)}亿${unit}`;
  if (abs >= 1e4) return `${p(value / 1e4)}万${unit}`;
  return `${p(value)}${unit}`;
}
