// The server's directory page encoder (profiles encoded once per mentor version) sends exactly the
// bytes JSON.stringify gives, for pages of every shape: full, last, empty, with and without scores.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryMentoringApi } from '../../src/memory/index.js';
import { PERSONAS } from '../../src/fixtures/index.js';
import type { MentorQuery } from '../../src/contract/index.js';
import { mentorPageJson } from '../../server/repositories/mentor-page-json.js';

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
        assert.equal(mentorPageJson(page), expected, JSON.stringify(query));
        assert.equal(mentorPageJson(page), expected, 'from the kept profile text');
      }
    }
  });
});
