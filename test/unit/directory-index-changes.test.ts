// DirectoryIndex after upserts and removals, against the brute-force oracle
// (./support/directory-oracle.ts) and a freshly built index.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorProfile } from '../../src/contract/index.js';
import { PERSONAS } from '../../src/fixtures/index.js';
import { scoreMentor } from '../../src/matching/index.js';
import {
  NOW,
  isAvailable,
  shownBy,
  expectedOrder,
  expectedFacets,
  MENTORS,
  indexOf,
  ana,
  li,
  allPages,
  assertSameOrder,
} from './support/directory-oracle.js';

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
