// Global decorator: every story renders inside <mentor-program> with a fresh in-browser
// MemoryMentoringApi, in the theme and locale picked in the toolbar.
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { MemoryMentoringApi, type MemoryMentoringApiOptions } from '../../src/memory/index.js';
import { applyTheme, themeNames, type ThemeName } from '../../src/core/themes.js';
import '../../src/components/program/define.js';

/** Per-story settings: `parameters: { mentorkit: { api: { latencyMs: 800 } } }`. */
export interface MentorkitParameters {
  /** Options for the story's MemoryMentoringApi (userId, mentors, latencyMs, failureRate); Ana Souza, a mentee, by default. */
  api?: MemoryMentoringApiOptions;
  /** `false` renders the story bare, e.g. a widget that configures itself with `api-base`. */
  provider?: boolean;
}

export const withProgram: Decorator = (story, context) => {
  const theme = context.globals['theme'] as ThemeName | undefined;
  // The kit's own themes (src/core/themes.ts), applied to the whole preview page as a host would.
  applyTheme(theme && themeNames.includes(theme) ? theme : 'light');

  const settings = (context.parameters['mentorkit'] ?? {}) as MentorkitParameters;
  if (settings.provider === false) return story();

  const locale = String(context.globals['locale'] ?? 'en');
  // A new API per render: each story starts from the same seeded program, whatever others did.
  const api = new MemoryMentoringApi({ ...settings.api });
  return html`<mentor-program .api=${api} locale=${locale}>${story()}</mentor-program>`;
};
