/** Shared by the inline <head> script (src/lib/theme.ts) and the toggle; nothing else, so the client bundle stays tiny. */
export const THEME_KEY = 'atlas-theme';
export type Theme = 'light' | 'dark';
