import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MentorAgreementSigner } from '../../../src/components/agreement-signer/agreement-signer.component.js';
import { closeOutSurveyId } from '../../../src/contract/index.js';
import { useDarkPage } from '../support/theme.js';
import {
  $,
  AGREEMENT,
  MENTORSHIP,
  PRIYA,
  button,
  click,
  memoryApi,
  settle,
  signTyped,
  signer,
  status,
  textOf,
  type,
} from './helpers.js';

async function open(el: MentorAgreementSigner, name: string, tag: string) {
  await click(el, name);
  await waitUntil(() => el.shadowRoot!.querySelector(tag), `${tag} loads`);
  const part = $(el, tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await part.updateComplete;
  await waitUntil(
    () => !textOf(part.shadowRoot!).includes('Checking the audit chain'),
    'chain checked',
  );
  return part;
}

describe('<mentor-agreement-signer> audit trail, certificate and ending', () => {
  it('lists every event and verifies the hash chain in the browser', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    expect(customElements.get('mentor-agreement-audit'), 'loaded on demand').to.equal(undefined);
    const audit = await open(el, 'Audit trail', 'mentor-agreement-audit');
    const trail = (await api.getAgreementAudit(AGREEMENT)).items;
    const text = textOf(audit.shadowRoot!);
    expect(text).to.contain(`Chain intact: all ${trail.length} events verified in your browser.`);
    expect(text).to.match(/1 ?\. Created · Ana Souza/);
    expect(text).to.contain('Edited (new version) · Priya Nair');
    for (const event of trail) expect(text).to.contain(event.hash);
    await expect(el).to.be.accessible();
  });

  it('says where a tampered trail breaks', async () => {
    const api = await memoryApi();
    const original = api.getAgreementAudit.bind(api);
    api.getAgreementAudit = async (id, options) => {
      const trail = await original(id, options);
      return { items: trail.items.map((e) => (e.seq === 2 ? { ...e, actorId: 'li-wei' } : e)) };
    };
    const el = await signer(api);
    const audit = await open(el, 'Audit trail', 'mentor-agreement-audit');
    const alert = audit.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain('Audit chain broken at event 2');
    expect(textOf(audit.shadowRoot!)).to.contain('(does not verify)');
    await expect(el).to.be.accessible();
  });

  it('shows a certificate of completion with signers, evidence, hash and timeline, made for printing', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    await signTyped(el, 'Ana Souza');
    const agreement = await api.getAgreement(AGREEMENT);
    const certificate = await open(el, 'Certificate of completion', 'mentor-agreement-certificate');
    const text = textOf(certificate.shadowRoot!);
    expect(text).to.contain('Certificate of completion');
    expect(text).to.contain(agreement.contentHash);
    expect(text).to.match(/Ana Souza \( ?Mentee ?\)/);
    expect(text).to.match(/Priya Nair \( ?Mentor ?\)/);
    expect(text).to.contain('Signed in to this prototype');
    expect(text).to.contain(navigator.userAgent);
    expect(text).to.contain(agreement.signatures[0]!.statement);
    expect(text).to.contain('Chain intact');
    expect(text).to.match(/\d+ ?\. Signed · Ana Souza/);
    expect($(el, '.signer').classList.contains('printing-certificate')).to.equal(true);
    const sheets = [
      ...el.shadowRoot!.adoptedStyleSheets,
      ...certificate.shadowRoot!.adoptedStyleSheets,
    ];
    const printRules = sheets.flatMap((sheet) =>
      [...sheet.cssRules].filter(
        (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print',
      ),
    );
    expect(printRules.length, 'print stylesheets').to.be.greaterThan(1);
    await expect(el).to.be.accessible();
    const restore = useDarkPage();
    try {
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('ends the mentorship without fault: read-only, the spot freed, the close-out survey due', async () => {
    const api = await memoryApi();
    const el = await signer(api, { mentorship: true });
    const spots = (await api.getMentor(PRIYA)).activeMentees;
    await click(el, 'End the mentorship');
    await waitUntil(
      () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open,
      'dialog opens',
    );
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(textOf(dialog)).to.contain('without fault');
    await expect(el).to.be.accessible();
    type(el, '#end-reason', 'We reached our goals early.');
    const ended = oneEvent(el, 'mentor-mentorship-end');
    [...dialog.querySelectorAll('button')].find((b) => textOf(b) === 'End the mentorship')!.click();
    const { detail } = await ended;
    await settle(el);
    expect(detail.mentorship.status).to.equal('ended');
    expect(detail.closeOutSurveyId).to.equal(closeOutSurveyId(MENTORSHIP));
    expect(status(el)).to.equal('Ended');
    expect(textOf($(el, '[part="ended"]'))).to.contain('The agreement is read-only.');
    expect(textOf(el.shadowRoot!)).to.contain('close-out survey');
    expect(el.shadowRoot!.querySelector('[part="sign-panel"]')).to.equal(null);
    expect(() => button(el, 'Edit the terms')).to.throw();
    expect((await api.getMentor(PRIYA)).activeMentees).to.equal(spots - 1);
    const card = (await api.as('li-wei').searchMentors({ q: 'Priya Nair' })).items.find(
      (c) => c.mentor.id === PRIYA,
    )!;
    expect(card.openSpots).to.be.greaterThan(0);
    expect((await api.getSurvey(detail.closeOutSurveyId)).kind).to.equal('close-out');
    const audit = await open(el, 'Audit trail', 'mentor-agreement-audit');
    expect(textOf(audit.shadowRoot!)).to.contain('Mentorship ended · Ana Souza');
    expect(textOf(audit.shadowRoot!)).to.contain('Chain intact');
    await expect(el).to.be.accessible();
  });

  it('keeps the mentorship when the dialog is dismissed', async () => {
    const api = await memoryApi();
    const el = await signer(api, { mentorship: true });
    await click(el, 'End the mentorship');
    await waitUntil(
      () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open,
      'dialog opens',
    );
    await click(el, 'Keep the mentorship');
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect((await api.getMentorship(MENTORSHIP)).status).to.equal('active');
  });
});
