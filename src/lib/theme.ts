/**
 * Light and dark themes. The page's colours are CSS variables written with `light-dark()` in
 * global.css, so the used `color-scheme` alone picks the set: without a script the system
 * preference decides (`color-scheme: light dark`); with one, <html data-theme> pins it.
 *
 * The reader's choice is remembered in localStorage under THEME_KEY. THEME_SCRIPT runs inline in
 * <head>, before the body is parsed, so the first paint already has the right theme (no flash).
 * It is kept tiny and self-contained on purpose: it blocks rendering.
 */
import { INK, INK_2, INK_3, LINE, SERIES, TRACK } from '../charts/svg.ts';
import { THEME_KEY } from './theme-key.ts';

export { THEME_KEY, type Theme } from './theme-key.ts';

/** Stored choice, else the system's; a storage that throws (private mode, blocked) counts as empty. */
export const THEME_SCRIPT =
  `(function(){var t;try{t=localStorage.getItem('${THEME_KEY}')}catch(e){}` +
  `if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';` +
  `document.documentElement.dataset.theme=t})()`;

/**
 * Chart colours in dark mode. Build-time SVGs carry their light colours as attributes, so a
 * downloaded SVG/PNG is complete on its own and prints on white. On the page, CSS (which beats
 * presentation attributes) swaps each palette colour for its dark counterpart. Keys are the very
 * constants the chart code writes, so a palette change cannot silently escape the mapping.
 * Series turn lighter (≥ 3:1 against the dark paper); white — the holes in line dots, the gaps
 * between share segments and the labels on them — becomes the dark paper, so labels on the
 * light series fills read dark on light.
 */
export const CHART_DARK: Readonly<Record<string, string>> = {
  [INK]: '#e6e4df',
  [INK_2]: '#c5c8cd',
  [INK_3]: '#a9afb8',
  [LINE]: '#44474e',
  [TRACK]: '#2b2d32',
  '#fff': '#1a1b1e',
  '#fff4d6': '#3a2f10',
  '#b38600': '#b38600',
  '#5c4300': '#f0d68a',
  [SERIES[0]]: '#7db4e0',
  [SERIES[1]]: '#ec8f7f',
  [SERIES[2]]: '#79c293',
  [SERIES[3]]: '#bea0e0',
  [SERIES[4]]: '#d9ac55',
  [SERIES[5]]: '#a7b6c8',
};

/** CSS for the mapping above: `light-dark()` keeps the attribute's colour in the light theme. */
export function chartThemeCss(): string {
  return Object.entries(CHART_DARK)
    .flatMap(([light, dark]) => (['fill', 'stroke'] as const).map((p) =>
      `.chart-svg[${p}="${light}"],.chart-svg [${p}="${light}"]{${p}:light-dark(${light},${dark})}`))
    .join('');
}
