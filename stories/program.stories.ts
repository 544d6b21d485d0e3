// <mentor-program>: the provider every page wraps its widgets in. It draws nothing itself; the
// story shows two widgets sharing its API and locale (pick a locale in the toolbar).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryMentoringApi } from '../src/memory/index.js';
import { PERSONAS } from '../src/fixtures/personas.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/program/define.js';
import '../src/components/match-request/define.js';
import '../src/components/feedback-survey/define.js';

const meta: Meta = {
  title: 'Widgets/Program (provider)',
  component: 'mentor-program',
  // This story builds its own provider instead of the global decorator's.
  parameters: { mentorkit: { provider: false } satisfies MentorkitParameters },
};
export default meta;

/** One API and one locale for every widget inside: Ana's requests and the program's pulse survey. */
export const SharedApiAndLocale: StoryObj = {
  render: (_args, { globals }) => {
    const api = new MemoryMentoringApi({ userId: PERSONAS.mentee, mentors: 60 });
    return html`<mentor-program .api=${api} locale=${String(globals['locale'] ?? 'en')}>
      <mentor-match-request view="status"></mentor-match-request>
      <mentor-feedback-survey survey-id="survey-pulse" layout="paged"></mentor-feedback-survey>
    </mentor-program>`;
  },
};
