// The mentee's requests (view="status") on the memory API: each status in words, withdraw with a
// confirmation, the question and reply round trip, and the automatic withdrawal after a match.
import { expect, waitUntil } from '@open-wc/testing';
import type { MatchRequest } from '../../../src/contract/index.js';
import { MemoryMentoringApi } from '../../../src/memory/index.js';
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
  PERSONAS,
  expectAccessibleInBothThemes,
  memoryApi,
  mount,
  program,
  settled,
  showsText,
} from './helpers.js';

const body = (mentorId: string, goal = 'Present to senior leadership with confidence') => ({
  mentorId,
  message: 'Hello! I would value your guidance on presenting; could we meet every two weeks?',
  goals: [goal],
});

const requestCard = (el: Element, id: string) => deep(el, `[data-request="${id}"]`);

async function anotherOpenMentor(api: MemoryMentoringApi, except: string[]): Promise<string> {
  const page = await api.searchMentors({ available: true, limit: 40 });
  return page.items.find((c) => c.requestable && !except.includes(c.mentor.id))!.mentor.id;
}

describe('<mentor-match-request view="status">', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('shows a pending request with the reply time and expiry, and withdraws it after asking', async () => {
    const api = await memoryApi();
    const created = await api.createRequest(body(PERSONAS.mentor));
    const el = await mount(api, { view: 'status' });
    const card = requestCard(el, created.id);
    expect(textOf(card)).to.contain('Waiting for an answer');
    expect(textOf(card)).to.match(/usually replies within/);
    expect(textOf(card)).to.match(/Expires in 2 weeks \(/);
    await expectAccessibleInBothThemes(el);

    const withdrawn: MatchRequest[] = [];
    el.addEventListener('mentor-request-withdraw', (e) => withdrawn.push(e.detail.request));
    deepButton(card, 'Withdraw request').click();
    await showsText(el, 'They will see that you withdrew it');
    expect(deepActiveElement()?.textContent).to.contain('Yes, withdraw');
    await expectAccessibleInBothThemes(el);
    deepButton(el, 'Keep it').click();
    await waitUntil(() => !textOf(el).includes('Yes, withdraw'), 'the confirmation closes');
    expect((await api.getRequest(created.id)).status).to.equal('pending');

    deepButton(requestCard(el, created.id), 'Withdraw request').click();
    await showsText(el, 'Yes, withdraw');
    deepButton(el, 'Yes, withdraw').click();
    await showsText(el, 'You withdrew this request');
    expect((await api.getRequest(created.id)).status).to.equal('withdrawn');
    await waitUntil(() => withdrawn.length > 0, 'mentor-request-withdraw was fired');
    expect(withdrawn.map((r) => r.id)).to.deep.equal([created.id]);
    expect(textOf(requestCard(el, created.id))).not.to.contain('Withdraw request');
  });

  it('answers the mentor’s question; the request goes back to the mentor', async () => {
    const li = await memoryApi({ userId: PERSONAS.secondMentee }); // Li -> Tomás asked a question
    const el = await mount(li, { view: 'status' });
    const mine = (await li.listRequests({ role: 'mentee', status: ['needs-info'] })).items[0]!;
    const card = requestCard(el, mine.id);
    expect(textOf(card)).to.contain('asked:');
    await expectAccessibleInBothThemes(el);
    deepButton(card, 'Send answer').click();
    await showsText(el, 'Write your answer first.');
    type(
      field<HTMLTextAreaElement>(card, 'Your answer'),
      'The quarterly planning review, in three weeks.',
    );
    deepButton(requestCard(el, mine.id), 'Send answer').click();
    await showsText(el, 'You replied:');
    const after = await li.as(mine.mentorId).getRequest(mine.id);
    expect(after.status).to.equal('pending');
    expect(after.thread.at(-1)).to.include({
      kind: 'reply',
      text: 'The quarterly planning review, in three weeks.',
    });
  });

  it('shows accepted (with the agreement link) and declined (reason in words, no note)', async () => {
    const ana = await memoryApi();
    const a = await ana.createRequest(body(PERSONAS.mentor));
    const otherId = await anotherOpenMentor(ana, [PERSONAS.mentor]);
    const b = await ana.createRequest(body(otherId, 'Write clearer design rationales'));
    await ana.as(otherId).declineRequest(b.id, { reason: 'not-a-fit' }, { version: b.version });
    const el = await mount(ana, { view: 'status', agreementHref: '/agreements/{mentorshipId}' });
    expect(textOf(requestCard(el, b.id))).to.contain(
      'thinks another mentor would fit your goals better',
    );
    expect(textOf(requestCard(el, b.id))).to.contain('They did not add a note.');
    const directory: unknown[] = [];
    el.addEventListener('mentor-directory-open', (e) => directory.push(e.detail));
    deepButton(requestCard(el, b.id), 'Find another mentor').click();
    expect(directory).to.have.length(1);

    const accepted = await ana.as(PERSONAS.mentor).acceptRequest(a.id, { version: a.version });
    const status = el.shadowRoot!.querySelector('mentor-request-status')!;
    await status.refresh();
    await settled(el);
    const link = deepAll<HTMLAnchorElement>(requestCard(el, a.id), 'a')[0]!;
    expect(textOf(link)).to.contain('Set up the agreement');
    expect(link.getAttribute('href')).to.equal(`/agreements/${accepted.mentorshipId}`);
    await expectAccessibleInBothThemes(el);
  });

  it('says when a request expired without an answer', async () => {
    let now = Date.now();
    const diego = new MemoryMentoringApi({
      userId: PERSONAS.requester,
      data: await program(),
      now: () => new Date(now),
    });
    const otherId = await anotherOpenMentor(diego, [PERSONAS.mentor]);
    const request = await diego.createRequest(body(otherId));
    now += 15 * 86_400_000;
    const el = await mount(diego, { view: 'status', requestId: request.id });
    const card = requestCard(el, request.id);
    expect(textOf(card)).to.contain('Expired');
    expect(textOf(card)).to.contain('did not answer in time');
    await expectAccessibleInBothThemes(el);
  });

  it('withdraws the other open requests when one is accepted, and says why on both sides', async () => {
    const ana = await memoryApi();
    const toKwame = await ana.createRequest(body(PERSONAS.mentor));
    const otherId = await anotherOpenMentor(ana, [PERSONAS.mentor]);
    const toOther = await ana.createRequest(body(otherId, 'Lead a design critique'));
    await ana.as(PERSONAS.mentor).acceptRequest(toKwame.id, { version: toKwame.version });

    const el = await mount(ana, { view: 'status' });
    expect(textOf(requestCard(el, toOther.id))).to.contain(
      'Withdrawn automatically: you started a mentorship with another mentor.',
    );
    const inbox = await mount(ana.as(otherId), { view: 'inbox' });
    await showsText(
      inbox,
      'started a mentorship with another mentor, so this request was withdrawn',
    );
  });
});
