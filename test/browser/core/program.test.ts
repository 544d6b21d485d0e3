import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/program/define.js';
import { HttpMentoringApi } from '../../../src/client/http-api.js';
import type { MentoringApi } from '../../../src/client/api.js';
import { MentorProgram } from '../../../src/components/program/program.component.js';
import { renderInProgram, programOf } from '../support/render.js';
import { apiFor, me, type TestWhoami } from './fixtures.js';
import './fixtures.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<mentor-program>', () => {
  it('is registered once, and loading the define module again does not throw', async () => {
    expect(customElements.get('mentor-program')).to.equal(MentorProgram);
    // A second copy of the registration module (as when a page loads the kit twice).
    await import(`../../../src/components/program/define.ts?copy=${Date.now()}`);
    expect(customElements.get('mentor-program')).to.equal(MentorProgram);
  });

  it('gives its api to a nested widget, and the new one when `api` changes', async () => {
    const el = await renderInProgram<TestWhoami>(html`<test-whoami></test-whoami>`, {
      api: apiFor('Ana Ruiz'),
    });
    await waitUntil(() => text(el).includes('Ana Ruiz'), 'first api not used');
    expect(text(el)).to.equal('Signed in as Ana Ruiz');

    programOf(el).api = apiFor('Omar Haddad');
    await waitUntil(() => text(el).includes('Omar Haddad'), 'widget did not follow the new api');
    await expect(el).to.be.accessible();
  });

  it('reaches widgets nested inside other shadow roots', async () => {
    const program = await fixture<MentorProgram>(
      html`<mentor-program .api=${apiFor('Li Wei')}><div id="host"></div></mentor-program>`,
    );
    const host = program.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-whoami></test-whoami>';
    const el = root.querySelector('test-whoami')!;
    await waitUntil(() => text(el).includes('Li Wei'));
  });

  it('builds an HttpMentoringApi from api-base and serves widgets from the real server', async () => {
    await fetch('/__script/program-base', {
      method: 'POST',
      body: JSON.stringify([{ body: me('Grace Hopper') }]),
    });
    const program = await fixture<MentorProgram>(
      html`<mentor-program api-base="/__api/program-base"
        ><test-whoami></test-whoami
      ></mentor-program>`,
    );
    const el = program.querySelector('test-whoami')!;
    expect(el.api).to.be.instanceOf(HttpMentoringApi);
    // The first HTTP call loads the client's schemas on demand: slow on a busy machine.
    await waitUntil(() => text(el).includes('Grace Hopper'), 'no answer from the server', {
      timeout: 5000,
    });
    const log = (await (await fetch('/__log/program-base')).json()) as { path: string }[];
    expect(log.map((entry) => entry.path)).to.include('/me');
  });

  it('a custom api wins over api-base', async () => {
    const program = await fixture<MentorProgram>(
      html`<mentor-program api-base="/nowhere" .api=${apiFor('Custom')}>
        <test-whoami></test-whoami>
      </mentor-program>`,
    );
    const el = program.querySelector('test-whoami')!;
    await waitUntil(() => text(el).includes('Custom'));
    expect(el.api).not.to.be.instanceOf(HttpMentoringApi);
  });

  it('passes options to widgets', async () => {
    const options = { hideConflicted: true, requestExpiryDays: 10 };
    const el = await renderInProgram<TestWhoami>(html`<test-whoami></test-whoami>`, {
      api: apiFor('Ana'),
      options,
    });
    expect(el.options).to.deep.equal(options);

    const program = programOf(el);
    program.options = { hideConflicted: false };
    await program.updateComplete;
    await el.updateComplete;
    expect(el.options).to.deep.equal({ hideConflicted: false });
  });

  it('leaves widgets without an api when it has none, and they say so', async () => {
    const el = await renderInProgram<TestWhoami>(html`<test-whoami></test-whoami>`, {
      api: undefined as unknown as MentoringApi,
    });
    await waitUntil(() => text(el).includes('No API configured'));
    programOf(el).apiBase = '/__api/program-late-base';
    await programOf(el).updateComplete;
    expect(el.api).to.be.instanceOf(HttpMentoringApi);
  });
});
