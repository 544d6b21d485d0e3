// Helpers for the goal tracker tests: a tracker inside a <mentor-program> on the memory API (as
// Ana, the mentee, unless told otherwise), and ways to act on it as a person would.
import { nextFrame, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import {
  generateProgram,
  FIXTURE_IDS,
  PERSONAS,
  type ProgramFixture,
} from '../../../src/fixtures/index.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import '../../../src/components/goal-tracker/define.js';
import { renderInProgram } from '../support/render.js';
import { $, $$, button, textOf } from '../support/dom.js';

export { $, $$, button, textOf, FIXTURE_IDS, PERSONAS };
export const MENTORSHIP = FIXTURE_IDS.activeMentorship;

let data: Promise<ProgramFixture> | undefined;
/** One generated program per test file (each API gets its own copy). */
export function programData(): Promise<ProgramFixture> {
  data ??= generateProgram({ now: new Date('2026-11-25T09:00:00Z'), mentors: 40, mentees: 40 });
  return data;
}

export type MemoryOptions = NonNullable<ConstructorParameters<typeof MemoryMentoringApi>[0]>;

export async function memoryApi(options: Partial<MemoryOptions> = {}): Promise<MemoryMentoringApi> {
  return new MemoryMentoringApi({ userId: PERSONAS.mentee, data: await programData(), ...options });
}

export interface TrackerOptions {
  api?: MemoryMentoringApi;
  locale?: string;
  framework?: string;
  readonly?: boolean;
  timeZone?: string;
  now?: Date;
  mentorshipId?: string;
}

/** A tracker with its goals loaded. */
export async function tracker(options: TrackerOptions = {}): Promise<MentorGoalTracker> {
  const api = options.api ?? (await memoryApi());
  const now = options.now ?? new Date('2026-11-25T09:00:00Z');
  const el = await renderInProgram<MentorGoalTracker>(
    html`<mentor-goal-tracker
      mentorship-id=${options.mentorshipId ?? MENTORSHIP}
      framework=${options.framework ?? ''}
      time-zone=${options.timeZone ?? 'UTC'}
      autosave-delay="50"
      ?readonly=${options.readonly ?? false}
      .now=${() => now}
    ></mentor-goal-tracker>`,
    { api, locale: options.locale ?? 'en' },
  );
  await el.loaded();
  return el;
}

export const root = (el: Element) => el.shadowRoot!;

/** The goal cards in order, by title. */
export const goalTitles = (el: MentorGoalTracker) =>
  $$(el, '.goals > li .goal-title').map((h) => h.textContent!.trim());

export function card(el: MentorGoalTracker, title: string): HTMLElement {
  const found = $$(el, '.goals > li.goal').find((li) =>
    li.querySelector('.goal-title')?.textContent?.includes(title),
  );
  if (!found) throw new Error(`No goal card "${title}"`);
  return found;
}

export function inCard(cardEl: HTMLElement, action: string): HTMLButtonElement {
  const found = cardEl.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!found) throw new Error(`No "${action}" button on the card`);
  return found;
}

/** Types into a field of the open form (by its data-path) the way a person does. */
export async function type(el: MentorGoalTracker, path: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `[data-path="${path}"]`,
  );
  if (!input) throw new Error(`No field ${path}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function settle(el: MentorGoalTracker): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    await nextFrame();
    await el.updateComplete;
  }
}

/** Waits until the save status says all is saved (or failed). */
export async function saved(el: MentorGoalTracker): Promise<string> {
  // Let a save that was just started show its state first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  await waitUntil(
    () => /All changes saved|Could not save/.test(textOf($(el, '[part="save-status"]'))),
    'the save never finished',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return textOf($(el, '[part="save-status"]'));
}

export const errorOf = (el: MentorGoalTracker, path: string) =>
  root(el)
    .querySelector(`#f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`)
    ?.textContent?.trim();
