// Helpers for the survey tests: a memory API on the shared fixtures, the survey rendered the
// way a page does (inside <mentor-program>), and ways to look at and use it as a person would.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import { generateProgram, type ProgramFixture } from '../../../src/fixtures/index.js';
import { PERSONAS, FIXTURE_IDS } from '../../../src/fixtures/personas.js';
import type { MentorFeedbackSurvey } from '../../../src/components/feedback-survey/feedback-survey.component.js';
import '../../../src/components/feedback-survey/define.js';
import { renderInProgram } from '../support/render.js';
import { $, $$, textOf } from '../support/dom.js';

export { PERSONAS, FIXTURE_IDS };
export type MemoryOptions = NonNullable<ConstructorParameters<typeof MemoryMentoringApi>[0]>;

let fixture: Promise<ProgramFixture> | undefined;

/** The generated program, made once per test file (each API gets its own copy). */
export function programData(): Promise<ProgramFixture> {
  fixture ??= generateProgram({ now: new Date(), mentors: 40 });
  return fixture;
}

export async function memoryApi(options: Partial<MemoryOptions> = {}): Promise<MemoryMentoringApi> {
  return new MemoryMentoringApi({
    userId: PERSONAS.mentee,
    data: await programData(),
    ...options,
  } as MemoryOptions);
}

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

export { $, $$, textOf };

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

export function buttonNamed(el: Element, name: string | RegExp): HTMLButtonElement {
  const match = (text: string) =>
    typeof name === 'string' ? text.includes(name) : name.test(text);
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => match(textOf(b)));
  if (!found) throw new Error(`No button "${name}" in <${el.localName}>`);
  return found;
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

/** axe in the light theme, then again with a dark colour scheme on a really dark page. */
export async function expectAccessibleInBothThemes(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
  const page = (el.closest('mentor-program') ?? el).parentElement!;
  const previous = page.getAttribute('style');
  page.setAttribute(
    'style',
    'color-scheme: dark; background: #17181c; color: #eceef2; padding: 1px',
  );
  try {
    await expect(el).to.be.accessible();
  } finally {
    if (previous === null) page.removeAttribute('style');
    else page.setAttribute('style', previous);
  }
}
