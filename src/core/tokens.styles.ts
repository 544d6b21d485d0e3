// Design tokens. Public knobs are `--mentor-*` custom properties a host page may set anywhere
// above a widget; each has a fallback here so the kit looks right with no theming at all.
// Widgets read the private `--mk-*` aliases resolved on `:host`, so a fallback is written once.
//
// Colours use `light-dark()`: they follow the `color-scheme` the host page (or a theme) sets,
// so a dark page gets dark widgets. Every text/background pair meets WCAG AA (4.5:1) in both
// schemes; borders of inputs meet 3:1. Browsers without `light-dark()` get the light values.
import { css, unsafeCSS } from 'lit';

/** name -> [light, dark]; becomes --mentor-color-<name>. */
const colors = {
  text: ['#1d1f24', '#eceef2'],
  'text-muted': ['#555964', '#b4b8c2'],
  surface: ['#ffffff', '#17181c'],
  'surface-raised': ['#ffffff', '#22242a'],
  'surface-sunken': ['#f3f4f7', '#101114'],
  border: ['#d6d8de', '#3a3d45'],
  'border-strong': ['#6e727d', '#8e939e'],
  accent: ['#4338ca', '#a5b4fc'],
  'accent-hover': ['#3730a3', '#c7d2fe'],
  'on-accent': ['#ffffff', '#17181c'],
  'accent-soft': ['#eef0ff', '#2a2d4a'],
  danger: ['#b42318', '#ff9b8f'],
  'danger-soft': ['#fef3f2', '#3a1d1b'],
  success: ['#067647', '#75e0a7'],
  'success-soft': ['#ecfdf3', '#143323'],
  warning: ['#93370d', '#fdb022'],
  focus: ['#1d4ed8', '#93c5fd'],
  skeleton: ['#e6e8ec', '#2c2f36'],
} as const;

/** name -> fallback; becomes --mentor-<name>. */
const metrics = {
  'font-family': 'inherit',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'font-size-large': '1.25rem',
  'line-height': '1.5',
  radius: '0.5rem',
  'radius-small': '0.25rem',
  'radius-pill': '999px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  shadow: '0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06)',
  'focus-ring-width': '3px',
  'control-height': '2.75rem',
} as const;

const entries = <T extends object>(table: T) => Object.entries(table) as [string, T[keyof T]][];

// Built from the constant tables above only (never from outside input), so unsafeCSS is safe.
const colorDeclarations = (pick: (light: string, dark: string) => string) =>
  entries(colors)
    .map(
      ([name, [light, dark]]) =>
        `--mk-color-${name}: var(--mentor-color-${name}, ${pick(light, dark)});`,
    )
    .join('\n');

const metricDeclarations = entries(metrics)
  .map(([name, value]) => `--mk-${name}: var(--mentor-${name}, ${value});`)
  .join('\n');

export const tokens = css`
  :host {
    ${unsafeCSS(metricDeclarations)}
    ${unsafeCSS(colorDeclarations((light, dark) => `light-dark(${light}, ${dark})`))}
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(colorDeclarations((light) => light))}
    }
  }
`;

/** The public token names, for docs and the Storybook theme panel. */
export const tokenNames: readonly string[] = [
  ...Object.keys(metrics).map((name) => `--mentor-${name}`),
  ...Object.keys(colors).map((name) => `--mentor-color-${name}`),
];

/** Each public token's fallback, for the theming docs: colours as [light, dark]. */
export const tokenFallbacks: ReadonlyArray<readonly [name: string, light: string, dark?: string]> =
  [
    ...entries(metrics).map(([name, value]) => [`--mentor-${name}`, value] as const),
    ...entries(colors).map(
      ([name, [light, dark]]) => [`--mentor-color-${name}`, light, dark] as const,
    ),
  ];
