// DirectoryIndex filters and facet counts against the brute-force oracle
// (./support/directory-oracle.ts): every total and count recomputed straight from the profiles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorQuery } from '../../src/contract/index.js';
import {
  NOW,
  FACETS,
  shownBy,
  byName,
  expectedFacets,
  MENTORS,
  ana,
  allPages,
  shared,
} from './support/directory-oracle.js';

describe('DirectoryIndex filters', () => {
  const ids = (query: MentorQuery) =>
    allPages(shared, { query: { ...query, sort: 'name' }, subject: null });

  function assertFilter(query: MentorQuery) {
    const expected = shownBy(MENTORS, query)
      .sort(byName)
      .map((m) => m.id);
    const actual = ids(query);
    assert.deepEqual(actual.ids, expected, JSON.stringify(query));
    assert.equal(actual.total, expected.length, JSON.stringify(query));
    return expected;
  }

  it('finds words by prefix, without accents or case', () => {
    for (const q of ['ramirez', 'RAMÍREZ', 'luc ram', 'Ramírez, Lucía']) {
      assert.ok(assertFilter({ q }).includes('craft-ramirez'), q);
    }
    // A prefix of a word, not any substring; every typed word must match.
    assert.ok(!assertFilter({ q: 'amirez' }).includes('craft-ramirez'), 'inside a word');
    assert.ok(!assertFilter({ q: 'lucia zebra' }).includes('craft-ramirez'), 'one word missing');
    // Location is not searched as text.
    assert.deepEqual(assertFilter({ q: 'valparaiso' }), []);
    for (const q of ['code review', 'engin', 'data &', 'people manag']) {
      const found = assertFilter({ q });
      assert.ok(found.length > 0 && found.length < MENTORS.length, `${q}: ${found.length}`);
    }
    // Nothing searchable typed: nothing filtered out.
    assert.equal(assertFilter({ q: ' -- ' }).length, MENTORS.length);
  });

  it('requires every chosen skill, ignoring case and repeats', () => {
    const negotiators = assertFilter({ skills: ['NEGOTIATION'] });
    assert.ok(negotiators.includes('craft-ramirez'), 'matches the mentor writing "Negotiation"');
    assert.ok(negotiators.length > 50, `${negotiators.length} negotiators`);
    const both = assertFilter({ skills: ['negotiation', 'Public Speaking'] });
    assert.ok(both.length > 0 && both.length < negotiators.length, 'two skills narrow');
    assert.deepEqual(
      assertFilter({ skills: ['negotiation', 'Negotiation', 'NEGOTIATION'] }),
      negotiators,
    );
    assert.deepEqual(assertFilter({ skills: ['negotiation', 'no such skill'] }), []);
  });

  it('accepts any of the chosen languages, places, departments and program types, ignoring case', () => {
    const queries: MentorQuery[] = [
      { languages: ['pt-br'] },
      { languages: ['JA', 'ko', 'xx'] },
      { locations: ['STOCKHOLM', 'london'] },
      { locations: ['valparaíso'] },
      { departments: ['data & analytics', 'LEGAL'] },
      { programTypes: ['reverse', 'circle'] },
    ];
    for (const query of queries) {
      const found = assertFilter(query);
      assert.ok(found.length > 0 && found.length < MENTORS.length, JSON.stringify(query));
    }
    assert.ok(assertFilter({ locations: ['Stockholm'] }).includes('craft-stockholm'), 'stockholm');
    assert.ok(assertFilter({ languages: ['PT-BR'] }).includes('craft-stockholm'), 'PT-br');
  });

  it('keeps mentors whose current UTC offset is in range, bounds included', () => {
    const queries: MentorQuery[] = [
      { utcOffsetMin: 5.5, utcOffsetMax: 5.5 },
      { utcOffsetMin: -5, utcOffsetMax: 1 },
      { utcOffsetMin: 9 },
      { utcOffsetMax: -4 },
      { utcOffsetMin: 3, utcOffsetMax: 2 },
    ];
    for (const query of queries) assertFilter(query);
    // Madrid is +2 in June (summer time), not its winter +1.
    const summer = assertFilter({ utcOffsetMin: 2, utcOffsetMax: 2 });
    assert.ok(
      MENTORS.some((m) => m.location.timeZone === 'Europe/Madrid' && summer.includes(m.id)),
      'Madrid at +2',
    );
    assert.ok(assertFilter({ utcOffsetMin: 5.5, utcOffsetMax: 5.5 }).length > 0, 'half-hour zones');
  });

  it('keeps only mentors with an open spot and no pause running today', () => {
    const available = assertFilter({ available: true });
    assert.ok(available.includes('craft-pause-ends-today'), 'pause over today');
    for (const id of [
      'craft-pause-ends-tomorrow',
      'craft-paused-open-ended',
      'craft-full',
      'craft-over-full',
    ])
      assert.ok(!available.includes(id), id);
    assert.equal(assertFilter({ available: false }).length, MENTORS.length);
  });

  it('combines filters', () => {
    const queries: MentorQuery[] = [
      { q: 'lead', skills: ['people management'], languages: ['en'], available: true },
      {
        skills: ['negotiation'],
        locations: ['London', 'Paris', 'stockholm'],
        utcOffsetMin: 0,
        utcOffsetMax: 3,
      },
      {
        departments: ['Sales', 'Product'],
        programTypes: ['career'],
        available: true,
        utcOffsetMax: 2,
      },
      { q: 'manag', languages: ['es', 'fr'], departments: ['Operations', 'Finance', 'People'] },
    ];
    for (const query of queries) {
      const found = assertFilter(query);
      assert.ok(found.length > 0, JSON.stringify(query));
    }
  });
});

describe('DirectoryIndex facets', () => {
  const facets = (query: MentorQuery) =>
    shared.search({ query, subject: ana, now: NOW, offset: 0, limit: 10 }).facets;

  // A skill outside the 40 most taught: choosing it must still list it.
  const rareSkill =
    expectedFacets(MENTORS, {}).skills.length === 40
      ? [...new Set(MENTORS.flatMap((m) => m.skills))].find(
          (skill) => !expectedFacets(MENTORS, {}).skills.some((c) => c.value === skill),
        )!
      : assert.fail('the fixture should teach more than 40 skills');

  it('counts every value over the whole directory, top 40 by count then value', () => {
    const all = facets({});
    assert.deepEqual(all, expectedFacets(MENTORS, {}));
    assert.equal(all.skills.length, 40, 'more than 40 skills exist, only 40 are listed');
  });

  it('counts each facet over the mentors passing every other filter, and lists the chosen values', () => {
    const queries: MentorQuery[] = [
      {
        skills: ['Stakeholder Management'],
        languages: ['es', 'fr', 'xx'],
        departments: ['Sales', 'Product', 'Nowhere'],
        programTypes: ['career'],
        available: true,
        utcOffsetMin: -6,
        utcOffsetMax: 3,
      },
      { q: 'manag', skills: [rareSkill, 'no such skill'], locations: ['valparaíso', 'LONDON'] },
      { q: 'lead', skills: ['negotiation', rareSkill.toUpperCase()], available: true },
      { languages: ['pt-br'], locations: ['stockholm', 'Stockholm'] },
    ];
    for (const query of queries) {
      const actual = facets(query);
      assert.deepEqual(actual, expectedFacets(MENTORS, query), JSON.stringify(query));
      for (const facet of FACETS)
        for (const chosen of query[facet] ?? [])
          assert.ok(
            actual[facet].some((c) => c.value.toLowerCase() === chosen.toLowerCase()),
            `${facet} lists the chosen ${chosen}`,
          );
    }
  });

  it('shows nobody-has values with count 0 and the available count without the available filter', () => {
    const query: MentorQuery = { skills: ['no such skill'], available: true };
    const result = shared.search({ query, subject: ana, now: NOW, offset: 0, limit: 10 });
    assert.equal(result.total, 0);
    assert.deepEqual(result.facets.skills.at(-1), { value: 'no such skill', count: 0 });
    // Available counts ignore `available` itself, but not the (unmatchable) skills filter.
    assert.equal(result.facets.available, 0);
    const noSkills = facets({ available: true, utcOffsetMin: 0 });
    assert.equal(noSkills.available, shownBy(MENTORS, { available: true, utcOffsetMin: 0 }).length);
    assert.equal(facets({ utcOffsetMin: 0 }).available, noSkills.available);
  });
});
