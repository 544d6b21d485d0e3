// The mentee's request form on the memory API: what is checked before sending, what is sent
// (once), what happens on failure, and the draft that keeps what was typed.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { MentorMatchRequest } from '../../../src/components/match-request/match-request.component.js';
import { renderInProgram } from '../support/render.js';
import { ProblemError } from '../../../src/client/errors.js';
import { MemoryMentoringApi, type MemoryMentoringApiOptions } from '../../../src/memory/index.js';
import type { CreateOptions } from '../../../src/client/api.js';
import type { CreateRequest, MatchRequest } from '../../../src/contract/index.js';
import {
  deep,
  deepActiveElement,
  deepAll,
  deepButton,
  field,
  textOf,
  type,
} from '../support/dom.js';
import {
  GOOD_MESSAGE,
  PERSONAS,
  expectAccessibleInBothThemes,
  fillValid,
  memoryApi,
  mount,
  program,
  settled,
  showsText,
  submit,
} from './helpers.js';

/** Records every createRequest call (and its key) on its way to the memory API. */
async function countingApi(options: MemoryMentoringApiOptions = {}) {
  const api = 'data' in options ? new MemoryMentoringApi(options) : await memoryApi(options);
  const calls: Array<{ input: CreateRequest; key: string | undefined }> = [];
  const original = api.createRequest.bind(api);
  api.createRequest = (input: CreateRequest, opts?: CreateOptions) => {
    calls.push({ input, key: opts?.idempotencyKey });
    return original(input, opts);
  };
  return { api, calls };
}

const errorOf = (el: Element, id: string) =>
  el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim() ?? '';

describe('<mentor-match-request> form', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('shows the mentor, why they fit, spots and reply time beside a prefilled form', async () => {
    const api = await memoryApi();
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    const summary = deep(el, '[part="mentor-summary"]');
    expect(textOf(summary)).to.contain('Kwame Mensah');
    expect(textOf(summary)).to.match(/\d+% match/);
    expect(textOf(summary)).to.match(/open spots?/);
    expect(textOf(summary)).to.match(/usually replies within|No reply history/);
    // Goals from Ana's profile; cadence and format from the mentor's usual way of meeting.
    const me = await api.getMe();
    expect(field(el, 'Goal 1').value).to.equal(me.mentee!.goals[0]);
    expect(deepAll<HTMLInputElement>(el, 'input[name="cadence"]').some((r) => r.checked)).to.equal(
      true,
    );
    await expectAccessibleInBothThemes(el);
  });

  it('sends a valid request once, announces it and says what happens next', async () => {
    const { api, calls } = await countingApi();
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    const submitted: MatchRequest[] = [];
    el.addEventListener('mentor-request-submit', (e) => submitted.push(e.detail.request));
    fillValid(el);
    type(field(el, 'Intended duration'), '16');
    deepAll<HTMLInputElement>(el, 'input[name="format"]')
      .find((r) => r.value === 'chat')!
      .click();
    await submit(el);
    await showsText(el, 'Request sent to Kwame Mensah');
    expect(calls).to.have.length(1);
    expect(calls[0]!.input.message).to.equal(GOOD_MESSAGE);
    expect(calls[0]!.input.preferences).to.include({ format: 'chat', durationWeeks: 16 });
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.status).to.equal('pending');
    const sent = deep(el, '[part="sent"]');
    expect(textOf(sent)).to.contain('Waiting for an answer');
    expect(textOf(sent)).to.contain('the request expires');
    expect(deepActiveElement()).to.equal(sent);
    expect(localStorage.length).to.equal(0, 'the draft is gone once the server has the request');
    await expectAccessibleInBothThemes(el);
  });

  it('checks every field before sending, next to the field, and focuses the first problem', async () => {
    const { api, calls } = await countingApi();
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    for (const goal of ['Goal 1', 'Goal 2', 'Goal 3']) type(field(el, goal), '');
    await submit(el);
    expect(calls).to.have.length(0);
    expect(errorOf(el, 'f-message')).to.equal('Write a message to the mentor.');
    expect(errorOf(el, 'f-goals')).to.equal('Add at least one goal.');
    expect(textOf(deep(el, '[part="error-summary"]'))).to.contain('2 answers need another look');
    expect(deepActiveElement()?.id).to.equal('f-message');
    expect(field(el, 'Message to the mentor').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessibleInBothThemes(el);

    type(field<HTMLTextAreaElement>(el, 'Message to the mentor'), 'Too short to send.');
    type(field(el, 'Goal 2'), 'x'.repeat(201));
    type(field<HTMLTextAreaElement>(el, 'What you expect'), 'y'.repeat(1001));
    type(field(el, 'Intended duration'), '30');
    await el.updateComplete;
    expect(errorOf(el, 'f-message')).to.equal('Write at least 30 characters.');
    expect(errorOf(el, 'f-goals-1')).to.equal('Keep it under 200 characters.');
    expect(errorOf(el, 'f-expectations')).to.equal('Keep it under 1000 characters.');
    expect(errorOf(el, 'f-preferences-durationWeeks')).to.equal('Choose between 4 and 24 weeks.');
    expect(textOf(deep(el, '#message-counter'))).to.contain('12 more characters needed');
    await submit(el);
    expect(calls).to.have.length(0);
  });

  it('shows a message only after the field was left, not while typing the first time', async () => {
    const el = await mount(await memoryApi(), { mentorId: PERSONAS.mentor });
    const message = field<HTMLTextAreaElement>(el, 'Message to the mentor');
    type(message, 'Hi');
    await el.updateComplete;
    expect(errorOf(el, 'f-message')).to.equal('');
    message.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(errorOf(el, 'f-message')).to.equal('Write at least 30 characters.');
  });

  it('puts the server’s field errors on the same fields', async () => {
    const api = await memoryApi();
    api.createRequest = () =>
      Promise.reject(
        new ProblemError({
          type: 'about:blank',
          title: 'Some fields are not valid.',
          status: 422,
          code: 'validation',
          errors: [{ path: 'message', message: 'Please do not include phone numbers.' }],
        }),
      );
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    fillValid(el);
    await submit(el);
    await waitUntil(() => errorOf(el, 'f-message') !== '', 'the server error is shown');
    expect(errorOf(el, 'f-message')).to.equal('Please do not include phone numbers.');
    expect(deepActiveElement()?.id).to.equal('f-message');
    await expectAccessibleInBothThemes(el);
  });

  it('sends one request when the button is clicked twice', async () => {
    const { api, calls } = await countingApi({ latencyMs: 150 });
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    fillValid(el);
    const button = deep<HTMLButtonElement>(el, '[part="submit-button"]');
    button.click();
    button.click();
    await showsText(el, 'Request sent to Kwame Mensah');
    expect(calls).to.have.length(1);
    const mine = await api.listRequests({ role: 'mentee', status: ['pending'] });
    expect(mine.items.filter((r) => r.mentorId === PERSONAS.mentor)).to.have.length(1);
  });

  it('keeps the draft when sending fails, and retries with the same key', async () => {
    // The memory API reads failureRate on every call: loading works, then sending fails.
    const options = { userId: PERSONAS.mentee, data: await program(), failureRate: 0 };
    const { api, calls } = await countingApi(options);
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    fillValid(el);
    options.failureRate = 1;
    await submit(el);
    await showsText(el, 'You seem to be offline');
    expect(field<HTMLTextAreaElement>(el, 'Message to the mentor').value).to.equal(GOOD_MESSAGE);
    const saved = Object.keys(localStorage).find((key) => key.includes('request'));
    expect(saved, 'a draft in storage').to.be.a('string');
    expect(localStorage.getItem(saved!)).to.contain('senior leaders');
    await expectAccessibleInBothThemes(el);

    options.failureRate = 0;
    deepButton(el, 'Try again').click();
    await showsText(el, 'Request sent to Kwame Mensah');
    expect(calls).to.have.length(2);
    expect(calls[1]!.key).to.equal(calls[0]!.key);
    expect(localStorage.getItem(saved!)).to.equal(null);
  });

  it('restores a half-written request after a reload, and lets the person discard it', async () => {
    const api = await memoryApi();
    const first = await mount(api, { mentorId: PERSONAS.mentor });
    type(
      field<HTMLTextAreaElement>(first, 'Message to the mentor'),
      'Half of what I wanted to say',
    );
    first.remove(); // leaving the page writes the draft at once
    const again = await mount(api, { mentorId: PERSONAS.mentor });
    await settled(again);
    expect(field<HTMLTextAreaElement>(again, 'Message to the mentor').value).to.equal(
      'Half of what I wanted to say',
    );
    const notice = deep(again, '[part="draft-notice"]');
    expect(textOf(notice)).to.contain('We restored the draft');
    await expectAccessibleInBothThemes(again);
    deepButton(again, 'Discard draft').click();
    await again.updateComplete;
    expect(field<HTMLTextAreaElement>(again, 'Message to the mentor').value).to.equal('');
    expect(again.shadowRoot!.querySelector('[part="draft-notice"]')).to.equal(null);
    expect(Object.keys(localStorage).filter((key) => key.includes('request'))).to.deep.equal([]);
  });

  it('takes part in a host form: invalid until complete, then its value is the request', async () => {
    const el = await mount(await memoryApi(), { mentorId: PERSONAS.mentor });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Write a message to the mentor.');
    fillValid(el);
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('is in the host form’s data under a name set as a property, as React and Vue set it', async () => {
    const form = await renderInProgram<HTMLFormElement>(
      html`<form><mentor-match-request mentor-id=${PERSONAS.mentor}></mentor-match-request></form>`,
      { api: await memoryApi() },
    );
    const el = form.querySelector<MentorMatchRequest>('mentor-match-request')!;
    await settled(el);
    el.name = 'request';
    fillValid(el);
    await el.updateComplete;
    const value = JSON.parse(String(new FormData(form).get('request'))) as { message: string };
    expect(value.message).to.equal(GOOD_MESSAGE);
  });

  for (const [who, reason] of [
    [PERSONAS.fullMentor, 'has no open spots right now'],
    [PERSONAS.pausedMentor, 'is not taking mentees'],
    [PERSONAS.menteesManager, 'is in your management line'],
  ] as const) {
    it(`explains before typing why ${who} cannot be asked, and offers no form`, async () => {
      const el = await mount(await memoryApi(), { mentorId: who });
      const blocked = deep(el, '[part="not-requestable"]');
      expect(textOf(blocked)).to.contain(reason);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      await expectAccessibleInBothThemes(el);
    });
  }

  it('says there is already an open request and leads to it', async () => {
    const api = await memoryApi({ userId: PERSONAS.requester }); // Diego -> Kwame is pending
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    expect(textOf(deep(el, '[part="not-requestable"]'))).to.contain('already have an open request');
    deepButton(el, 'See my requests').click();
    await settled(el);
    expect(el.view).to.equal('status');
    await showsText(el, 'Request to Kwame Mensah');
  });

  it('asks for a mentor when none is chosen, and opens for one from the directory', async () => {
    const api = await memoryApi();
    const el = await mount(api, {});
    expect(textOf(deep(el, '[part="empty"]'))).to.contain('No mentor chosen yet');
    await expectAccessibleInBothThemes(el);
    el.open(await api.getMentor(PERSONAS.mentor));
    await settled(el);
    await showsText(el, 'Request mentoring from Kwame Mensah');
    expect(deepActiveElement()?.id).to.equal('heading');
  });

  it('reads right to left in Arabic', async () => {
    const el = await mount(await memoryApi(), { mentorId: PERSONAS.mentor }, 'ar');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(textOf(el)).not.to.contain('Message to the mentor');
    await expectAccessibleInBothThemes(el);
  });
});
