// Helpers for the survey tests: a memory API on the shared fixtures, the survey rendered the
// way a page does (inside <mentor-program>), and ways to look at and use it as a person would.
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import { FIXTURE_IDS, program } from '../support/memory.js';
import type { MentorFeedbackSurvey } from '../../../src/components/feedback-survey/feedback-survey.component.js';
import '../../../src/components/feedback-survey/define.js';
import { renderInProgram } from '../support/render.js';
import { $, $$, button, textOf } from '../support/dom.js';

export { FIXTURE_IDS, PERSONAS, memoryApi } from '../support/memory.js';
export { expectAccessibleInThemes } from '../support/a11y.js';

/** The generated program the tests share (each API gets its own copy). */
export const programData = () => program(60);

/** A survey inside a program, with its first load settled. */
export async function renderSurvey(
  template: TemplateResult,
  api: MemoryMentoringApi,
  locale = 'en',
): Promise<MentorFeedbackSurvey> {
  const el = await renderInProgram<MentorFeedbackSurvey>(template, { api, locale });
  await settled(el);
  return el;
}

export const pulse = (api: MemoryMentoringApi, layout: 'all' | 'paged' = 'all') =>
  renderSurvey(
    html`<mentor-feedback-survey
      survey-id=${FIXTURE_IDS.pulseSurvey}
      layout=${layout}
    ></mentor-feedback-survey>`,
    api,
  );

/** Waits until nothing is loading (no skeleton) and the element has rendered. */
/** Ana's pulse answers sent straight through the API, as if she had answered earlier. */
export const submitPulseAnswers = (api: MemoryMentoringApi) =>
  api.submitSurvey(FIXTURE_IDS.pulseSurvey, {
    answers: {
      relationship: 2,
      'meeting-as-agreed': false,
      obstacles: ['travel'],
      'goal-progress': 1,
      recommend: 4,
    },
  });

export async function settled(el: MentorFeedbackSurvey): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => !el.shadowRoot!.querySelector('[part="skeleton"]'),
    'the survey never finished loading',
    { timeout: 5000 },
  );
  await el.updateComplete;
  const results = el.shadowRoot!.querySelector('mentor-survey-results');
  if (results) await (results as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export { $, $$, button, textOf };

/** The question block (fieldset or text field wrapper) of a question id. */
export function question(el: MentorFeedbackSurvey, id: string): HTMLElement {
  return $(el, `[data-question="${id}"]`);
}

export const questionIds = (el: MentorFeedbackSurvey) =>
  $$(el, '[data-question]').map((node) => node.dataset.question!);

/** Choose an option by its visible label (radios and checkboxes), as a click would. */
export async function choose(el: MentorFeedbackSurvey, id: string, label: string | RegExp) {
  const option = [...question(el, id).querySelectorAll('label.choice')].find((candidate) => {
    const text = textOf(candidate);
    return typeof label === 'string'
      ? text === label || text.startsWith(`${label} ,`)
      : label.test(text);
  });
  if (!option) throw new Error(`No option "${label}" in question ${id}`);
  option.querySelector('input')!.click();
  await el.updateComplete;
}

export async function type(el: MentorFeedbackSurvey, id: string, text: string) {
  const field = question(el, id).querySelector<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )!;
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export function errorOf(el: MentorFeedbackSurvey, id: string): string {
  const error = question(el, id).querySelector('.field-error');
  return error ? textOf(error) : '';
}

export function announced(el: MentorFeedbackSurvey): string {
  return textOf($(el, '.survey > [role="status"]'));
}

/** What an answered pulse looks like (meeting as agreed, a promoter). */
export async function answerPulse(el: MentorFeedbackSurvey) {
  await choose(el, 'relationship', 'Very good');
  await choose(el, 'meeting-as-agreed', 'Yes');
  await choose(el, 'goal-progress', '4');
  await choose(el, 'recommend', '9');
}
