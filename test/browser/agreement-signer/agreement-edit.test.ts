import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorAgreementSigner } from '../../../src/components/agreement-signer/agreement-signer.component.js';
import {
  $,
  AGREEMENT,
  ANA,
  PRIYA,
  button,
  click,
  memoryApi,
  settle,
  signTyped,
  signer,
  startEditing,
  spy,
  status,
  textOf,
  type,
} from './helpers.js';

const cadence = (el: MentorAgreementSigner) => {
  const sections = [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('.editor fieldset')];
  const index = sections.findIndex((f) => textOf(f.querySelector('legend')!) === 'Meetings');
  return `#section-${index}-body`;
};

async function save(el: MentorAgreementSigner) {
  await click(el, 'Save as a new version');
  await waitUntil(() => !textOf(el.shadowRoot!).includes('Saving…'), 'saving never finished');
  await settle(el);
}

describe('<mentor-agreement-signer> editing', () => {
  beforeEach(() => localStorage.clear());

  it('shows the partner what changed since they last read the agreement', async () => {
    // Ana drafted version 1; Priya changed the cadence in version 2 and signed it.
    const el = await signer(await memoryApi());
    const changes = $(el, '[part="changes"]');
    expect(textOf(changes)).to.contain('The terms changed since you last read version 1');
    const diff = textOf($(el, '[part="diff"]'));
    expect(diff).to.contain('Removed: We meet once a month');
    expect(diff).to.contain('Added: We meet every two weeks');
    expect(diff).not.to.contain('Confidentiality');
    await expect(el).to.be.accessible();
    await click(el, 'Mark the changes as read');
    expect(el.shadowRoot!.querySelector('[part="changes"]')).to.equal(null);
    const again = await signer(await memoryApi());
    expect(again.shadowRoot!.querySelector('[part="changes"]'), 'remembered').to.equal(null);
  });

  it('saves an edit as a new version that voids signatures, and the partner sees the diff', async () => {
    const api = await memoryApi();
    const ana = await signer(api);
    await signTyped(ana, 'Ana Souza');
    expect(status(ana)).to.equal('Signed by both: active');

    const priya = await signer(api.as(PRIYA));
    const updates = spy(api.as(PRIYA), 'updateAgreement');
    void updates;
    await startEditing(priya);
    await expect(priya).to.be.accessible();
    type(priya, cadence(priya), 'We meet every week for 30 minutes on a video call.');
    await click(priya, 'Add a section');
    const last = priya.shadowRoot!.querySelectorAll('.editor fieldset').length - 1;
    type(priya, `#section-${last}-title`, 'Shadowing');
    type(priya, `#section-${last}-body`, 'Ana shadows one of Priya’s roadmap reviews.');
    const edited = oneEvent(priya, 'mentor-agreement-edit');
    await save(priya);
    const { agreement } = (await edited).detail;
    expect(agreement.version).to.equal(3);
    expect(agreement.signatures).to.deep.equal([]);
    expect(status(priya)).to.equal('Draft: not signed yet');
    expect(textOf($(priya, '[part="terms"]'))).to.contain('Shadowing');
    expect(textOf(priya.shadowRoot!)).to.contain('Saved as version 3');

    const again = await signer(api);
    expect(textOf($(again, '[part="changes"]'))).to.contain(
      'The terms changed since you signed version 2. Your signature was voided.',
    );
    const diff = textOf($(again, '[part="diff"]'));
    expect(diff).to.contain('Added: We meet every week for 30 minutes on a video call.');
    expect(diff).to.contain('Shadowing (new section)');
    expect(textOf($(again, '[part="sign-button"]'))).to.equal('Sign version 3');
    await expect(again).to.be.accessible();
  });

  it('checks the terms before sending and puts errors on the field', async () => {
    const api = await memoryApi({ userId: PRIYA });
    const calls = spy(api, 'updateAgreement');
    const el = await signer(api);
    await startEditing(el);
    type(el, cadence(el), '   ');
    await save(el);
    expect(calls).to.have.length(0);
    const field = $(el, cadence(el));
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    await expect(el).to.be.accessible();
  });

  it('keeps edits as a draft across a reload until they are saved', async () => {
    const api = await memoryApi({ userId: PRIYA });
    const el = await signer(api);
    await startEditing(el);
    type(el, cadence(el), 'Weekly, 30 minutes.');
    el.remove(); // disconnecting writes the draft at once
    const back = await signer(api);
    await waitUntil(
      () => back.shadowRoot!.querySelector('.editor'),
      'the draft reopens the editor',
    );
    expect(($(back, cadence(back)) as HTMLTextAreaElement).value).to.equal('Weekly, 30 minutes.');
    await click(back, 'Cancel and discard changes');
    const clean = await signer(api);
    expect(clean.shadowRoot!.querySelector('.editor')).to.equal(null);
  });

  it('shows both versions when the partner saved first, and overwrites nothing', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    await startEditing(el);
    type(el, cadence(el), 'We meet every week, Ana schedules.');
    const priya = api.as(PRIYA);
    const current = await priya.getAgreement(AGREEMENT);
    await priya.updateAgreement(
      AGREEMENT,
      {
        sections: current.sections.map((s) =>
          s.key === 'communication' ? { ...s, body: 'Chat only.' } : s,
        ),
      },
      { version: current.version },
    );
    await save(el);
    const stale = $(el, '[part="stale"]');
    expect(textOf(stale)).to.contain('Your partner saved version 3 while you were editing');
    expect(textOf(stale)).to.contain('Chat only.');
    expect(textOf(stale)).to.contain('Added: We meet every week, Ana schedules.');
    expect((await api.getAgreement(AGREEMENT)).version, 'nothing overwritten').to.equal(3);
    await expect(el).to.be.accessible();

    await click(el, 'Keep my changes on top of version 3');
    await save(el);
    const saved = await api.getAgreement(AGREEMENT);
    expect(saved.version).to.equal(4);
    expect(saved.sections.find((s) => s.key === 'cadence')!.body).to.equal(
      'We meet every week, Ana schedules.',
    );
    expect(saved.sections.find((s) => s.key === 'communication')!.body).to.equal('Chat only.');
    void ANA;
    void button;
  });
});
