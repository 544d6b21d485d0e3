// Every state a person can meet, each checked with axe: loading, results, empty, error with
// retry, no mentors in the program, offline.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryMentoringApi } from '../../../src/memory/index.js';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import { $, button, textOf } from '../support/dom.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { ANA, memoryApi, program } from '../support/memory.js';
import { directory, search, settled } from './helpers.js';

describe('<mentor-directory> states', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('shows a loading skeleton, announced politely, until the first results arrive', async () => {
    const api = await memoryApi({ latencyMs: 600 });
    const el = await fixture<MentorDirectory>(
      html`<mentor-directory .api=${api}></mentor-directory>`,
    );
    const skeleton = $(el, '[part="skeleton"]');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(skeleton)).to.equal('Loading mentors');
    expect(el.cards.length).to.equal(0);
    await expectAccessibleInThemes(el);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(el.cards.length).to.be.greaterThan(0);
  });

  it('says when nothing matches, hints how to relax the search, and clears it', async () => {
    const el = await directory(await memoryApi());
    await search(el, 'underwater basket weaving');
    const status = $(el, '[part="status"]');
    expect(textOf(status)).to.contain('No mentors match your search');
    expect(textOf(status)).to.contain('Try removing a filter');
    expect($(el, '[role="status"]').textContent).to.contain('0 mentors found');
    await expectAccessibleInThemes(el);

    button(el, 'Clear all filters').click();
    await settled(el);
    expect(el.query).to.deep.equal({});
    expect(el.cards.length).to.be.greaterThan(0);
  });

  it('shows an error with a retry that works once the network is back', async () => {
    const options = { userId: ANA, data: await program(60), failureRate: 1 };
    const el = await directory(new MemoryMentoringApi(options));
    const error = $(el, '[part="error"]');
    expect(textOf(error.querySelector('[role="alert"]')!)).to.match(/offline|went wrong/i);
    await expectAccessibleInThemes(el);

    options.failureRate = 0; // the memory API reads its options on every call
    button(el, 'Try again').click();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.cards.length).to.be.greaterThan(0);
  });

  it('says so when the program has no mentors yet', async () => {
    const data = { ...(await program(60)) };
    data.mentors = [];
    const el = await directory(new MemoryMentoringApi({ userId: ANA, data }));
    expect(textOf($(el, '[part="status"]'))).to.contain('No mentors in this program yet');
    expect(el.shadowRoot!.querySelector('[part="results"]')).to.equal(null);
    await expectAccessibleInThemes(el);
  });

  describe('offline', () => {
    const goOffline = () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      window.dispatchEvent(new Event('offline'));
    };
    const goOnline = () => {
      delete (navigator as { onLine?: boolean }).onLine; // back to the real (prototype) getter
      window.dispatchEvent(new Event('online'));
    };
    afterEach(() => delete (navigator as { onLine?: boolean }).onLine);

    it('tells the person they are offline and loads when the connection is back', async () => {
      goOffline();
      const el = await directory(await memoryApi());
      const status = $(el, '[part="status"]');
      expect(textOf(status)).to.contain('You are offline');
      expect(status.querySelector('[role="alert"]')).not.to.equal(null);
      await expectAccessibleInThemes(el);

      goOnline();
      await waitUntil(() => el.cards.length > 0, 'results after reconnecting');
      await settled(el);
      expect(textOf(el.shadowRoot!)).not.to.contain('You are offline');
    });

    it('keeps the loaded results and says they may be stale when the connection drops', async () => {
      const el = await directory(await memoryApi());
      const before = el.cards.length;
      goOffline();
      await el.updateComplete;
      expect(textOf($(el, '.offline-banner'))).to.contain('You are offline');
      expect(el.cards.length).to.equal(before);
      await expectAccessibleInThemes(el);
      goOnline();
    });
  });

  it('explains a missing API configuration instead of failing silently', async () => {
    const el = await fixture<MentorDirectory>(html`<mentor-directory></mentor-directory>`);
    await settled(el);
    expect(textOf($(el, '[part="error"]'))).to.contain('No API configured');
    await expectAccessibleInThemes(el);
  });
});
