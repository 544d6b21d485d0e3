// A person may type in the search box while the directory's schemas are still on their way (the
// box is there from the first paint). Those words must not be wiped when the schemas arrive and
// the preset or the URL is applied: the first search carries them. Its own file, because each
// file is a fresh page and the schemas load once per page.
import { expect, fixture, html } from '@open-wc/testing';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import { loadedSchemas } from '../../../src/components/directory/directory-parts.js';
import type { MentorQuery } from '../../../src/contract/index.js';
import { $, textOf, type } from '../support/dom.js';
import { memoryApi } from '../support/memory.js';
import { settled } from './helpers.js';

describe('<mentor-directory> typed into before its schemas arrive', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  const startUrl = location.href;
  after(() => history.replaceState(null, '', startUrl));

  it('keeps the words typed, searches for them with the preset, and puts them in the URL', async () => {
    const api = await memoryApi();
    const sent: MentorQuery[] = [];
    const search = api.searchMentors.bind(api);
    api.searchMentors = (query, options) => (sent.push(query), search(query, options));
    const el = await fixture<MentorDirectory>(
      html`<mentor-directory
        .api=${api}
        sync-url
        filters='{"preset": {"available": true}}'
      ></mentor-directory>`,
    );
    expect(loadedSchemas(), 'schemas still loading').to.equal(undefined);
    expect(textOf($(el, '[part="skeleton"]'))).to.equal('Loading mentors');
    const box = $<HTMLInputElement>(el, '#search');
    type(box, 'Kwame Mensah'); // no Enter: the search would run after the typing pause

    await settled(el);
    expect(box.value).to.equal('Kwame Mensah');
    expect(sent.filter((query) => !query.cursor)).to.have.length(1);
    expect(sent[0]).to.include({ q: 'Kwame Mensah', available: true });
    expect(el.cards.map((card) => card.mentor.name)).to.deep.equal(['Kwame Mensah']);
    expect(textOf($(el, '.summary'))).to.equal('1 mentor found');
    expect(new URL(location.href).searchParams.get('q')).to.equal('Kwame Mensah');

    // Enter (or the typing pause) after that runs no second search for the same words.
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settled(el);
    expect(sent.filter((query) => !query.cursor)).to.have.length(1);
  });
});
