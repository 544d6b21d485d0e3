// The server's directory page encoder (profiles encoded once per mentor version) sends exactly the
// bytes JSON.stringify gives, for pages of every shape: full, last, empty, with and without scores.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryMentoringApi } from '../../src/memory/index.js';
import { PERSONAS } from '../../src/fixtures/index.js';
import type { MentorQuery } from '../../src/contract/index.js';
import { prepareMentor, toMentorCards } from '../../src/matching/index.js';
import { mentorPageJson } from '../../server/repositories/mentor-page-json.js';
import { MENTORS, NOW, ana, indexOf } from './support/directory-oracle.js';

const QUERIES: MentorQuery[] = [
  {},
  { limit: 50 },
  { q: 'design', sort: 'name' },
  { skills: ['negotiation'], available: true },
  { q: 'no mentor is called this' },
];

describe('mentorPageJson', () => {
  it('encodes directory pages byte for byte as JSON.stringify, twice over the same profiles', async () => {
    const api = new MemoryMentoringApi();
    await api.ready();
    for (const personId of [PERSONAS.mentee, PERSONAS.mentor]) {
      const as = api.as(personId);
      for (const query of QUERIES) {
        const page = await as.searchMentors(query);
        const expected = JSON.stringify(page);
        assert.equal(mentorPageJson(page).toString(), expected, JSON.stringify(query));
        assert.equal(mentorPageJson(page).toString(), expected, 'from the kept profile text');
      }
    }
  });

  it("encodes the index's kept facet counts, also after the counts change", () => {
    const index = indexOf(MENTORS);
    const byId = new Map(MENTORS.map((m) => [m.id, prepareMentor(m)]));
    const pageFor = (query: MentorQuery) => {
      const result = index.search({ query, subject: ana, now: NOW, offset: 0, limit: 20 });
      const page = {
        items: toMentorCards(
          ana,
          result.ids.map((id) => byId.get(id)!),
          { now: NOW },
        ),
        nextCursor: result.total > 20 ? 'next' : null,
        total: result.total,
        facets: result.facets,
      };
      return page;
    };
    const query: MentorQuery = {};
    const first = pageFor(query);
    assert.equal(mentorPageJson(first).toString(), JSON.stringify(first));
    // Filling an open mentor's last spot changes the counts: new kept counts, new text.
    const open = MENTORS.find(
      (m) => m.capacity > m.activeMentees && m.availability.status === 'open',
    )!;
    index.upsert({ ...open, activeMentees: open.capacity });
    const second = pageFor(query);
    assert.notEqual(second.facets, first.facets);
    assert.equal(second.facets.available, first.facets.available - 1);
    assert.equal(mentorPageJson(second).toString(), JSON.stringify(second));
  });
});
