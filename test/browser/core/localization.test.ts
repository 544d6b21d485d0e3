import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/program/define.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';
import { getLocale } from '../../../src/core/localization.js';
import { NetworkError } from '../../../src/client/errors.js';
import { fakeApi, type TestWhoami } from './fixtures.js';
import './fixtures.js';

const offlineApi = fakeApi(() => Promise.reject(new NetworkError('offline')));
const alertText = (el: Element) =>
  el.shadowRoot!.querySelector('[role=alert]')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const buttonText = (el: Element) => el.shadowRoot!.querySelector('button')?.textContent!.trim();

async function offlineWidgetIn(locale: string) {
  const program = await fixture<MentorProgram>(
    html`<mentor-program .api=${offlineApi} locale=${locale}
      ><test-whoami></test-whoami
    ></mentor-program>`,
  );
  await program.updateComplete; // waits for the translations too
  const el = program.querySelector<TestWhoami>('test-whoami')!;
  await waitUntil(() => alertText(el), 'no error shown');
  return { program, el };
}

describe('localization', () => {
  afterEach(async () => {
    const program = await fixture<MentorProgram>(
      html`<mentor-program locale="en"></mentor-program>`,
    );
    await program.updateComplete;
  });

  it('renders core messages in Spanish', async () => {
    const { program, el } = await offlineWidgetIn('es');
    expect(getLocale()).to.equal('es');
    expect(program.lang).to.equal('es');
    expect(program.hasAttribute('dir')).to.equal(false);
    await waitUntil(() => alertText(el).startsWith('Parece que no tienes conexión'));
    expect(buttonText(el)).to.equal('Reintentar');
    expect(el.locale).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('renders Arabic right-to-left', async () => {
    const { program, el } = await offlineWidgetIn('ar');
    expect(program.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    await waitUntil(() => alertText(el).startsWith('يبدو أنك غير متصل بالإنترنت'));
    expect(buttonText(el)).to.equal('إعادة المحاولة');
    await expect(el).to.be.accessible();
  });

  it('switches language and direction when locale changes', async () => {
    const { program, el } = await offlineWidgetIn('en');
    expect(alertText(el)).to.contain('You seem to be offline');

    program.locale = 'ar';
    await program.updateComplete;
    await waitUntil(() => buttonText(el) === 'إعادة المحاولة', 'Arabic not applied');
    expect(program.dir).to.equal('rtl');

    program.locale = 'es-MX'; // regional tags fall back to their language
    await program.updateComplete;
    await waitUntil(() => buttonText(el) === 'Reintentar', 'Spanish not applied');
    expect(program.hasAttribute('dir')).to.equal(false);
    expect(el.locale).to.equal('es');
  });

  it('falls back to English for a language it does not have', async () => {
    const { el } = await offlineWidgetIn('pt-BR');
    expect(getLocale()).to.equal('en');
    expect(buttonText(el)).to.equal('Try again');
  });
});
