// A refresh (the page calls refresh(), or a conflict reloads) while someone is typing: the field
// they type in stays on the page, focused, with every character, before and after the reload.
import { expect, waitUntil } from '@open-wc/testing';
import type { MentorMatchRequest } from '../../../src/components/match-request/match-request.component.js';
import { deep, deepActiveElement, deepButton, field, textOf } from '../support/dom.js';
import { PERSONAS, fillValid, memoryApi, mount, settled } from './helpers.js';

/** Types more into the focused field the way keys do (value, then input), while it reloads. */
function keepTyping(control: HTMLTextAreaElement, more: string): void {
  control.value += more;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Refreshes; while the reload is on its way the person goes on typing into `control`. */
async function refreshWhileTyping(
  el: MentorMatchRequest,
  control: () => HTMLTextAreaElement,
  more: string,
) {
  const before = control();
  before.focus();
  const done = el.refresh();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  expect(control(), 'the field stays on the page while it reloads').to.equal(before);
  keepTyping(control(), more);
  await done;
  await settled(el);
  expect(control(), 'the same field after the reload').to.equal(before);
  expect(deepActiveElement(), 'still focused').to.equal(before);
}

describe('<mentor-match-request> refreshed while typing', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('keeps the request form and what is typed in it', async () => {
    const el = await mount(await memoryApi(), { mentorId: PERSONAS.mentor });
    fillValid(el);
    const message = () => field<HTMLTextAreaElement>(el, 'Message to the mentor');
    const typed = message().value;
    await refreshWhileTyping(el, message, ' Thank you.');
    expect(message().value).to.equal(`${typed} Thank you.`);
  });

  it('keeps the mentee’s answer to the mentor’s question', async () => {
    const li = await memoryApi({ userId: PERSONAS.secondMentee }); // Li -> Tomás asked a question
    const el = await mount(li, { view: 'status' });
    const mine = (await li.listRequests({ role: 'mentee', status: ['needs-info'] })).items[0]!;
    const answer = () =>
      field<HTMLTextAreaElement>(deep(el, `[data-request="${mine.id}"]`), 'Your answer');
    answer().value = 'The quarterly review';
    answer().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await refreshWhileTyping(el, answer, ', in three weeks.');
    expect(answer().value).to.equal('The quarterly review, in three weeks.');
  });

  it('keeps the mentor’s question in the inbox', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const mentee = (await kwame.listRequests({ role: 'mentor', status: ['pending'] })).items[0];
    const el = await mount(kwame, { view: 'inbox' });
    const request = mentee ?? expect.fail('the fixture has a pending request to Kwame');
    const card = () => deep(el, `[data-request="${request.id}"]`);
    deepButton(card(), 'Ask a question').click();
    await settled(el);
    const question = () => field<HTMLTextAreaElement>(card(), 'Your question');
    await waitUntil(() => question(), 'the question field');
    await refreshWhileTyping(el, question, 'Which meeting first?');
    expect(question().value).to.equal('Which meeting first?');
    expect(textOf(card())).to.contain('Send question');
  });
});
