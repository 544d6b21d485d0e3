// Dark theme on a real dark page: the page background, color-scheme and the kit's dark theme,
// as a host page would set them. Returns a function that puts the light page back.
import { applyTheme } from '../../../src/core/themes.js';

export function useDarkPage(): () => void {
  const root = document.documentElement;
  const before = { scheme: root.style.colorScheme, background: document.body.style.background };
  applyTheme('dark');
  root.style.colorScheme = 'dark';
  document.body.style.background = '#17181c';
  return () => {
    applyTheme('light');
    root.style.colorScheme = before.scheme;
    document.body.style.background = before.background;
  };
}
