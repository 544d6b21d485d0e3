// DirectoryIndex against a brute-force oracle (./support/directory-oracle.ts): every answer (page
// order, totals, facet counts) is recomputed the slow, obvious way, straight from the profiles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorProfile, MentorQuery } from '../../src/contract/index.js';
import { PERSONAS } from '../../src/fixtures/index.js';
import { scoreMentor } from '../../src/matching/index.js';
import {
  NOW,
  isAvailable,
  FACETS,
  shownBy,
  byName,
  expectedOrder,
  expectedFacets,
  craft,
  MENTORS,
  indexOf,
  ana,
  li,
  diego,
  sloppy,
  londoner,
  nobodyWantsAnything,
  type Search,
  allPages,
  assertSameOrder,
  shared,
} from './support/directory-oracle.js';

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('DirectoryIndex best match', () => {
  const queries: MentorQuery[] = [
    {},
    { q: 'lead', available: true },
    { skills: ['negotiation'], languages: ['es', 'FR'] },
    { utcOffsetMin: -1, utcOffsetMax: 3 },
  ];

  it('orders by scoreMentor score, then id, for several mentees and queries', () => {
    for (const subject of [ana, li, diego]) {
      for (const query of queries) assertSameOrder(shared, MENTORS, { query, subject });
    }
  });

  it('really ranks: the scores differ a lot, so the order is not just the id order', () => {
    const scores = MENTORS.map((m) => scoreMentor(ana, m, { now: NOW }).score);
    assert.ok(new Set(scores).size > 15, `only ${new Set(scores).size} distinct scores`);
  });

  it('uses the query weights', () => {
    const weights: Record<string, number>[] = [
      { skills: 0, languages: 50 },
      { timezone: 100, skills: 1 },
      {
        skills: 0,
        interests: 0,
        languages: 0,
        timezone: 0,
        location: 0,
        responsiveness: 0,
        capacity: 0,
      },
    ];
    for (const query of weights.map((w) => ({ weights: w })))
      assertSameOrder(shared, MENTORS, { query, subject: ana });
    // Weights change the order, otherwise this test proves nothing.
    assert.notDeepEqual(
      expectedOrder(MENTORS, { weights: weights[0] }, ana).slice(0, 30),
      expectedOrder(MENTORS, {}, ana).slice(0, 30),
    );
  });

  it('compares wanted skills, interests, languages and places like scoreMentor despite case, spaces and repeats', () => {
    for (const query of [{}, { available: true }, { weights: { location: 60 } }])
      for (const subject of [sloppy, londoner])
        assertSameOrder(shared, MENTORS, { query, subject });
    // The sloppy viewer does get same-city points from the lower-case crafted Stockholm mentor.
    const stockholm = MENTORS.find((m) => m.id === 'craft-stockholm')!;
    const location = scoreMentor(sloppy, stockholm, { now: NOW }).reasons.find(
      (r) => r.kind === 'location',
    );
    assert.equal(location?.points, 5);
  });

  it('handles a mentee who wants nothing in particular', () => {
    assertSameOrder(shared, MENTORS, { query: {}, subject: nobodyWantsAnything });
  });
});

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

describe('DirectoryIndex sorts and pages', () => {
  // Small pages use the bounded heap, large ones a full sort: both must agree with the oracle.
  const windows = [
    [0, 1],
    [0, 5],
    [7, 13],
    [100, 20],
    [300, 50],
    [590, 50],
    [2000, 10],
  ] as const;

  it('sorts by name and by responsiveness at any offset', () => {
    const cases: Search[] = [
      { query: { sort: 'name' }, subject: ana },
      { query: { sort: 'responsive' }, subject: ana },
      { query: { sort: 'responsive', available: true }, subject: null },
      { query: { sort: 'name', q: 'a' }, subject: null },
      { query: {}, subject: ana },
      { query: { available: true }, subject: sloppy },
    ];
    for (const search of cases) {
      const expected = expectedOrder(MENTORS, search.query, search.subject);
      for (const [offset, limit] of windows) {
        const page = shared.search({ ...search, now: NOW, offset, limit });
        assert.deepEqual(
          page.ids,
          expected.slice(offset, offset + limit),
          `${JSON.stringify(search.query)} @${offset}+${limit}`,
        );
        assert.equal(page.total, expected.length);
      }
    }
  });

  it('puts equal medians by answered share, unknown share after zero, unknown median last', () => {
    const order = allPages(shared, { query: { sort: 'responsive' }, subject: null }).ids;
    const at = (id: string) => order.indexOf(id);
    assert.ok(at('craft-fast-half') < at('craft-fast-zero'), 'half before zero');
    assert.ok(at('craft-fast-zero') < at('craft-fast-unknown'), 'zero before unknown share');
    assert.ok(at('craft-fast-unknown') < at('craft-slow-unknown'), 'known median first');
    // Once the first unknown median shows up, only unknown medians follow.
    const median = new Map(MENTORS.map((m) => [m.id, m.responsiveness.medianHoursToFirstReply]));
    const firstUnknown = order.findIndex((id) => median.get(id) === null);
    assert.ok(firstUnknown > 0, 'some medians are unknown');
    assert.ok(
      order.slice(firstUnknown).every((id) => median.get(id) === null),
      'unknown medians last',
    );
  });

  it('gives a viewer without a mentee profile name order, even when asking for best match', () => {
    const names = expectedOrder(MENTORS, { sort: 'name' }, null);
    assert.deepEqual(allPages(shared, { query: {}, subject: null }).ids, names);
    assert.deepEqual(allPages(shared, { query: { sort: 'match' }, subject: null }).ids, names);
  });

  it('sorts names alphabetically whatever their accents or case', () => {
    const mentors = [
      craft('craft-freya', { name: 'Freya Lind' }),
      craft('craft-felix', { name: 'Félix Ortega' }),
      craft('craft-elodie', { name: 'élodie Martin' }),
      craft('craft-emma', { name: 'Emma Stone' }),
      craft('craft-eloise', { name: 'Eloïse Bernard' }),
    ];
    assert.deepEqual(allPages(indexOf(mentors), { query: { sort: 'name' }, subject: null }).ids, [
      'craft-elodie',
      'craft-eloise',
      'craft-emma',
      'craft-felix',
      'craft-freya',
    ]);
  });

  it('orders mentors sharing a name by id', () => {
    const order = allPages(shared, { query: { sort: 'name' }, subject: null }).ids;
    const byId = new Map(MENTORS.map((m) => [m.id, m]));
    let ties = 0;
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [byId.get(order[i - 1]!)!, byId.get(order[i]!)!];
      if (a.name !== b.name) continue;
      ties++;
      assert.ok(a.id < b.id, `${a.name}: ${a.id} before ${b.id}`);
    }
    assert.ok(ties > 10, 'the fixture has namesakes');
  });
});

describe('DirectoryIndex changes', () => {
  it('answers like a fresh index after thousands of replacements and removals', () => {
    // Enough churn to make the flat storage compact itself several times over.
    const index = indexOf(MENTORS);
    let mentors = [...MENTORS];
    for (let round = 0; round < 8; round++) {
      mentors = mentors.map((m, i) =>
        i % 3 === round % 3
          ? { ...m, skills: [...m.skills].reverse(), activeMentees: (m.activeMentees + 1) % 4 }
          : m,
      );
      for (const mentor of mentors) index.upsert(mentor);
    }
    for (const gone of mentors.filter((_, i) => i % 7 === 0)) index.remove(gone.id);
    mentors = mentors.filter((_, i) => i % 7 !== 0);
    for (const query of [{}, { skills: ['negotiation'] }, { available: true, q: 'lead' }])
      for (const subject of [null, ana])
        assertSameOrder(index, mentors, {
          query: { ...query, sort: subject ? 'match' : 'name' },
          subject,
        });
  });

  it('replaces a mentor on upsert: a full mentor leaves "available" and loses the capacity points', () => {
    const mentors = [...MENTORS];
    const index = indexOf(mentors);
    const position = mentors.findIndex((m) => m.id === PERSONAS.mentor);
    const before = mentors[position]!;
    assert.ok(isAvailable(before), 'starts with an open spot');
    const full = { ...before, activeMentees: before.capacity };
    mentors[position] = full;
    index.upsert(full);

    assert.equal(index.size, MENTORS.length, 'replaced, not added');
    const available = allPages(index, { query: { available: true, sort: 'name' }, subject: null });
    assert.ok(!available.ids.includes(full.id), 'full mentor not available');
    assert.equal(available.total, shownBy(MENTORS, { available: true }).length - 1);
    // Capacity is worth 5 of 100 points by default; the new order is the oracle's.
    assert.equal(
      scoreMentor(ana, before, { now: NOW }).score - scoreMentor(ana, full, { now: NOW }).score,
      5,
    );
    assertSameOrder(index, mentors, { query: {}, subject: ana });
    const rank = (list: readonly MentorProfile[]) => expectedOrder(list, {}, ana).indexOf(full.id);
    assert.ok(rank(mentors) > rank(MENTORS), 'ranks lower once full');
  });

  it('forgets old values on upsert: facets and text follow the new profile', () => {
    const mentors = [...MENTORS];
    const index = indexOf(mentors);
    const position = mentors.findIndex((m) => m.id === 'craft-ramirez');
    const moved: MentorProfile = {
      ...mentors[position]!,
      skills: ['Quantum Origami'],
      location: { city: 'Lisbon', country: 'Portugal', timeZone: 'Europe/Lisbon' },
    };
    mentors[position] = moved;
    index.upsert(moved);
    const result = index.search({ query: {}, subject: ana, now: NOW, offset: 0, limit: 5 });
    assert.deepEqual(result.facets, expectedFacets(mentors, {}));
    assert.ok(!result.facets.locations.some((c) => c.value === 'Valparaíso'), 'nobody there now');
    assert.deepEqual(allPages(index, { query: { q: 'origami' }, subject: null }).ids, [
      'craft-ramirez',
    ]);
    assert.deepEqual(
      allPages(index, { query: { locations: ['Valparaíso'] }, subject: null }).ids,
      [],
    );
    assertSameOrder(index, mentors, { query: { skills: ['sql'] }, subject: ana });
  });

  it('removes mentors: never returned again, totals shrink, the others stay findable', () => {
    let mentors = [...MENTORS];
    const index = indexOf(mentors);
    const removed = [
      mentors.at(-1)!.id, // the last slot: nothing moves
      mentors[300]!.id, // from the middle: the last slot moves into its place
      mentors[0]!.id,
      'craft-ramirez', // the only mentor in Valparaíso
    ];
    for (const id of removed) {
      index.remove(id);
      mentors = mentors.filter((m) => m.id !== id);
      assert.equal(index.has(id), false);
      assert.equal(index.size, mentors.length);
      assertSameOrder(index, mentors, { query: {}, subject: ana });
    }
    index.remove('nobody-by-this-id');
    assert.equal(index.size, mentors.length, 'removing an unknown id changes nothing');
    for (const search of [
      { query: { sort: 'name' as const }, subject: null },
      { query: { sort: 'responsive' as const, available: true }, subject: li },
    ])
      assertSameOrder(index, mentors, search);
    const facets = index.search({ query: {}, subject: null, now: NOW, offset: 0, limit: 1 }).facets;
    assert.deepEqual(facets, expectedFacets(mentors, {}));
    // The mentor moved into the middle hole can still be found, replaced and removed.
    const moved = MENTORS.at(-2)!; // last once the last one went, then moved into position 300
    assert.ok(
      allPages(index, { query: { q: moved.name }, subject: null }).ids.includes(moved.id),
      'moved mentor found by name',
    );
    const renamed = { ...moved, name: 'Zoë Moved' };
    index.upsert(renamed);
    mentors = mentors.map((m) => (m.id === moved.id ? renamed : m));
    assert.equal(index.size, mentors.length, 'replaced where it now lives, not added');
    assertSameOrder(index, mentors, { query: { sort: 'name' }, subject: null });
    index.remove(moved.id);
    mentors = mentors.filter((m) => m.id !== moved.id);
    assertSameOrder(index, mentors, { query: {}, subject: ana });
    // Upserting a removed mentor brings them back, once.
    index.upsert(MENTORS[300]!);
    mentors.push(MENTORS[300]!);
    assertSameOrder(index, mentors, { query: {}, subject: ana });
  });
});
