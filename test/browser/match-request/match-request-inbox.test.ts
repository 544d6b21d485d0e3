// The mentor's inbox (view="inbox") on the memory API: oldest waiting first with the load, accept,
// decline with each reason, ask, the capacity race, availability (capacity and pause) and the
// counts a host page shows as a badge.
import { expect, waitUntil } from '@open-wc/testing';
import type { DeclineReason, MatchRequest } from '../../../src/contract/index.js';
import { MemoryMentoringApi } from '../../../src/memory/index.js';
import { deep, deepAll, deepButton, field, textOf, type } from '../support/dom.js';
import {
  PERSONAS,
  expectAccessibleInBothThemes,
  memoryApi,
  mount,
  program,
  settled,
  showsText,
} from './helpers.js';

const body = (mentorId: string) => ({
  mentorId,
  message: 'Hello! I would value your guidance on my goals below; could we meet every two weeks?',
  goals: ['Grow as a product leader'],
});

const card = (el: Element, id: string) => deep(el, `[data-request="${id}"]`);

/** Mentees who can ask Kwame (no conflict, no open request to him yet). */
async function menteesFor(api: MemoryMentoringApi, count: number): Promise<string[]> {
  const data = await program();
  const found: string[] = [];
  for (const { person } of data.mentees) {
    if (found.length === count) break;
    if ([PERSONAS.mentee, PERSONAS.requester].includes(person.id as never)) continue;
    const match = await api.as(person.id).getMentorMatch(PERSONAS.mentor);
    if (match.requestable) found.push(person.id);
  }
  return found;
}

async function requestsTo(api: MemoryMentoringApi, count: number): Promise<MatchRequest[]> {
  const mentees = await menteesFor(api, count);
  return Promise.all(mentees.map((id) => api.as(id).createRequest(body(PERSONAS.mentor))));
}

describe('<mentor-match-request view="inbox">', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('lists waiting requests oldest first, with the load and the counts for a badge', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const counts: unknown[] = [];
    document.addEventListener('mentor-inbox-change', (e) => counts.push(e.detail), { once: true });
    const el = await mount(kwame, { view: 'inbox' });
    expect(textOf(el)).to.contain('0 of 2 spots used');
    const items = deepAll(el, '[part="incoming"]');
    expect(items.length).to.be.greaterThan(0);
    expect(textOf(items[0]!)).to.contain('Diego'); // the seeded request waits longest
    expect(counts[0]).to.deep.include({ spotsLeft: 2 });
    await expectAccessibleInBothThemes(el);
  });

  it('accepts (announced, spot taken, event) and refuses a race for the last spot clearly', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    await kwame.updateAvailability({ capacity: 1, pausedUntil: null });
    const [first, second] = await requestsTo(kwame, 2);
    const el = await mount(kwame, { view: 'inbox' });
    expect(textOf(el)).to.contain('0 of 1 spots used');
    // Meanwhile, in another tab, Kwame accepts the first one: the last spot is gone.
    await kwame.acceptRequest(first!.id, { version: first!.version });
    deepButton(card(el, second!.id), 'Accept').click();
    await showsText(el, 'Your last open spot was taken meanwhile');
    expect((await kwame.getRequest(second!.id)).status).to.equal('pending');
    await settled(el);
    const accept = deepButton(card(el, second!.id), 'Accept') as HTMLButtonElement;
    expect(
      accept.disabled,
      'accept is impossible, not just refused, when no spot is left',
    ).to.equal(true);
    expect(textOf(card(el, second!.id))).to.contain('No open spot left');
    await expectAccessibleInBothThemes(el);
  });

  it('rolls an answer back with a clear message when the network fails or the request moved', async () => {
    const options = { userId: PERSONAS.mentor, data: await program(), failureRate: 0 };
    const kwame = new MemoryMentoringApi(options);
    const [first, second] = await requestsTo(kwame, 2);
    const el = await mount(kwame, { view: 'inbox' });
    options.failureRate = 1;
    deepButton(card(el, first!.id), 'Accept').click();
    await showsText(el, 'You seem to be offline');
    expect(textOf(card(el, first!.id))).to.contain('Waiting for an answer');
    expect(textOf(el)).to.contain('0 of 2 spots used');
    options.failureRate = 0;
    // The mentee withdraws in another tab: the inbox says it changed and shows where it stands.
    await kwame.as(second!.menteeId).withdrawRequest(second!.id, { version: second!.version });
    deepButton(card(el, second!.id), 'Accept').click();
    await showsText(el, 'withdrew the request');
    expect((await kwame.getRequest(second!.id)).status).to.equal('withdrawn');
    await expectAccessibleInBothThemes(el);
  });

  it('accepts a request: the mentorship exists and the inbox says so', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const [request] = await requestsTo(kwame, 1);
    const el = await mount(kwame, { view: 'inbox' });
    const accepted: MatchRequest[] = [];
    el.addEventListener('mentor-request-accept', (e) => accepted.push(e.detail.request));
    deepButton(card(el, request!.id), 'Accept').click();
    await showsText(el, 'The mentorship has started');
    expect(accepted[0]!.mentorshipId).to.be.a('string');
    expect(textOf(el)).to.contain('1 of 2 spots used');
  });

  it('declines with each reason and an optional note', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const requests = await requestsTo(kwame, 4);
    const reasons: DeclineReason[] = ['capacity', 'not-a-fit', 'busy', 'other'];
    const el = await mount(kwame, { view: 'inbox' });
    for (const [i, reason] of reasons.entries()) {
      const id = requests[i]!.id;
      deepButton(card(el, id), 'Decline…').click();
      await el.updateComplete;
      await settled(el);
      if (i === 0) {
        deepButton(card(el, id), 'Decline request').click();
        await showsText(el, 'Choose a reason.');
        await expectAccessibleInBothThemes(el);
      }
      deepAll<HTMLInputElement>(card(el, id), `input[value="${reason}"]`)[0]!.click();
      if (reason === 'other')
        type(
          field<HTMLTextAreaElement>(card(el, id), 'A note for the mentee'),
          'Try Priya, she knows this area.',
        );
      deepButton(card(el, id), 'Decline request').click();
      await waitUntil(async () => (await kwame.getRequest(id)).status === 'declined', 'declined');
      const declined = await kwame.getRequest(id);
      expect(declined.decline).to.deep.equal({
        reason,
        note: reason === 'other' ? 'Try Priya, she knows this area.' : null,
      });
    }
  });

  it('asks a question; the request waits for the mentee', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const [request] = await requestsTo(kwame, 1);
    const el = await mount(kwame, { view: 'inbox' });
    deepButton(card(el, request!.id), 'Ask a question').click();
    await settled(el);
    type(
      field<HTMLTextAreaElement>(card(el, request!.id), 'Your question'),
      'Which meeting first?',
    );
    deepButton(card(el, request!.id), 'Send question').click();
    await showsText(el, 'Your question was sent');
    expect((await kwame.getRequest(request!.id)).status).to.equal('needs-info');
    expect(textOf(card(el, request!.id))).to.contain('Mentor asked a question');
  });

  it('changes capacity within limits and pauses, declining the open requests; the directory follows', async () => {
    const kwame = await memoryApi({ userId: PERSONAS.mentor });
    const el = await mount(kwame, { view: 'inbox' });
    deep<HTMLDetailsElement>(el, '[part="availability"]').open = true;
    type(field(el, 'Mentees at a time'), '9');
    deepButton(el, 'Save availability').click();
    await showsText(el, 'Choose between 1 and 3 mentees.');
    await expectAccessibleInBothThemes(el);
    type(field(el, 'Mentees at a time'), '3');
    deepButton(el, 'Save availability').click();
    await showsText(el, '0 of 3 spots used');
    const ana = kwame.as(PERSONAS.mentee);
    expect((await ana.getMentorMatch(PERSONAS.mentor)).openSpots).to.equal(3);

    deepAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!.click(); // pause
    await el.updateComplete;
    await settled(el);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    type(field(el, 'Paused until'), until);
    await settled(el);
    deepAll<HTMLInputElement>(el, 'input[type="checkbox"]')[1]!.click(); // decline the open ones
    await settled(el);
    type(field<HTMLTextAreaElement>(el, 'One note for all of them'), 'Away until next quarter.');
    deepButton(el, 'Save availability').click();
    await showsText(el, 'New requests are paused');
    await showsText(el, 'No requests are waiting for you.');
    expect((await ana.getMentorMatch(PERSONAS.mentor)).notRequestableReason).to.equal('paused');
    const diego = (await kwame.as(PERSONAS.requester).listRequests({ role: 'mentee' })).items;
    expect(diego.find((r) => r.mentorId === PERSONAS.mentor)!.decline).to.deep.equal({
      reason: 'busy',
      note: 'Away until next quarter.',
    });
  });

  it('says so to someone who is not a mentor', async () => {
    const el = await mount(await memoryApi(), { view: 'inbox' });
    await showsText(el, 'You are not a mentor in this program');
    await expectAccessibleInBothThemes(el);
  });
});
