export type ThemeChoice = 'light' | 'dark' | 'system';
export const themeKey = 'inventory.theme';

export function savedTheme(): ThemeChoice {
  const value = localStorage.getItem(themeKey);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

/** Applies a theme to the page through Bootstrap's colour modes, and remembers it. */
export function applyTheme(choice: ThemeChoice): void {
  localStorage.setItem(themeKey, choice);
  document.documentElement.setAttribute('data-bs-theme', resolveTheme(choice, darkQuery()?.matches ?? false));
}

/** Follows the system's preference while the choice is "system". */
export function watchSystemTheme(onChange: () => void): () => void {
  const query = darkQuery();
  if (!query) return () => {};
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
