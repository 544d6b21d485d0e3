// Helpers for the match request tests: the widget inside a <mentor-program> on a memory API, in
// each view, settled (data loaded, lazy views arrived); the form filled the way a person does.
import { html, waitUntil } from '@open-wc/testing';
import type { MemoryMentoringApi } from '../../../src/memory/index.js';
import type { MentorMatchRequest } from '../../../src/components/match-request/match-request.component.js';
import '../../../src/components/match-request/define.js';
import { renderInProgram } from '../support/render.js';
import { memoryApi, PERSONAS, program as sharedProgram } from '../support/memory.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { deepAll, field, textOf, type } from '../support/dom.js';

export { memoryApi, PERSONAS };
/** axe in the light theme, then the dark one on a dark page. */
export const expectAccessibleInBothThemes = expectAccessibleInThemes;

/** The shared 60-mentor program (each API gets its own copy). */
export const program = () => sharedProgram(60);

/** Data loaded, lazy views arrived, nothing pending. */
export async function settled(el: MentorMatchRequest): Promise<void> {
  await waitUntil(
    () => deepAll(el, '[part="skeleton"]').length === 0 && (el.view === 'form' || inner(el)),
    'the widget never finished loading',
    { timeout: 5000 },
  );
  await el.updateComplete;
  const sub = inner(el) as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  await sub?.updateComplete;
}

const inner = (el: MentorMatchRequest) =>
  el.shadowRoot?.querySelector('mentor-request-status, mentor-request-inbox') ?? undefined;

export async function mount(
  api: MemoryMentoringApi,
  attributes: {
    mentorId?: string;
    view?: 'form' | 'status' | 'inbox';
    requestId?: string;
    agreementHref?: string;
  },
  locale = 'en',
): Promise<MentorMatchRequest> {
  const el = await renderInProgram<MentorMatchRequest>(
    html`<mentor-match-request
      mentor-id=${attributes.mentorId ?? ''}
      view=${attributes.view ?? 'form'}
      request-id=${attributes.requestId ?? ''}
      agreement-href=${attributes.agreementHref ?? ''}
    ></mentor-match-request>`,
    { api, locale },
  );
  await settled(el);
  return el;
}

export const GOOD_MESSAGE =
  'Hi Kwame, I lead design for our onboarding flow and want to get better at presenting to senior leaders.';

/** Types a valid request (message and first goal), leaving the rest as prefilled. */
export function fillValid(el: MentorMatchRequest, message = GOOD_MESSAGE): void {
  type(field<HTMLTextAreaElement>(el, 'Message to the mentor'), message);
  type(field(el, 'Goal 1'), 'Present a roadmap to the leadership team by March');
}

export async function submit(el: MentorMatchRequest): Promise<void> {
  const form = el.shadowRoot!.querySelector('form')!;
  form.requestSubmit();
  await el.updateComplete;
}

/** Waits until the widget shows `text` somewhere. */
export function showsText(el: Element, text: string | RegExp, message?: string): Promise<void> {
  const match = () =>
    typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el));
  return waitUntil(match, message ?? `never showed ${String(text)}`, { timeout: 5000 });
}
