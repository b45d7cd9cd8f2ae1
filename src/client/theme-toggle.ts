/**
 * The header's 深色模式 button. The inline script in <head> (src/lib/theme.ts) has already set
 * <html data-theme>; this only reflects it in aria-pressed, flips and remembers it on click, and
 * follows the system while the reader has not chosen.
 */
import { THEME_KEY, type Theme } from '../lib/theme-key.ts';

const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const system = matchMedia('(prefers-color-scheme: dark)');

function apply(t: Theme): void {
  root.dataset.theme = t;
  button?.setAttribute('aria-pressed', String(t === 'dark'));
}

function stored(): Theme | null {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : null;
  } catch {
    return null;
  }
}

apply(root.dataset.theme === 'dark' ? 'dark' : 'light');
button?.addEventListener('click', () => {
  const next: Theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
  apply(next);
  try { localStorage.setItem(THEME_KEY, next); } catch { /* not remembered; still switched */ }
});
system.addEventListener('change', () => { if (!stored()) apply(system.matches ? 'dark' : 'light'); });
