// What DirectoryIndex keeps between searches (each filter combination's mask, each viewer's word
// groups, the facet counts) must never show a stale answer: the same searches run before and
// after every kind of change answer like the brute-force oracle, and mentors hidden for one
// viewer stay hidden for that viewer only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorProfile, MentorQuery } from '../../src/contract/index.js';
import type { MenteeSubject } from '../../src/matching/index.js';
import {
  NOW,
  MENTORS,
  ana,
  li,
  sloppy,
  indexOf,
  allPages,
  assertSameOrder,
  expectedFacets,
  expectedOrder,
  shownBy,
} from './support/directory-oracle.js';

const QUERIES: MentorQuery[] = [
  {},
  { available: true },
  { skills: ['negotiation'], languages: ['en'], available: true },
  { q: 'lead', sort: 'responsive' },
  { sort: 'responsive' },
  { q: 'Kwame' }, // selective: each shown mentor is scored in full
  { available: true, sort: 'name' },
  { departments: ['Engineering'], sort: 'name' },
  { utcOffsetMin: -1, utcOffsetMax: 3 },
];
const VIEWERS: (MenteeSubject | null)[] = [null, ana, li, sloppy];

function assertLikeOracle(
  index: ReturnType<typeof indexOf>,
  mentors: readonly MentorProfile[],
  when: string,
) {
  for (const query of QUERIES)
    for (const subject of VIEWERS) {
      try {
        assertSameOrder(index, mentors, { query, subject });
      } catch (error) {
        throw new Error(`${when}: ${JSON.stringify(query)} as ${subject?.person.id ?? 'anyone'}`, {
          cause: error,
        });
      }
    }
  for (const query of QUERIES) {
    const { facets } = index.search({ query, subject: ana, now: NOW, offset: 0, limit: 1 });
    assert.deepEqual(facets, expectedFacets(mentors, query), `${when}: facets`);
  }
}

describe('DirectoryIndex kept work', () => {
  it('answers like the oracle when the same searches run before and after each change', () => {
    let mentors = [...MENTORS];
    const index = indexOf(mentors);
    const replace = (id: string, change: (mentor: MentorProfile) => MentorProfile) => {
      const next = change(mentors.find((m) => m.id === id)!);
      mentors = mentors.map((m) => (m.id === id ? next : m));
      index.upsert(next);
    };
    assertLikeOracle(index, mentors, 'at first'); // every cache is warm from here on
    const [first, second, third] = expectedOrder(mentors, { available: true }, ana);

    replace(first!, (m) => ({ ...m, activeMentees: m.capacity }));
    assertLikeOracle(index, mentors, 'a top mentor is full');

    // Words change: the viewers' word groups must follow (Ana's skills make a low mentor rise).
    const low = expectedOrder(mentors, { available: true }, ana).at(-1)!;
    replace(low, (m) => ({
      ...m,
      skills: [...ana.mentee.wantedSkills],
      interests: [...ana.mentee.interests],
      languages: [...ana.person.languages],
      location: ana.person.location,
    }));
    assertLikeOracle(index, mentors, "a mentor takes Ana's wanted skills");
    assert.equal(expectedOrder(mentors, {}, ana).indexOf(low) < 20, true, 'the change matters');

    replace(second!, (m) => ({
      ...m,
      name: 'Aaron Aalto',
      location: { city: 'Lisbon', country: 'Portugal', timeZone: 'Europe/Lisbon' },
      responsiveness: { medianHoursToFirstReply: 1, answeredShare: 1, sampleSize: 40 },
    }));
    assertLikeOracle(index, mentors, 'a mentor is renamed, moves and answers faster');

    index.remove(third!);
    mentors = mentors.filter((m) => m.id !== third);
    index.remove(mentors[0]!.id); // the last mentor moves into its place
    mentors = mentors.slice(1);
    assertLikeOracle(index, mentors, 'two mentors removed');

    const newcomer = { ...mentors[5]!, id: 'zz-newcomer', name: 'Nadia Newcomer' };
    mentors = [...mentors, newcomer];
    index.upsert(newcomer);
    assertLikeOracle(index, mentors, 'a mentor added');
  });

  it("hides a viewer's management line from their own searches only", () => {
    const index = indexOf(MENTORS);
    const query: MentorQuery = { available: true, hideBlocked: true };
    const open = shownBy(MENTORS, { available: true }).map((m) => m.id);
    const managers = [open[0]!, open[3]!, 'not-a-mentor'];
    const unmanaged: MenteeSubject = { ...ana, person: { ...ana.person, managerIds: [] } };
    const reportee: MenteeSubject = { ...ana, person: { ...ana.person, managerIds: managers } };
    const search = (subject: MenteeSubject) => allPages(index, { query, subject });

    const everyone = search(unmanaged);
    assert.equal(everyone.total, open.length);
    const hidden = search(reportee);
    assert.equal(hidden.total, open.length - 2);
    assert.deepEqual(
      hidden.ids,
      everyone.ids.filter((id) => !managers.includes(id)),
    );
    // The shared mask was not changed by the hiding: the others still see them, the reportee not.
    assert.deepEqual(search(unmanaged).ids, everyone.ids);
    assert.deepEqual(search(reportee).ids, hidden.ids);
    const facets = (subject: MenteeSubject) =>
      index.search({ query, subject, now: NOW, offset: 0, limit: 1 }).facets.available;
    assert.equal(facets(reportee), facets(unmanaged) - 2);
  });
});
