// DirectoryIndex order against the brute-force oracle (./support/directory-oracle.ts): best match
// as scoreMentor ranks, name and responsiveness sorts, and every page window.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorQuery } from '../../src/contract/index.js';
import { scoreMentor } from '../../src/matching/index.js';
import {
  NOW,
  expectedOrder,
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
