// Design tokens. Public knobs are `--mentor-*` custom properties a host page may set anywhere
// above a widget; each has a fallback here so the kit looks right with no theming at all.
// Widgets read the private `--mk-*` aliases resolved on `:host`, so a fallback is written once.
//
// Colours use `light-dark()`: they follow the `color-scheme` the host page (or a theme) sets,
// so a dark page gets dark widgets. Every text/background pair meets WCAG AA (4.5:1) in both
// schemes; borders of inputs meet 3:1.
import { css } from 'lit';

export const tokens = css`
  :host {
    --mk-font-family: var(--mentor-font-family, inherit);
    --mk-font-size: var(--mentor-font-size, 1rem);
    --mk-font-size-small: var(--mentor-font-size-small, 0.875rem);
    --mk-font-size-large: var(--mentor-font-size-large, 1.25rem);
    --mk-line-height: var(--mentor-line-height, 1.5);

    --mk-color-text: var(--mentor-color-text, light-dark(#1d1f24, #eceef2));
    --mk-color-text-muted: var(--mentor-color-text-muted, light-dark(#555964, #b4b8c2));
    --mk-color-surface: var(--mentor-color-surface, light-dark(#ffffff, #17181c));
    --mk-color-surface-raised: var(--mentor-color-surface-raised, light-dark(#ffffff, #22242a));
    --mk-color-surface-sunken: var(--mentor-color-surface-sunken, light-dark(#f3f4f7, #101114));
    --mk-color-border: var(--mentor-color-border, light-dark(#d6d8de, #3a3d45));
    --mk-color-border-strong: var(--mentor-color-border-strong, light-dark(#6e727d, #8e939e));
    --mk-color-accent: var(--mentor-color-accent, light-dark(#4338ca, #a5b4fc));
    --mk-color-accent-hover: var(--mentor-color-accent-hover, light-dark(#3730a3, #c7d2fe));
    --mk-color-on-accent: var(--mentor-color-on-accent, light-dark(#ffffff, #17181c));
    --mk-color-accent-soft: var(--mentor-color-accent-soft, light-dark(#eef0ff, #2a2d4a));
    --mk-color-danger: var(--mentor-color-danger, light-dark(#b42318, #ff9b8f));
    --mk-color-danger-soft: var(--mentor-color-danger-soft, light-dark(#fef3f2, #3a1d1b));
    --mk-color-success: var(--mentor-color-success, light-dark(#067647, #75e0a7));
    --mk-color-success-soft: var(--mentor-color-success-soft, light-dark(#ecfdf3, #143323));
    --mk-color-warning: var(--mentor-color-warning, light-dark(#93370d, #fdb022));
    --mk-color-focus: var(--mentor-color-focus, light-dark(#1d4ed8, #93c5fd));
    --mk-color-skeleton: var(--mentor-color-skeleton, light-dark(#e6e8ec, #2c2f36));

    --mk-radius: var(--mentor-radius, 0.5rem);
    --mk-radius-small: var(--mentor-radius-small, 0.25rem);
    --mk-radius-pill: var(--mentor-radius-pill, 999px);
    --mk-space-1: var(--mentor-space-1, 0.25rem);
    --mk-space-2: var(--mentor-space-2, 0.5rem);
    --mk-space-3: var(--mentor-space-3, 0.75rem);
    --mk-space-4: var(--mentor-space-4, 1rem);
    --mk-space-5: var(--mentor-space-5, 1.5rem);
    --mk-space-6: var(--mentor-space-6, 2rem);
    --mk-shadow: var(--mentor-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06));
    --mk-focus-ring-width: var(--mentor-focus-ring-width, 3px);
    --mk-control-height: var(--mentor-control-height, 2.75rem);
  }
`;

/** The public token names, for docs and the Storybook theme panel. */
export const tokenNames = [
  '--mentor-font-family',
  '--mentor-font-size',
  '--mentor-font-size-small',
  '--mentor-font-size-large',
  '--mentor-line-height',
  '--mentor-color-text',
  '--mentor-color-text-muted',
  '--mentor-color-surface',
  '--mentor-color-surface-raised',
  '--mentor-color-surface-sunken',
  '--mentor-color-border',
  '--mentor-color-border-strong',
  '--mentor-color-accent',
  '--mentor-color-accent-hover',
  '--mentor-color-on-accent',
  '--mentor-color-accent-soft',
  '--mentor-color-danger',
  '--mentor-color-danger-soft',
  '--mentor-color-success',
  '--mentor-color-success-soft',
  '--mentor-color-warning',
  '--mentor-color-focus',
  '--mentor-color-skeleton',
  '--mentor-radius',
  '--mentor-radius-small',
  '--mentor-radius-pill',
  '--mentor-space-1',
  '--mentor-space-2',
  '--mentor-space-3',
  '--mentor-space-4',
  '--mentor-space-5',
  '--mentor-space-6',
  '--mentor-shadow',
  '--mentor-focus-ring-width',
  '--mentor-control-height',
] as const;
