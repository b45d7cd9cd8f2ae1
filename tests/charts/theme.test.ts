/** The charts' dark palette (src/lib/theme.ts): complete, and legible on the dark paper. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_DARK, chartThemeCss } from '../../src/lib/theme.ts';
import { INK, INK_2, INK_3, LINE, SERIES, TRACK } from '../../src/charts/svg.ts';

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const css = readFileSync('src/styles/global.css', 'utf8');
const darkPaper = css.match(/--paper: light-dark\(#[0-9a-f]+, (#[0-9a-f]+)\)/i)?.[1];

describe('chart dark palette', () => {
  it('maps every colour the chart code writes', () => {
    for (const c of [INK, INK_2, INK_3, LINE, TRACK, ...SERIES, '#fff']) expect(CHART_DARK[c], c).toBeDefined();
  });
  it('draws white (dot holes, segment gaps) as the dark paper itself', () => {
    expect(CHART_DARK['#fff']).toBe(darkPaper);
  });
  it('keeps text ≥ 4.5:1 and series ≥ 3:1 on the dark paper, and text on series fills ≥ 4.5:1', () => {
    for (const c of [INK, INK_2, INK_3]) expect(contrast(CHART_DARK[c]!, darkPaper!), c).toBeGreaterThanOrEqual(4.5);
    for (const c of SERIES) {
      expect(contrast(CHART_DARK[c]!, darkPaper!), c).toBeGreaterThanOrEqual(3);
      expect(contrast(CHART_DARK[c]!, CHART_DARK['#fff']!), `label on ${c}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('emits a fill and a stroke rule per colour, keeping the light colour in the light theme', () => {
    expect(chartThemeCss()).toContain(`.chart-svg [fill="${INK}"]{fill:light-dark(${INK},${CHART_DARK[INK]})}`);
    expect(chartThemeCss().match(/\{/g)).toHaveLength(Object.keys(CHART_DARK).length * 2);
  });
});
