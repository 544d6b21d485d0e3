// Searching, filtering, sorting, facets, chips and paging, on the real memory API.
import { expect } from '@open-wc/testing';
import { $, $$, button, textOf } from '../support/dom.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { memoryApi } from '../support/memory.js';
import {
  directory,
  filtersOf,
  loadEverything,
  renderedCards,
  search,
  shownFacets,
  toggleFilter,
} from './helpers.js';
import type { MentorCard, MentorQuery } from '../../../src/contract/index.js';
import type { MentoringApi } from '../../../src/client/api.js';

const mentions = (card: MentorCard, word: string) =>
  [card.mentor.name, card.mentor.title, ...card.mentor.skills, ...card.mentor.interests]
    .join(' ')
    .toLowerCase()
    .includes(word.toLowerCase());

describe('<mentor-directory> search', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('shows the first page of mentors and announces how many were found', async () => {
    const api = await memoryApi();
    const el = await directory(api);
    const { total } = await api.searchMentors({ limit: 1 });
    expect(el.cards.length).to.be.greaterThan(0);
    expect(renderedCards(el).length).to.be.greaterThan(0);
    expect(textOf($(el, '.summary'))).to.equal(`${total} mentors found`);
    expect($(el, '[role="status"]').textContent).to.contain(`${total} mentors`);
    await expectAccessibleInThemes(el);
  });

  it('finds mentors by free text after the person stops typing', async () => {
    const el = await directory(await memoryApi());
    await search(el, 'negotiation', 'debounce');
    expect(el.query.q).to.equal('negotiation');
    expect(el.cards.length).to.be.greaterThan(0);
    for (const card of el.cards)
      expect(mentions(card, 'negotiation'), card.mentor.name).to.equal(true);
    expect(textOf(renderedCards(el)[0]!)).to.match(/negotiation/i);
  });

  it('cancels a search that is still running when a newer one starts', async () => {
    const api = await memoryApi({ latencyMs: 400 });
    const signals: Array<{ q?: string; signal?: AbortSignal }> = [];
    const spy: MentoringApi = Object.create(api);
    spy.searchMentors = (query: MentorQuery, options) => {
      signals.push({ q: query.q, signal: options?.signal });
      return api.searchMentors(query, options);
    };
    const el = await directory(spy as never);
    const input = $<HTMLInputElement>(el, '#search');
    for (const text of ['Kwame', 'Leila']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await el.updateComplete;
    }
    await el.searchComplete();
    const kwame = signals.find((call) => call.q === 'Kwame');
    expect(kwame?.signal?.aborted, 'the older search was aborted').to.equal(true);
    expect(el.cards.map((card) => card.mentor.name)).to.include('Leila Haddad');
    expect(el.cards.map((card) => card.mentor.name)).not.to.include('Kwame Mensah');
  });
});

describe('<mentor-directory> filters and facets', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  const groups = ['skills', 'languages', 'locations', 'departments', 'programTypes'] as const;
  const holds: Record<(typeof groups)[number], (card: MentorCard, value: string) => boolean> = {
    skills: (card, value) => card.mentor.skills.includes(value),
    languages: (card, value) => card.mentor.languages.includes(value),
    locations: (card, value) =>
      [card.mentor.location.city, card.mentor.location.country].includes(value) ||
      `${card.mentor.location.city}, ${card.mentor.location.country}` === value,
    departments: (card, value) => card.mentor.department === value,
    programTypes: (card, value) => card.mentor.programTypes.includes(value as never),
  };

  for (const group of groups) {
    it(`filters by ${group}, leaving as many mentors as its facet count said`, async () => {
      const el = await directory(await memoryApi(), { pageSize: 100 });
      const facet = shownFacets(el, group).find((entry) => entry.count > 0);
      expect(facet, `a ${group} facet with mentors`).not.to.equal(undefined);
      await toggleFilter(el, group, facet!.value);
      await loadEverything(el);
      expect(el.cards.length).to.equal(facet!.count);
      for (const card of el.cards)
        expect(holds[group](card, facet!.value), card.mentor.name).to.equal(true);
      expect($$(el, '.chips li').length).to.equal(1);
    });
  }

  it('shows long facet lists in part, with a "Show all" button naming the group', async () => {
    const el = await directory(await memoryApi());
    const filters = filtersOf(el);
    const before = shownFacets(el, 'locations').length;
    const showAll = button(filters, /^Show all \d+ Locations$/);
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    showAll.click();
    await filters.updateComplete;
    expect(shownFacets(el, 'locations').length).to.be.greaterThan(before);
    const showFewer = button(filters, 'Show fewer Locations');
    expect(showFewer.getAttribute('aria-expanded')).to.equal('true');
    expect(button(filters, /^Show all \d+ Departments$/)).to.be.instanceOf(HTMLButtonElement);
  });

  it('shows only mentors with open spots when asked, as many as the facet said', async () => {
    const el = await directory(await memoryApi(), { pageSize: 100 });
    const label = [...filtersLabels(el)].find((entry) =>
      entry.textContent!.includes('Open spots only'),
    )!;
    const expected = Number(label.querySelector('.count')!.textContent);
    label.querySelector('input')!.click();
    await el.searchComplete();
    await loadEverything(el);
    expect(el.cards.length).to.equal(expected);
    for (const card of el.cards) {
      expect(card.openSpots, card.mentor.name).to.be.greaterThan(0);
      expect(card.mentor.availability.status).to.equal('open');
    }
    expect(textOf($(el, '.chips'))).to.contain('Open spots only');
  });

  it('filters by a time-zone range', async () => {
    const el = await directory(await memoryApi(), { pageSize: 100 });
    const filters = $(el, 'mentor-directory-filters');
    const from = filters.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[name="utcOffsetMin"]',
    )!;
    const to = filters.shadowRoot!.querySelector<HTMLSelectElement>('select[name="utcOffsetMax"]')!;
    from.value = '0';
    from.dispatchEvent(new Event('change'));
    await el.searchComplete();
    await el.updateComplete;
    to.value = '3';
    to.dispatchEvent(new Event('change'));
    await el.searchComplete();
    await loadEverything(el);
    expect(el.query).to.include({ utcOffsetMin: 0, utcOffsetMax: 3 });
    expect(el.cards.length).to.be.greaterThan(0);
    const all = await (await memoryApi()).searchMentors({ limit: 1 });
    expect(el.cards.length).to.be.lessThan(all.total);
    for (const card of el.cards) {
      const offset = utcOffsetHours(card.mentor.location.timeZone);
      expect(offset, card.mentor.location.timeZone).to.be.within(0, 3);
    }
    expect(textOf($(el, '.chips'))).to.contain('Time zone: UTC+0 to UTC+3');
  });

  it('shows active filters as chips that remove one filter each, and clears all', async () => {
    const el = await directory(await memoryApi());
    const skill = shownFacets(el, 'skills')[0]!.value;
    const language = shownFacets(el, 'languages')[0]!.value;
    await toggleFilter(el, 'skills', skill);
    await toggleFilter(el, 'languages', language);
    await search(el, 'a');
    expect($$(el, '.chips li').length).to.equal(3);
    await expectAccessibleInThemes(el);

    button(el, `Remove filter Skill: ${skill}`).click();
    await el.searchComplete();
    await el.updateComplete;
    expect(el.query.skills).to.equal(undefined);
    expect(el.query.languages).to.deep.equal([language]);
    expect($$(el, '.chips li').length).to.equal(2);
    expect(
      el.shadowRoot!.activeElement?.classList.contains('chip'),
      'focus stays on a chip',
    ).to.equal(true);

    button(el, 'Clear all').click();
    await el.searchComplete();
    await el.updateComplete;
    expect(el.query).to.deep.equal({});
    expect(el.shadowRoot!.querySelector('.chips')).to.equal(null);
    expect($<HTMLInputElement>(el, '#search').value).to.equal('');
  });

  it('presets and hides filters from the filters attribute', async () => {
    const el = await directory(await memoryApi(), {
      filters: JSON.stringify({
        preset: { available: true, programTypes: ['career'] },
        hide: ['programTypes'],
      }),
    });
    expect(el.query).to.deep.equal({ available: true, programTypes: ['career'] });
    for (const card of el.cards) expect(card.mentor.programTypes).to.include('career');
    const filters = $(el, 'mentor-directory-filters');
    expect(filters.shadowRoot!.querySelector('[data-filter="programTypes"]')).to.equal(null);
    expect(textOf($(el, '.chips'))).to.contain('Open spots only');
    expect(textOf($(el, '.chips'))).not.to.contain('Program');
  });
});

describe('<mentor-directory> sort', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('sorts by best match by default, then by name and by responsiveness', async () => {
    const el = await directory(await memoryApi(), { pageSize: 30 });
    const scores = el.cards.map((card) => card.match.score);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));

    const sort = $<HTMLSelectElement>(el, '#sort');
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await el.searchComplete();
    // Compared by initial only: the API orders accented names by code point ("Félix" after "Freya").
    const initials = el.cards.map((card) => card.mentor.name[0]!);
    expect(initials).to.deep.equal([...initials].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(initials).size, 'more than one initial on the page').to.be.greaterThan(1);

    sort.value = 'responsive';
    sort.dispatchEvent(new Event('change'));
    await el.searchComplete();
    const hours = el.cards.map(
      (card) => card.mentor.responsiveness.medianHoursToFirstReply ?? Infinity,
    );
    expect(hours).to.deep.equal([...hours].sort((a, b) => a - b));
    expect(el.query.sort).to.equal('responsive');
  });
});

describe('<mentor-directory> paging', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure
  it('loads further pages with "Show more mentors" and as the person scrolls to the end', async () => {
    const api = await memoryApi({ mentors: 45 });
    const { total } = await api.searchMentors({ limit: 1 });
    const el = await directory(api, { pageSize: 5 });
    const before = el.cards.length;
    expect(before).to.be.lessThan(total);
    expect(textOf($(el, '.more'))).to.contain(`of ${total} mentors`);

    button(el, 'Show more mentors').click();
    await el.searchComplete();
    expect(el.cards.length).to.be.greaterThan(before);

    const afterClick = el.cards.length;
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitFor(() => el.cards.length > afterClick);
    window.scrollTo(0, 0);

    await loadEverything(el);
    const ids = el.cards.map((card) => card.mentor.id);
    expect(ids.length).to.equal(total);
    expect(new Set(ids).size, 'no mentor twice').to.equal(total);
    expect(textOf(el.shadowRoot!)).to.contain(`All ${total} mentors shown`);
  });

  it('renders only the cards near the screen when many are loaded', async () => {
    const el = await directory(await memoryApi({ mentors: 300 }), { pageSize: 100 });
    await loadEverything(el);
    expect(el.cards.length).to.be.greaterThan(250);
    expect(renderedCards(el).length).to.be.lessThan(60);
  });
});

function filtersLabels(el: HTMLElement): HTMLLabelElement[] {
  return [...$(el, 'mentor-directory-filters').shadowRoot!.querySelectorAll('label')];
}

/** The current UTC offset of a time zone, in hours. */
function utcOffsetHours(timeZone: string): number {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date())
    .find((entry) => entry.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  if (!match) return 0;
  const hours = Number(match[2]) + Number(match[3]) / 60;
  return match[1] === '-' ? -hours : hours;
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition()).to.equal(true);
}
