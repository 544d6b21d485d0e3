// The directory's schemas (zod: the `filters` and `weights` values, a search read from the URL)
// and its results list with the cards are lazy parts (issue #17), fetched at connect alongside the
// operations. Until the schemas arrive the directory shows its skeleton and sends nothing; then
// the first search carries the preset. The cards show with the first results, never undefined.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorQuery } from '../../../src/contract/index.js';
import { fetched } from '../support/chunks.js';
import { $, $$, deepActiveElement, textOf } from '../support/dom.js';
import { memoryApi } from '../support/memory.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { settled } from './helpers.js';

/** Taken before any directory connects (define.js, imported by the helpers, leaves it out). */
const cardRegisteredUpFront = customElements.get('mentor-card') !== undefined;

describe('<mentor-directory> lazy schemas and results', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  it('shows the skeleton until its schemas are here, then searches once with the preset', async () => {
    const api = await memoryApi();
    const sent: MentorQuery[] = [];
    const search = api.searchMentors.bind(api);
    api.searchMentors = (query, options) => (sent.push(query), search(query, options));
    expect(fetched('directory/directory-schemas.ts')).to.equal(false);
    const el = await fixture<MentorDirectory>(
      html`<mentor-directory
        .api=${api}
        filters='{"preset": {"available": true}}'
        weights='{"skills": 90}'
      ></mentor-directory>`,
    );
    expect(textOf($(el, '[part="skeleton"]'))).to.equal('Loading mentors');
    expect(sent).to.deep.equal([]);
    await settled(el);
    expect(fetched('directory/directory-schemas.ts')).to.equal(true);
    // One first search (later pages may follow as the list scrolls), with the preset.
    expect(sent.filter((query) => !query.cursor)).to.have.length(1);
    expect(sent[0]).to.include({ available: true });
    expect(sent[0]?.weights).to.deep.equal({ skills: 90 });
    expect(el.cards.length).to.be.greaterThan(0);
    expect(textOf($(el, '.chips'))).to.contain('Open spots only');
  });

  it('shows its cards with the first results: defined, in the Tab order, accessible', async () => {
    expect(cardRegisteredUpFront, 'card registered up front').to.equal(false);
    const api = await memoryApi({ latencyMs: 100 });
    const el = await fixture<MentorDirectory>(
      html`<mentor-directory .api=${api} page-size="6" layout="list"></mentor-directory>`,
    );
    // Every render on the way: either the skeleton or complete cards, never an empty card box.
    const halfDrawn: string[] = [];
    el.addController({
      hostUpdated() {
        const cards = $$(el, 'mentor-card');
        if (cards.some((card) => !card.matches(':defined'))) halfDrawn.push('undefined card');
        if (cards.length > 0 && el.shadowRoot!.querySelector('[part="skeleton"]'))
          halfDrawn.push('cards beside the skeleton');
      },
    });
    await expectAccessibleInThemes(el);
    await settled(el);
    expect(fetched('directory/directory-results-part.ts')).to.equal(true);
    expect(halfDrawn).to.deep.equal([]);
    expect(el.cards.length).to.be.greaterThanOrEqual(6);
    expect($$(el, 'mentor-card').length).to.be.greaterThan(0);
    expect(textOf($$(el, 'mentor-card')[0]!)).to.contain(el.cards[0]!.mentor.name);

    // Tab from the search box (past the filters) reaches the first card, the one in the Tab order.
    $<HTMLInputElement>(el, '#search').focus();
    for (let i = 0; i < 80 && deepActiveElement()?.localName !== 'mentor-card'; i++)
      await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).dataset['index']).to.equal('0');
    await expectAccessibleInThemes(el);
  });
});
