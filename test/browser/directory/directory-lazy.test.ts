// The directory's schemas (zod: the `filters` and `weights` values, a search read from the URL)
// are a lazy part (issue #17), fetched at connect alongside the operations. Until they arrive the
// directory shows its skeleton and sends nothing; then the first search carries the preset.
import { expect, fixture, html } from '@open-wc/testing';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorQuery } from '../../../src/contract/index.js';
import { fetched } from '../support/chunks.js';
import { $, textOf } from '../support/dom.js';
import { memoryApi } from '../support/memory.js';
import { settled } from './helpers.js';

describe('<mentor-directory> lazy schemas', function () {
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
});
