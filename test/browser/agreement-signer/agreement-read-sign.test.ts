import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { agreementContentHash } from '../../../src/contract/index.js';
import type { MentorAgreementSigner } from '../../../src/components/agreement-signer/agreement-signer.component.js';
import { PERSONAS } from '../../../src/fixtures/personas.js';
import { renderInProgram } from '../support/render.js';
import { useDarkPage } from '../support/theme.js';
import {
  $,
  AGREEMENT,
  PRIYA,
  button,
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

describe('<mentor-agreement-signer> reading and typed signing', () => {
  it('shows the terms as text, the status, who signed and the verified fingerprint', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const agreement = await api.getAgreement(AGREEMENT);
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('Mentoring agreement: Ana Souza and Priya Nair');
    expect(text).to.contain('Meetings');
    expect(text).to.contain('Ending early');
    expect(status(el)).to.equal('Awaiting the other partner');
    expect(textOf($(el, '[part="hash"]'))).to.equal(agreement.contentHash);
    expect(text).to.contain('(checked in your browser)');
    expect(textOf($(el, '[part="signatures"]'))).to.match(
      /Priya Nair \(Mentor\) signed on .+ with a Typed name/,
    );
    expect(
      el.shadowRoot!.querySelector('[part="terms"] script, [part="terms"] [onclick]'),
    ).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme on a dark page', async () => {
    const restore = useDarkPage();
    try {
      const el = await signer(await memoryApi());
      await expect(el).to.be.accessible();
      await startEditing(el);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('signs with consent, the exact words and the hash; both signatures complete it', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const calls = spy(api, 'signAgreement');
    const agreement = await api.getAgreement(AGREEMENT);
    const statement = textOf($(el, '[part="statement"]'));
    expect(statement).to.contain(`version ${agreement.version}`);
    expect(statement).to.contain(agreement.contentHash);
    expect(textOf($(el, '[part="sign-panel"]'))).to.contain('mentoring@northwind.example');
    expect(textOf($(el, '[part="sign-button"]'))).to.equal(`Sign version ${agreement.version}`);
    await expect(el).to.be.accessible();

    const complete = oneEvent(el, 'mentor-agreement-complete');
    const signed = oneEvent(el, 'mentor-agreement-sign');
    await signTyped(el, 'ana souza');
    const [, input] = calls[0] as [string, Record<string, unknown>];
    expect(input).to.include({
      version: agreement.version,
      contentHash: await agreementContentHash(agreement.id, agreement.version, agreement.sections),
      consent: true,
      typedName: 'ana souza',
      method: 'typed',
    });
    expect(input.statement).to.equal(statement);
    expect((await signed).detail.signature.personId).to.equal('ana-souza');
    expect((await complete).detail.agreement.status).to.equal('signed');
    expect(status(el)).to.equal('Signed by both: active');
    expect(el.shadowRoot!.querySelector('[part="sign-panel"]')).to.equal(null);
    expect(textOf(el.shadowRoot!)).to.contain('You have signed this version.');
    await expect(el).to.be.accessible();
  });

  it('is busy from the press on: a second press while the terms are hashed signs nothing more', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const calls = spy(api, 'signAgreement');
    $<HTMLInputElement>(el, '#consent').click();
    type(el, '#typedName', 'Ana Souza');
    await el.updateComplete;
    const sign = $<HTMLButtonElement>(el, '[part="sign-button"]');
    sign.click();
    sign.click();
    await el.updateComplete;
    expect(textOf(sign)).to.equal('Signing…');
    expect(sign.disabled).to.equal(true);
    await waitUntil(() => status(el) === 'Signed by both: active', 'never signed', {
      timeout: 5000,
    });
    expect(calls).to.have.length(1);
  });

  it('needs consent and the profile name before anything is sent', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const calls = spy(api, 'signAgreement');
    type(el, '#typedName', 'Ana Souza');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await settle(el);
    // The check runs once the press is handled; a loaded machine can take a frame longer.
    await waitUntil(() => el.shadowRoot!.querySelector('#consent-error'), 'the consent error');
    expect(calls).to.have.length(0);
    expect(textOf($(el, '#consent-error'))).to.contain('Tick the box');
    expect(el.shadowRoot!.activeElement?.id).to.equal('consent');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#consent').click();
    type(el, '#typedName', 'Someone Else');
    $<HTMLButtonElement>(el, '[part="sign-button"]').click();
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#typedName-error'), 'the name error');
    expect(calls).to.have.length(0);
    expect(textOf($(el, '#typedName-error'))).to.contain('(Ana Souza)');
    expect($(el, '#typedName').getAttribute('aria-invalid')).to.equal('true');
  });

  it('signs with the keyboard alone', async () => {
    const el = await signer(await memoryApi());
    $<HTMLInputElement>(el, '#consent').focus();
    await sendKeys({ press: ' ' }); // the Space key by the name Firefox's driver knows too
    await sendKeys({ press: 'Tab' }); // the typed name (drawn is a choice further up)
    if (el.shadowRoot!.activeElement?.id !== 'typedName') $(el, '#typedName').focus();
    await sendKeys({ type: 'Ana Souza' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Signed by both: active', 'signed from the keyboard');
  });

  it('refuses loudly to sign terms whose hash does not match the server’s', async () => {
    const api = await memoryApi();
    const original = api.getAgreement.bind(api);
    api.getAgreement = async (id, options) => {
      const agreement = await original(id, options);
      return {
        ...agreement,
        sections: agreement.sections.map((s) =>
          s.key === 'confidentiality' ? { ...s, body: `${s.body} Except my manager.` } : s,
        ),
      };
    };
    const calls = spy(api, 'signAgreement');
    const el = await signer(api);
    const alarm = $(el, '[part="hash-mismatch"]');
    expect(alarm.getAttribute('role')).to.equal('alert');
    expect(textOf(alarm)).to.contain('Do not sign');
    expect(el.shadowRoot!.querySelector('[part="sign-panel"]')).to.equal(null);
    expect(textOf(el.shadowRoot!)).not.to.contain('(checked in your browser)');
    expect(calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a signature on a version that changed meanwhile, and shows the new one', async () => {
    const api = await memoryApi();
    const el = await signer(api);
    const priya = api.as(PRIYA);
    const current = await priya.getAgreement(AGREEMENT);
    await priya.updateAgreement(
      AGREEMENT,
      {
        sections: current.sections.map((s) =>
          s.key === 'cadence' ? { ...s, body: 'We meet weekly.' } : s,
        ),
      },
      { version: current.version },
    );
    await signTyped(el, 'Ana Souza');
    const notice = $(el, '[part="stale-signature"]');
    expect(textOf(notice)).to.contain(
      `you read version ${current.version}, the current one is version ${current.version + 1}`,
    );
    expect(textOf(notice)).to.contain('Nothing was signed');
    expect(status(el)).to.equal('Draft: not signed yet');
    expect(textOf($(el, '[part="sign-button"]'))).to.equal(`Sign version ${current.version + 1}`);
    expect(textOf($(el, '[part="terms"]'))).to.contain('We meet weekly.');
    expect((await api.getAgreement(AGREEMENT)).signatures).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('only shows when readonly, and lets a program allow typed signatures only', async () => {
    const readonly = await signer(await memoryApi(), { readonly: true });
    expect(readonly.shadowRoot!.querySelector('[part="sign-panel"]')).to.equal(null);
    expect(() => button(readonly, 'Edit the terms')).to.throw();
    expect(() => button(readonly, 'End the mentorship')).to.throw();
    await expect(readonly).to.be.accessible();

    const typedOnly = await signer(await memoryApi(), { methods: 'typed' });
    expect(typedOnly.shadowRoot!.querySelector('input[name="method"]')).to.equal(null);
    const policy = await signer(
      await memoryApi({
        agreementPolicy: { signatureMethods: ['typed'], contact: 'hr@example.com' },
      }),
      { methods: 'typed drawn' },
    );
    expect(policy.shadowRoot!.querySelector('input[name="method"]'), 'never widened').to.equal(
      null,
    );
    expect(textOf($(policy, '[part="sign-panel"]'))).to.contain('hr@example.com');
  });

  it('shows the signed-in person’s current agreement when given no id, or says there is none', async () => {
    const api = await memoryApi();
    const mine = await renderInProgram<MentorAgreementSigner>(
      html`<mentor-agreement-signer></mentor-agreement-signer>`,
      { api },
    );
    await mine.loaded();
    expect(textOf(mine.shadowRoot!)).to.contain('Mentoring agreement: Ana Souza and Priya Nair');
    const none = await renderInProgram<MentorAgreementSigner>(
      html`<mentor-agreement-signer></mentor-agreement-signer>`,
      { api: api.as(PERSONAS.secondMentee) },
    );
    await none.loaded();
    expect(textOf($(none, '[part="empty"]'))).to.equal(
      'You have no mentorship with an agreement yet.',
    );
    await expect(none).to.be.accessible();
  });

  it('speaks Spanish and Arabic (right to left, the hash kept left to right)', async () => {
    const es = await signer(await memoryApi(), { locale: 'es' });
    expect(status(es)).to.equal('A la espera de la otra persona');
    await expect(es).to.be.accessible();
    const ar = await signer(await memoryApi(), { locale: 'ar' });
    expect(status(ar)).to.equal('بانتظار الطرف الآخر');
    expect(textOf($(ar, '[part="sign-button"]'))).to.contain('توقيع النسخة');
    expect(getComputedStyle(ar).direction).to.equal('rtl');
    expect(getComputedStyle($(ar, '[part="hash"]')).direction).to.equal('ltr');
    await expect(ar).to.be.accessible();
  });
});
