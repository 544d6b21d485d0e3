// Best-match pruning (posting lists + per-criterion ceilings) must give exactly the top k that
// scoring every mentor gives: same mentors, same order, same scores. Random directories, viewers,
// weights, filters and page sizes, including directories edited after they were built (the
// posting lists follow upserts and removals).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MatchWeights, MenteeSubject } from '../../src/matching/index.js';
import { DEFAULT_WEIGHTS, resolveWeights } from '../../src/matching/index.js';
import type { DirectoryEntry } from '../../src/matching/directory/mentor-slot.js';
import { MentorTable } from '../../src/matching/directory/mentor-table.js';
import { compileScorer } from '../../src/matching/directory/scorer.js';
import {
  bestAmong,
  bestMatches,
  bestMatchesByFullScoring,
} from '../../src/matching/directory/best-match.js';

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  const some = <T>(items: readonly T[], most: number) =>
    Array.from({ length: int(most + 1) }, () => pick(items));
  return { next, int, pick, some };
}

const WORDS = ['Negotiation', 'coaching', 'SQL', 'design systems', 'go', 'rust', 'public speaking'];
const LANGUAGES = ['en', 'en-GB', 'es', 'pt-BR', 'fr', 'de'];
const PLACES = [
  { city: 'Madrid', country: 'Spain', timeZone: 'Europe/Madrid' },
  { city: 'Valencia', country: 'Spain', timeZone: 'Europe/Madrid' },
  { city: 'Austin', country: 'USA', timeZone: 'America/Chicago' },
  { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' },
  { city: 'Lagos', country: 'Nigeria', timeZone: 'Africa/Lagos' },
];
const NOW = new Date('2026-06-15T12:00:00Z');

type Random = ReturnType<typeof random>;

function mentor(r: Random, id: number): DirectoryEntry {
  const capacity = r.int(4);
  return {
    id: `m-${String(id).padStart(5, '0')}`,
    name: `Mentor ${id}`,
    title: 'Engineer',
    department: r.pick(['Engineering', 'Sales']),
    location: r.pick(PLACES),
    languages: [...new Set(r.some(LANGUAGES, 3))],
    skills: [...new Set(r.some(WORDS, 4))],
    interests: [...new Set(r.some(WORDS, 3))],
    programTypes: [],
    capacity,
    activeMentees: r.int(capacity + 1),
    availability:
      r.next() < 0.2
        ? { status: 'paused', pausedUntil: null }
        : { status: 'open', pausedUntil: null },
    responsiveness: {
      medianHoursToFirstReply: r.next() < 0.2 ? null : r.int(200),
      answeredShare: r.next() < 0.2 ? null : r.int(11) / 10,
      sampleSize: r.int(20),
    },
  };
}

function viewer(r: Random): MenteeSubject {
  return {
    person: {
      id: 'e-viewer',
      name: 'Viewer',
      email: 'viewer@example.com',
      title: 'Analyst',
      department: 'Sales',
      location: r.pick(PLACES),
      languages: r.some(LANGUAGES, 2),
      avatarUrl: null,
      managerIds: [],
      budgetOwnerId: null,
    },
    // Repeats and odd case on purpose: the scorer normalises and counts repeats.
    mentee: {
      goals: [],
      wantedSkills: r.some([...WORDS, 'NEGOTIATION ', 'unknown'], 4),
      interests: r.some([...WORDS, 'knitting'], 5),
    },
  };
}

function weights(r: Random): Partial<MatchWeights> {
  if (r.next() < 0.4) return {};
  const kinds = Object.keys(DEFAULT_WEIGHTS);
  return Object.fromEntries(kinds.map((kind) => [kind, r.pick([0, 1, 5, 10, 40, 100])]));
}

describe('best-match pruning', () => {
  it('gives the same top k as scoring every mentor, on random directories', () => {
    let scored = 0;
    let considered = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const r = random(seed);
      const table = new MentorTable();
      const size = 50 + r.int(400);
      for (let id = 0; id < size; id++) table.upsert(mentor(r, id));
      // Edits after building: replaced words, removals that move the last mentor.
      for (let edit = 0; edit < 40; edit++) {
        const id = r.int(size);
        if (r.next() < 0.3) table.remove(`m-${String(id).padStart(5, '0')}`);
        else table.upsert(mentor(r, id));
      }
      for (let search = 0; search < 10; search++) {
        const scorer = compileScorer(viewer(r), resolveWeights(weights(r)), NOW, table);
        const k = r.pick([1, 5, 20, 40, table.size + 5]);
        const failed =
          r.next() < 0.5
            ? null
            : Int32Array.from({ length: table.size }, () => (r.next() < 0.3 ? 1 : 0));
        // Scores are written only for the mentors pruning did not skip.
        const fast = table.scratch('scores').fill(-1);
        const pruned = bestMatches(table, scorer, k, failed, fast).map((p) => [
          table.slots[p]!.id,
          fast[p],
        ]);
        const full = new Int32Array(table.size);
        const expected = bestMatchesByFullScoring(table, scorer, k, failed, full).map((p) => [
          table.slots[p]!.id,
          full[p],
        ]);
        assert.deepEqual(pruned, expected, `seed ${seed}, search ${search}`);
        // A selective filter's shown positions, scored in full: the same page.
        const shown = Array.from({ length: table.size }, (_, p) => p).filter(
          (p) => !failed || failed[p] === 0,
        );
        const among = new Int32Array(table.size);
        const direct = bestAmong(table, scorer, k, shown, null, among).map((p) => [
          table.slots[p]!.id,
          among[p],
        ]);
        assert.deepEqual(direct, expected, `seed ${seed}, search ${search}, shown list`);
        scored += fast.subarray(0, table.size).filter((score) => score >= 0).length;
        considered += table.size;
      }
    }
    // Not a test that cannot fail by scoring everyone: many mentors were never scored.
    assert.ok(scored < considered * 0.75, `${scored} of ${considered} scored`);
  });

  it('leaves its per-mentor counters at zero for the next search', () => {
    const r = random(7);
    const table = new MentorTable();
    for (let id = 0; id < 200; id++) table.upsert(mentor(r, id));
    bestMatches(
      table,
      compileScorer(viewer(r), resolveWeights({}), NOW, table),
      10,
      null,
      table.scratch('scores'),
    );
    assert.ok(table.scratch('wordsFound').every((count) => count === 0));
  });
});
