// Filters walk posting lists (one list of holders per facet value and text word), kept up to date
// by every upsert and removal: after churn that changes languages, places, departments, program
// types, skills and searchable text, every filter and facet count still equals the oracle's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorProfile, MentorQuery } from '../../src/contract/index.js';
import {
  MENTORS,
  NOW,
  ana,
  assertSameOrder,
  expectedFacets,
  indexOf,
} from './support/directory-oracle.js';

/** A different profile for the same mentor: values moved between mentors, text rewritten. */
function moved(mentor: MentorProfile, round: number, i: number): MentorProfile {
  const other = MENTORS[(i * 7 + round * 13) % MENTORS.length]!;
  return {
    ...mentor,
    languages: round % 2 ? other.languages : [...mentor.languages, 'pt'],
    location: other.location,
    department: other.department,
    programTypes: other.programTypes,
    skills: [...other.skills.slice(0, 2), ...mentor.skills.slice(2)],
    title: round % 2 ? `${other.title} lead` : mentor.title,
  };
}

const QUERIES: MentorQuery[] = [
  { languages: ['pt', 'FR'] },
  { locations: ['london', 'Valparaíso'], departments: ['Engineering', 'people'] },
  { programTypes: ['reverse', 'onboarding'] },
  { skills: ['negotiation', 'public speaking'] },
  { q: 'lead manag' },
  { q: 'lead', languages: ['pt'], available: true },
  { q: 'eng', skills: ['Negotiation'], departments: ['Engineering'] },
];

describe('DirectoryIndex filters over posting lists', () => {
  it('match the oracle after values move between mentors and mentors are removed', () => {
    const index = indexOf(MENTORS);
    let mentors = [...MENTORS];
    for (let round = 0; round < 4; round++) {
      mentors = mentors.map((m, i) => (i % 4 === round ? moved(m, round, i) : m));
      for (const mentor of mentors) index.upsert(mentor);
      const gone = mentors.filter((_, i) => i % 11 === round);
      for (const mentor of gone) index.remove(mentor.id);
      mentors = mentors.filter((m) => !gone.includes(m));
    }
    // Some removed mentors come back under their old ids.
    const back = MENTORS.filter((m) => !mentors.some((kept) => kept.id === m.id)).slice(0, 9);
    for (const mentor of back) index.upsert(mentor);
    mentors.push(...back);
    for (const query of QUERIES) {
      for (const subject of [null, ana])
        assertSameOrder(index, mentors, {
          query: { ...query, sort: subject ? 'match' : 'name' },
          subject,
        });
      const { facets } = index.search({ query, subject: null, now: NOW, offset: 0, limit: 1 });
      assert.deepEqual(facets, expectedFacets(mentors, query), JSON.stringify(query));
    }
  });

  it('keeps facet counts exact when upserts change only what counts ignore, and when they change state', () => {
    const index = indexOf(MENTORS);
    let mentors = [...MENTORS];
    const counts = (query: MentorQuery) =>
      index.search({ query, subject: null, now: NOW, offset: 0, limit: 1 }).facets;
    const check = (step: string) => {
      for (const query of QUERIES)
        assert.deepEqual(
          counts(query),
          expectedFacets(mentors, query),
          `${step}: ${JSON.stringify(query)}`,
        );
    };
    check('before');
    // Kept counts: new responsiveness and one more mentee while spots remain.
    const roomy = (m: MentorProfile) => m.capacity - m.activeMentees >= 2;
    const update = (change: (m: MentorProfile) => MentorProfile | null) => {
      mentors = mentors.map((m) => {
        const next = change(m);
        if (next) index.upsert(next);
        return next ?? m;
      });
    };
    update((m) =>
      roomy(m)
        ? {
            ...m,
            activeMentees: m.activeMentees + 1,
            responsiveness: { ...m.responsiveness, medianHoursToFirstReply: 3 },
          }
        : null,
    );
    check('spots taken, still open');
    // Counts that must move, one kind of change at a time (any other change would clear them).
    const some = (m: MentorProfile) => mentors.indexOf(m) % 5 === 0;
    update((m) => (some(m) ? { ...m, activeMentees: m.capacity } : null));
    check('last spot taken');
    update((m) =>
      some(m) ? { ...m, availability: { status: 'paused', pausedUntil: null } } : null,
    );
    check('paused');
    update((m) => (some(m) ? { ...m, skills: [...m.skills, 'Negotiation'] } : null));
    check('new skill');
    update((m) => (some(m) ? { ...m, location: { ...m.location, city: 'London' } } : null));
    check('moved');
  });

  it('finds nobody for a value no mentor holds, and everybody again without filters', () => {
    const index = indexOf(MENTORS);
    const none = index.search({
      query: { languages: ['xx'], q: 'lead' },
      subject: null,
      now: NOW,
      offset: 0,
      limit: 5,
    });
    assert.deepEqual([none.ids, none.total], [[], 0]);
    const all = index.search({ query: {}, subject: null, now: NOW, offset: 0, limit: 5 });
    assert.equal(all.total, MENTORS.length);
  });
});
