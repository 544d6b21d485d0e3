// The whole request with the keyboard only: Tab from field to field, type, choose with the arrow
// keys, send with Enter; the mentor answers from the keyboard too.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, textOf } from '../support/dom.js';
import { PERSONAS, memoryApi, mount, showsText } from './helpers.js';

async function tabTo(id: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (deepActiveElement()?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}`);
}

async function tabToButton(name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const active = deepActiveElement();
    if (active && /^(BUTTON|A)$/.test(active.tagName) && textOf(active).includes(name)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached the "${name}" button`);
}

describe('<mentor-match-request> with the keyboard only', function () {
  this.timeout(60_000);
  beforeEach(() => localStorage.clear());

  it('writes and sends a request, then the mentor accepts it', async () => {
    const api = await memoryApi();
    const el = await mount(api, { mentorId: PERSONAS.mentor });
    (el.shadowRoot!.querySelector('#heading') as HTMLElement).focus();
    await tabTo('f-message');
    await sendKeys({ type: 'Hello Kwame, I want to learn to present my design work to leaders.' });
    await tabTo('f-goals-0');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', starting with the March roadmap' });
    await tabToButton('Send request to Kwame Mensah');
    await sendKeys({ press: 'Enter' });
    await showsText(el, 'Request sent to Kwame Mensah');
    const sent = (await api.listRequests({ role: 'mentee', status: ['pending'] })).items;
    expect(sent.find((r) => r.mentorId === PERSONAS.mentor)!.goals[0]).to.match(/March roadmap$/);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('sent');

    const kwame = api.as(PERSONAS.mentor);
    const inbox = await mount(kwame, { view: 'inbox' });
    const mine = (await api.listRequests({ role: 'mentee', status: ['pending'] })).items.find(
      (r) => r.mentorId === PERSONAS.mentor,
    )!;
    (
      inbox
        .shadowRoot!.querySelector('mentor-request-inbox')!
        .shadowRoot!.querySelector('h2') as HTMLElement
    ).tabIndex = -1;
    (
      inbox
        .shadowRoot!.querySelector('mentor-request-inbox')!
        .shadowRoot!.querySelector('h2') as HTMLElement
    ).focus();
    await tabToButton('Accept Ana Souza');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      async () => (await kwame.getRequest(mine.id)).status === 'accepted',
      'accepted',
    );
  });
});
