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

/**
 * The story test (test/storybook/) renders every story in every theme and locale; it sets this
 * flag so that simulated latency is skipped and each state shows at once. Loading stories (a
 * latency that never ends) keep theirs.
 */
function storyTestLatency(options: MentorkitParameters['api']): { latencyMs?: number } {
  const testing = (globalThis as { mentorkitStoryTest?: boolean }).mentorkitStoryTest;
  const latency = options?.latencyMs ?? 0;
  return testing && (Array.isArray(latency) ? latency[1] : latency) < 60_000
    ? { latencyMs: 0 }
    : {};
}

export const withProgram: Decorator = (story, context) => {
  const theme = context.globals['theme'] as ThemeName | undefined;
  // The kit's own themes (src/core/themes.ts), applied to the whole preview page as a host would.
  const name = theme && themeNames.includes(theme) ? theme : 'light';
  applyTheme(name);
  // The canvas's page background follows the theme (.storybook/preview.css).
  document.documentElement.dataset['theme'] = name;

  const settings = (context.parameters['mentorkit'] ?? {}) as MentorkitParameters;
  if (settings.provider === false) return story();

  const locale = String(context.globals['locale'] ?? 'en');
  // A new API per render: each story starts from the same seeded program, whatever others did.
  const api = new MemoryMentoringApi({ ...settings.api, ...storyTestLatency(settings.api) });
  return html`<mentor-program .api=${api} locale=${locale}>${story()}</mentor-program>`;
};
