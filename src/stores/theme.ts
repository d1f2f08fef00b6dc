import { STORAGE_KEYS, writeKey } from './storage';

export type Theme = 'light' | 'dark';

/**
 * Applies a theme to the page and remembers it; if storage fails it still applies to this page. The stored
 * value is read before first paint by the inline script `src/scripts/theme-init.js`.
 */
export function setTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  writeKey(STORAGE_KEYS.theme, theme);
}
