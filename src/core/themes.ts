// Three ready-made themes as plain CSS text, for the demo page, Storybook and customers:
//   light (the default look), dark, and branded (a teal corporate brand with squarer corners).
// A theme only sets `--mentor-*` tokens and `color-scheme` on a selector; widgets inherit them.
//
//   applyTheme('dark');                       // whole page
//   applyTheme('branded', document, '.hr-portal');
//   <style>${themeCss('dark', 'mentor-program')}</style>   // or as text

export type ThemeName = 'light' | 'dark' | 'branded';
export const themeNames: readonly ThemeName[] = ['light', 'dark', 'branded'];

const declarations: Record<ThemeName, string> = {
  // The tokens' own fallbacks, pinned to the light scheme.
  light: `
  color-scheme: light;`,
  dark: `
  color-scheme: dark;`,
  // Teal brand: every pair still meets WCAG AA (accent #0f766e on white 5.5:1).
  branded: `
  color-scheme: light dark;
  --mentor-color-accent: light-dark(#0f766e, #5eead4);
  --mentor-color-accent-hover: light-dark(#115e59, #99f6e4);
  --mentor-color-accent-soft: light-dark(#e6f6f4, #12302d);
  --mentor-color-on-accent: light-dark(#ffffff, #0b1f1d);
  --mentor-color-focus: light-dark(#4338ca, #a5b4fc);
  --mentor-color-surface-sunken: light-dark(#f2f7f6, #0e1514);
  --mentor-radius: 2px;
  --mentor-radius-small: 2px;
  --mentor-shadow: none;`,
};

/** The theme as CSS text, scoped to `selector` (default `:root`). */
export function themeCss(name: ThemeName, selector = ':root'): string {
  return `${selector} {${declarations[name]}\n}\n`;
}

const applied = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();

/**
 * Applies a theme with a constructable stylesheet (works under a strict CSP, no inline style).
 * Calling it again replaces the previous theme on the same root.
 */
export function applyTheme(
  name: ThemeName,
  root: Document | ShadowRoot = document,
  selector = root instanceof Document ? ':root' : ':host',
): void {
  let sheet = applied.get(root);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    applied.set(root, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(themeCss(name, selector));
}
