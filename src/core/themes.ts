// Three ready-made themes as plain CSS text, for the demo page, Storybook and customers:
//   light (the default look), dark, and branded (a teal corporate brand with squarer corners).
// A theme only sets `--mentor-*` tokens and `color-scheme` on a selector; widgets inherit them.
// (Plus the two variables a bundler's lowered `light-dark()` switches on, see below.)
//
//   applyTheme('dark');                       // whole page
//   applyTheme('branded', document, '.hr-portal');
//   <style>${themeCss('dark', 'mentor-program')}</style>   // or as text

export type ThemeName = 'light' | 'dark' | 'branded';
export const themeNames: readonly ThemeName[] = ['light', 'dark', 'branded'];

// A host page's own CSS may reach the browser with `light-dark()` lowered by its bundler: Vite 8
// (Lightning CSS) turns it into `var(--lightningcss-light, a) var(--lightningcss-dark, b)` and sets
// those two on its own `color-scheme` declarations. A theme sets `color-scheme` from a sheet that
// bundler never saw, so it sets the switch too: the page turns dark with the widgets.
const LIGHT = '--lightningcss-light: initial;\n  --lightningcss-dark: ;';
const DARK = '--lightningcss-light: ;\n  --lightningcss-dark: initial;';

const declarations: Record<ThemeName, string> = {
  // The tokens' own fallbacks, pinned to the light scheme.
  light: `
  color-scheme: light;
  ${LIGHT}`,
  dark: `
  color-scheme: dark;
  ${DARK}`,
  // Teal brand: every pair still meets WCAG AA (accent #0f766e on white 5.5:1).
  branded: `
  color-scheme: light dark;
  ${LIGHT}
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

/** Themes that follow the device's scheme also switch the lowered variables with it. */
const followsDevice: Record<ThemeName, boolean> = { light: false, dark: false, branded: true };

/** The theme as CSS text, scoped to `selector` (default `:root`). */
export function themeCss(name: ThemeName, selector = ':root'): string {
  const rule = `${selector} {${declarations[name]}\n}\n`;
  if (!followsDevice[name]) return rule;
  const dark = DARK.replaceAll('\n', '\n  ');
  return `${rule}@media (prefers-color-scheme: dark) {\n  ${selector} {\n    ${dark}\n  }\n}\n`;
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
  }
  // Adopted again when the page (or a framework) has reset adoptedStyleSheets since.
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  sheet.replaceSync(themeCss(name, selector));
}
