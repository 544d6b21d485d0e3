// URL sync and the back button, keyboard-only use, and right-to-left rendering.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';
import { $, textOf } from '../support/dom.js';
import { memoryApi, PERSONAS } from '../support/memory.js';
import { directory, settled, shownFacets, toggleFilter } from './helpers.js';

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element whose shadow root holds the focus (e.g. the focused card). */
function focusedIn(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<mentor-directory> sync-url', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('reads the search from the URL, writes changes to it and follows the back button', async () => {
    history.replaceState(null, '', `${location.pathname}?tab=mentoring&available=true`);
    const el = await directory(await memoryApi(), { syncUrl: true });
    expect(el.query).to.deep.equal({ available: true });
    for (const card of el.cards) expect(card.openSpots).to.be.greaterThan(0);

    const skill = shownFacets(el, 'skills')[0]!.value;
    await toggleFilter(el, 'skills', skill);
    const params = new URLSearchParams(location.search);
    expect(params.getAll('skills')).to.deep.equal([skill]);
    expect(params.get('available')).to.equal('true');
    expect(params.get('tab'), "the host page's own parameter is kept").to.equal('mentoring');

    const changed = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.back();
    await changed;
    await settled(el);
    expect(el.query).to.deep.equal({ available: true });
    expect(new URLSearchParams(location.search).getAll('skills')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('.chips li').length).to.equal(1);
  });

  it('leaves the URL alone without sync-url', async () => {
    const before = location.href;
    const el = await directory(await memoryApi());
    await toggleFilter(el, 'skills', shownFacets(el, 'skills')[0]!.value);
    expect(location.href).to.equal(before);
  });
});

describe('<mentor-directory> keyboard only', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('reaches the results, moves between cards with arrows, opens a profile and requests a mentor', async () => {
    const requested: string[] = [];
    const form = Object.assign(document.createElement('div'), {
      id: 'keyboard-form',
      open: (mentor: { id: string }) => requested.push(mentor.id),
    });
    document.body.append(form);
    const el = await fixture<MentorDirectory>(
      html`<div>
        <button>before</button>
        <mentor-directory
          .api=${await memoryApi()}
          layout="list"
          request-form="keyboard-form"
        ></mentor-directory>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('mentor-directory')!);
    await settled(el);

    // Search with the keyboard.
    (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('search');
    await sendKeys({ type: 'Kwame' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.cards[0]?.mentor.id).to.equal(PERSONAS.mentor);

    // Tab on until the first card has the focus.
    for (let i = 0; i < 60 && deepActive()?.localName !== 'mentor-card'; i++)
      await sendKeys({ press: 'Tab' });
    const first = deepActive() as HTMLElement;
    expect(first.localName).to.equal('mentor-card');
    expect(first.dataset['index']).to.equal('0');

    // Enter opens the profile; Escape closes it and gives the focus back to the card.
    await sendKeys({ press: 'Enter' });
    const dialogHost = $(el, 'mentor-profile-dialog');
    await waitUntil(() => dialogHost.shadowRoot!.querySelector('dialog')!.open, 'profile opened', {
      timeout: 10_000,
    });
    expect(deepActive()?.textContent?.trim()).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedIn(el) === first, 'focus back on the card', { timeout: 10_000 });

    // Inside the card: Tab reaches its buttons; Space saves, Enter requests.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('name');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('favourite-button');
    await sendKeys({ press: ' ' }); // the Space key by the name Firefox's driver knows too
    await settled(el);
    expect(el.favourites).to.include(PERSONAS.mentor);
    for (let i = 0; i < 10 && deepActive()?.getAttribute('part') !== 'request-button'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    expect(requested).to.deep.equal([PERSONAS.mentor]);
    form.remove();
  });

  it('moves through results with arrow keys, Home and End', async () => {
    const el = await directory(await memoryApi(), { layout: 'list', pageSize: 20 });
    const card = (index: number) =>
      el.shadowRoot!.querySelector<HTMLElement>(`mentor-card[data-index="${index}"]`)!;
    card(0).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIn(el) === card(1), 'second card focused', { timeout: 10_000 });
    expect(card(1).tabIndex).to.equal(0);
    expect(card(0).tabIndex, 'one card in the Tab order').to.equal(-1);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIn(el) === card(0), 'back to the first card', { timeout: 10_000 });
    // Counted before End: reaching the end may load the next page (infinite scroll).
    const last = el.cards.length - 1;
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => focusedIn(el) === card(last),
      'the last loaded card, scrolled into view',
      { timeout: 10_000 },
    );
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedIn(el) === card(0), 'the first card again', { timeout: 10_000 });
  });
});

describe('<mentor-directory> right-to-left (Arabic)', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  before(() => setViewport({ width: 1200, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays out right-to-left and maps arrow keys to the reading direction', async () => {
    const programEl = await fixture<MentorProgram>(
      html`<mentor-program locale="ar" .api=${await memoryApi()}>
        <mentor-directory layout="grid" page-size="12"></mentor-directory>
      </mentor-program>`,
    );
    const el = programEl.querySelector('mentor-directory')!;
    await settled(el);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    const filters = $(el, '#filters').getBoundingClientRect();
    const results = $(el, '.results-area').getBoundingClientRect();
    expect(filters.left, 'filters sit on the right').to.be.greaterThan(results.left);

    const card = (index: number) =>
      el.shadowRoot!.querySelector<HTMLElement>(`mentor-card[data-index="${index}"]`)!;
    expect(
      card(1).getBoundingClientRect().left,
      'the second card is left of the first',
    ).to.be.lessThan(card(0).getBoundingClientRect().left);
    card(0).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedIn(el) === card(1), 'ArrowLeft moves forward in RTL', {
      timeout: 10_000,
    });
    expect(textOf($(el, 'label[for="search"]'))).not.to.equal('Search mentors');
    await expect(el).to.be.accessible();
  });
});
