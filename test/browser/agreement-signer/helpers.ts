// Helpers for the agreement signer tests: a shared memory program seen by Ana (mentee) and
// Priya (her mentor), the element rendered inside <mentor-program>, and ways to act on it the
// way a person does (visible text, labelled fields, buttons by name).
import { waitUntil, html } from '@open-wc/testing';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import type { MentoringApi } from '../../../src/client/api.js';
import { generateProgram, type ProgramFixture } from '../../../src/fixtures/index.js';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/personas.js';
import type { MentorAgreementSigner } from '../../../src/components/agreement-signer/agreement-signer.component.js';
import '../../../src/components/agreement-signer/define.js';
import { renderInProgram } from '../support/render.js';
import { $, button, textOf } from '../support/dom.js';

export const ANA = PERSONAS.mentee;
export const PRIYA = PERSONAS.partnerMentor;
export const AGREEMENT = FIXTURE_IDS.agreementAwaitingSignature;
export const MENTORSHIP = FIXTURE_IDS.activeMentorship;

let fixture: Promise<ProgramFixture> | undefined;

/** Ana's view of a fresh copy of the program; `.as(PRIYA)` shares its data. */
export async function memoryApi(
  options: Partial<ConstructorParameters<typeof MemoryMentoringApi>[0]> = {},
): Promise<MemoryMentoringApi> {
  fixture ??= generateProgram({ now: new Date(), mentors: 40, mentees: 20 });
  return new MemoryMentoringApi({ userId: ANA, data: await fixture, ...options });
}

export async function signer(
  api: MentoringApi,
  attributes: { readonly?: boolean; methods?: string; mentorship?: boolean; locale?: string } = {},
): Promise<MentorAgreementSigner> {
  const el = await renderInProgram<MentorAgreementSigner>(
    attributes.mentorship
      ? html`<mentor-agreement-signer mentorship-id=${MENTORSHIP}></mentor-agreement-signer>`
      : html`<mentor-agreement-signer
          agreement-id=${AGREEMENT}
          ?readonly=${attributes.readonly ?? false}
          signature-methods=${attributes.methods ?? ''}
        ></mentor-agreement-signer>`,
    { api, locale: attributes.locale ?? 'en' },
  );
  await el.loaded();
  return el;
}

export { $, button, textOf };

export async function settle(el: MentorAgreementSigner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

export async function click(el: MentorAgreementSigner, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export function type(el: MentorAgreementSigner, selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Tick consent, type the name and press "Sign version N". */
export async function signTyped(el: MentorAgreementSigner, name: string): Promise<void> {
  const consent = $<HTMLInputElement>(el, '#consent');
  if (!consent.checked) consent.click();
  type(el, '#typedName', name);
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="sign-button"]').click();
  await el.updateComplete; // "Signing…" shows from the press on, until the answer is in
  await waitUntil(() => !textOf(el.shadowRoot!).includes('Signing…'), 'signing never finished', {
    timeout: 5000,
  });
  await settle(el);
}

/** Records every call of `method` on `api` (the real call still runs). */
export function spy<K extends keyof MentoringApi>(api: MentoringApi, method: K): unknown[][] {
  const calls: unknown[][] = [];
  const original = (api[method] as (...args: unknown[]) => unknown).bind(api);
  (api as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls.push(args);
    return original(...args);
  };
  return calls;
}

export const status = (el: MentorAgreementSigner) => textOf($(el, '[part="status"]'));

/** Press "Edit the terms" and wait for the editor (it loads on first use). */
export async function startEditing(el: MentorAgreementSigner): Promise<void> {
  button(el, 'Edit the terms').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.editor'), 'the editor opens');
  await settle(el);
}
