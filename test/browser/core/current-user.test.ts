import { expect, html, waitUntil } from '@open-wc/testing';
import { currentUser, forgetCurrentUser } from '../../../src/core/current-user.js';
import { NetworkError } from '../../../src/client/errors.js';
import { renderInProgram } from '../support/render.js';
import { fakeApi, me, type TestWhoami } from './fixtures.js';
import './fixtures.js';

describe('currentUser', () => {
  it('asks the server once for all the widgets of a page', async () => {
    let calls = 0;
    const api = fakeApi(async () => {
      calls++;
      return me('Ana Ruiz');
    });
    const [a, b] = await Promise.all([currentUser(api), currentUser(api)]);
    expect(a.person.name).to.equal('Ana Ruiz');
    expect(b).to.equal(a);
    expect(calls).to.equal(1);
    forgetCurrentUser(api);
    await currentUser(api);
    expect(calls).to.equal(2);
  });

  it('asks again after a failure', async () => {
    let calls = 0;
    const api = fakeApi(async () => {
      if (++calls === 1) throw new NetworkError('offline');
      return me('Omar Haddad');
    });
    let failure: unknown;
    await currentUser(api).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(NetworkError);
    expect((await currentUser(api)).person.name).to.equal('Omar Haddad');
  });

  it('stops only the caller that aborts', async () => {
    let release!: () => void;
    const api = fakeApi(() => new Promise((resolve) => (release = () => resolve(me('Li Wei')))));
    const controller = new AbortController();
    const aborted = currentUser(api, controller.signal);
    const other = currentUser(api);
    controller.abort();
    let abortError: unknown;
    await aborted.catch((error: unknown) => (abortError = error));
    expect((abortError as DOMException).name).to.equal('AbortError');
    release();
    expect((await other).person.name).to.equal('Li Wei');
  });

  it('is what widgets in a program share', async () => {
    let calls = 0;
    const api = fakeApi(async () => {
      calls++;
      return me('Grace Hopper');
    });
    const first = await renderInProgram<TestWhoami>(html`<test-whoami></test-whoami>`, { api });
    const second = document.createElement('test-whoami');
    first.after(second);
    const greeting = (el: TestWhoami) => el.shadowRoot!.querySelector('.greeting')?.textContent;
    await waitUntil(() => greeting(first) && greeting(second));
    expect(greeting(second)).to.equal('Signed in as Grace Hopper');
    expect(calls).to.equal(1);
  });
});
