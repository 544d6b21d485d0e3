// The form view's render functions load from their own chunk (not on the first paint): opening a
// mentor shows the heading, the summary and the form together, moves focus to the heading, and
// every state on the way is accessible.
import { expect, waitUntil } from '@open-wc/testing';
import { deep, deepActiveElement, deepAll, field, textOf } from '../support/dom.js';
import { PERSONAS, expectAccessibleInBothThemes, memoryApi, mount, settled } from './helpers.js';

describe('<mentor-match-request> form part (loaded on demand)', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('opens a mentor from the empty state: all of the form at once, focus on its heading', async () => {
    const api = await memoryApi({ latencyMs: 150 });
    const el = await mount(api, {});
    expect(textOf(el)).to.contain('No mentor chosen yet');
    await expectAccessibleInBothThemes(el);

    // Every render on the way: a heading never shows without the summary and form beside it.
    const halfDrawn: string[] = [];
    el.addController({
      hostUpdated() {
        const root = el.shadowRoot!;
        if (root.querySelector('#heading') && !root.querySelector('form, [part="not-requestable"]'))
          halfDrawn.push('heading without the form');
        if (root.querySelector('#heading') && !root.querySelector('[part="mentor-summary"]'))
          halfDrawn.push('heading without the summary');
      },
    });
    el.open(await api.getMentor(PERSONAS.mentor));
    await waitUntil(() => deepAll(el, '[part="skeleton"]').length > 0, 'no skeleton while loading');
    await expectAccessibleInBothThemes(el);

    await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus never reached the heading');
    await settled(el);
    expect(halfDrawn).to.deep.equal([]);
    expect(textOf(deep(el, '#heading'))).to.contain('Request mentoring from Kwame Mensah');
    expect(deepAll(el, '[part="mentor-summary"]')).to.have.length(1);
    expect(field(el, 'Message to the mentor').localName).to.equal('textarea');
    await expectAccessibleInBothThemes(el);
  });
});
