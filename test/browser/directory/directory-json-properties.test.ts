// `weights` and `filters` as frameworks set them: React 19 and Vue set the *property*, with the
// JSON text from the template; scripts set an object; a host page can get either wrong. Real
// elements on the real memory API; the searches it receives are recorded, not replaced.
import { expect, fixture, html } from '@open-wc/testing';
import { $, textOf } from '../support/dom.js';
import { memoryApi } from '../support/memory.js';
import { settled } from './helpers.js';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorQuery } from '../../../src/contract/index.js';
import type { MemoryMentoringApi } from '../../../src/memory/index.js';

const SKILLS_ONLY = {
  skills: 100,
  interests: 0,
  languages: 0,
  timezone: 0,
  location: 0,
  responsiveness: 0,
  capacity: 0,
};
const PRESET = { preset: { available: true, programTypes: ['career'] }, hide: ['programTypes'] };

/** The searches the API received, in order. */
function recordSearches(api: MemoryMentoringApi): MentorQuery[] {
  const sent: MentorQuery[] = [];
  const search = api.searchMentors.bind(api);
  api.searchMentors = (query, options) => {
    sent.push(query);
    return search(query, options);
  };
  return sent;
}

/** A directory whose `weights` and/or `filters` *properties* are set before it connects. */
async function directoryWith(
  api: MemoryMentoringApi,
  properties: { weights?: unknown; filters?: unknown },
): Promise<MentorDirectory> {
  const el = document.createElement('mentor-directory');
  el.api = api;
  el.pageSize = 10;
  // Cast: a framework hands over whatever the template holds, typed or not.
  if ('weights' in properties)
    (el as unknown as Record<string, unknown>)['weights'] = properties.weights;
  if ('filters' in properties)
    (el as unknown as Record<string, unknown>)['filters'] = properties.filters;
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

const scores = (el: MentorDirectory) =>
  el.cards.map((card) => `${card.mentor.id}:${card.match.score}`);

describe('<mentor-directory> weights and filters set as properties', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  let warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (text.includes('<mentor-directory>')) warnings.push(text);
      else originalWarn.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  /** One warning, naming the element, the property, what is wrong and what is expected. */
  function expectOneWarning(property: string, ...says: string[]) {
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<mentor-directory>: the ${property} value`);
    for (const text of says) expect(warnings[0]).to.contain(text);
  }

  /** No sign of the form-field error meant for people: cards and no "highlighted fields". */
  function expectCardsAndNoFieldError(el: MentorDirectory) {
    expect(el.cards.length).to.be.greaterThan(0);
    expect(textOf(el.shadowRoot!)).not.to.contain('highlighted fields');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  }

  it('takes weights as JSON text and as an object alike, and scores with them', async () => {
    const byDefault = await directoryWith(await memoryApi(), {});
    const textApi = await memoryApi();
    const sentForText = recordSearches(textApi);
    const fromText = await directoryWith(textApi, { weights: JSON.stringify(SKILLS_ONLY) });
    const objectApi = await memoryApi();
    const sentForObject = recordSearches(objectApi);
    const fromObject = await directoryWith(objectApi, { weights: SKILLS_ONLY });

    expect(sentForText[0]?.weights).to.deep.equal(SKILLS_ONLY);
    expect(sentForObject[0]?.weights).to.deep.equal(SKILLS_ONLY);
    expect(fromText.weights).to.deep.equal(SKILLS_ONLY);
    expect(scores(fromText)).to.deep.equal(scores(fromObject));
    expect(scores(fromText)).not.to.deep.equal(scores(byDefault));
    expectCardsAndNoFieldError(fromText);
    expect(warnings).to.deep.equal([]);
  });

  it('re-scores when weights change after the first search', async () => {
    const api = await memoryApi();
    const sent = recordSearches(api);
    const el = await directoryWith(api, {});
    (el as unknown as Record<string, unknown>)['weights'] = '{"languages": 100, "skills": 0}';
    await settled(el);
    expect(sent.at(-1)?.weights).to.deep.equal({ languages: 100, skills: 0 });
  });

  for (const [what, garbage, problem] of [
    ['text that is not JSON', '{skills: lots}', 'not valid JSON'],
    ['an out-of-range weight', '{"skills": 500}', 'skills'],
    ['a misspelt criterion', { skils: 50 }, 'skils'],
    ['an array', [50, 20], 'expected an object'],
    ['a number', 42, 'expected an object'],
  ] as const) {
    it(`warns once about ${what} in weights and searches with the default weights`, async () => {
      const api = await memoryApi();
      const sent = recordSearches(api);
      const el = await directoryWith(api, { weights: garbage });

      expectOneWarning('weights', problem, 'Expected points 0-100 per criterion');
      expect(el.weights).to.equal(undefined);
      expect(sent[0]).not.to.have.property('weights');
      expectCardsAndNoFieldError(el);
    });
  }

  it('says it once when the same wrong value is set again', async () => {
    const el = await directoryWith(await memoryApi(), { weights: '{"skills": "lots"}' });
    (el as unknown as Record<string, unknown>)['weights'] = '{"skills": "lots"}';
    await settled(el);
    expect(warnings).to.have.length(1);
  });

  it('takes filters as JSON text and as an object alike: preset applied, group hidden', async () => {
    for (const filters of [JSON.stringify(PRESET), PRESET]) {
      const api = await memoryApi();
      const sent = recordSearches(api);
      const el = await directoryWith(api, { filters });

      expect(el.query).to.deep.equal({ available: true, programTypes: ['career'] });
      expect(sent[0]).to.include({ available: true });
      expect(sent[0]?.programTypes).to.deep.equal(['career']);
      for (const card of el.cards) expect(card.mentor.programTypes).to.include('career');
      const panel = $(el, 'mentor-directory-filters');
      expect(panel.shadowRoot!.querySelector('[data-filter="programTypes"]')).to.equal(null);
      expect(textOf($(el, '.chips'))).to.contain('Open spots only');
      expectCardsAndNoFieldError(el);
    }
    expect(warnings).to.deep.equal([]);
  });

  for (const [what, garbage, problem] of [
    ['text that is not JSON', '{"preset": ', 'not valid JSON'],
    ['a misspelt filter in the preset', { preset: { skill: ['negotiation'] } }, 'skill'],
    ['an unknown filter name to hide', { hide: ['everything'] }, 'hide'],
  ] as const) {
    it(`warns once about ${what} in filters and shows every filter, unfiltered`, async () => {
      const api = await memoryApi();
      const sent = recordSearches(api);
      const el = await directoryWith(api, { filters: garbage });

      expectOneWarning('filters', problem, 'Expected {"preset"');
      expect(el.filters).to.deep.equal({});
      expect(el.query).to.deep.equal({});
      expect(sent[0]?.skills).to.equal(undefined);
      const panel = $(el, 'mentor-directory-filters');
      expect(panel.shadowRoot!.querySelector('[data-filter="programTypes"]')).not.to.equal(null);
      expectCardsAndNoFieldError(el);
    });
  }

  it('reads the weights attribute the same way, and warns about a broken one', async () => {
    const api = await memoryApi();
    const sent = recordSearches(api);
    const el = await fixture<MentorDirectory>(
      html`<mentor-directory .api=${api} weights='{"skills": 80}'></mentor-directory>`,
    );
    await settled(el);
    expect(sent[0]?.weights).to.deep.equal({ skills: 80 });

    el.setAttribute('weights', 'skills=80');
    await settled(el);
    expectOneWarning('weights', 'not valid JSON');
    expect(sent.at(-1)).not.to.have.property('weights');
    expectCardsAndNoFieldError(el);
  });
});
