// The brute-force oracle for DirectoryIndex (test/unit/directory-index-*.test.ts and the pruning
// tests): every answer recomputed the slow, obvious way from the mentor profiles, plus the
// program and mentees the tests search with. It shares no code with the index except
// `scoreMentor`, the reference for best-match scores.
import assert from 'node:assert/strict';
import type {
  FacetCount,
  Facets,
  MentorProfile,
  MentorQuery,
} from '../../../src/contract/index.js';
import { generateProgram, PERSONAS } from '../../../src/fixtures/index.js';
import {
  DirectoryIndex,
  scoreMentor,
  utcOffsetHours,
  type DirectorySearch,
  type MenteeSubject,
} from '../../../src/matching/index.js';

export const NOW = new Date('2026-06-15T12:00:00Z');
export const TODAY = '2026-06-15';

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

/** Code-point order (SQL's C collation), not JavaScript's UTF-16 `<`: they differ past U+FFFF. */
export function byText(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const difference = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return x.length - y.length;
}

/** Lower-case words with accents dropped: what a person types to find "Ramírez". */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Every typed word starts some word of the name, title, department, skills or interests. */
export function matchesText(mentor: MentorProfile, q: string): boolean {
  const words = plainWords(
    [mentor.name, mentor.title, mentor.department, ...mentor.skills, ...mentor.interests].join(' '),
  );
  return plainWords(q).every((typed) => words.some((word) => word.startsWith(typed)));
}

export function isAvailable(mentor: MentorProfile): boolean {
  const hasSpot = mentor.activeMentees < mentor.capacity;
  const { status, pausedUntil } = mentor.availability;
  // A pause "until" a day is over on that day.
  const paused = status === 'paused' && (pausedUntil === null || pausedUntil > TODAY);
  return hasSpot && !paused;
}

export const FACETS = ['skills', 'languages', 'locations', 'departments', 'programTypes'] as const;
export type FacetName = (typeof FACETS)[number];
export type FilterName = 'q' | FacetName | 'utcOffset' | 'available';

export const facetValues: Record<FacetName, (mentor: MentorProfile) => string[]> = {
  skills: (mentor) => mentor.skills,
  languages: (mentor) => mentor.languages,
  locations: (mentor) => [mentor.location.city],
  departments: (mentor) => [mentor.department],
  programTypes: (mentor) => mentor.programTypes,
};

export const lowered = (values: readonly string[]) => values.map((value) => value.toLowerCase());

/** The filters of `query` that `mentor` fails; none means the mentor is shown. */
export function failedFilters(mentor: MentorProfile, query: MentorQuery): FilterName[] {
  const failed: FilterName[] = [];
  if (query.q !== undefined && !matchesText(mentor, query.q)) failed.push('q');
  for (const facet of FACETS) {
    const chosen = lowered(query[facet] ?? []);
    if (chosen.length === 0) continue;
    const has = lowered(facetValues[facet](mentor));
    // Skills narrow (all of them); the other lists widen (any of them).
    const passes =
      facet === 'skills'
        ? chosen.every((value) => has.includes(value))
        : chosen.some((value) => has.includes(value));
    if (!passes) failed.push(facet);
  }
  const offset = utcOffsetHours(mentor.location.timeZone, NOW);
  if (
    (query.utcOffsetMin !== undefined && offset < query.utcOffsetMin) ||
    (query.utcOffsetMax !== undefined && offset > query.utcOffsetMax)
  )
    failed.push('utcOffset');
  if (query.available && !isAvailable(mentor)) failed.push('available');
  return failed;
}

export const shownBy = (mentors: readonly MentorProfile[], query: MentorQuery) =>
  mentors.filter((mentor) => failedFilters(mentor, query).length === 0);

/** Alphabetical as a reader expects: accents and case ignored first, then the exact name, then id. */
export const readerKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const byName = (a: MentorProfile, b: MentorProfile) =>
  byText(readerKey(a.name), readerKey(b.name)) || byText(a.name, b.name) || byText(a.id, b.id);

export function byResponsiveness(a: MentorProfile, b: MentorProfile): number {
  const hours = (m: MentorProfile) => m.responsiveness.medianHoursToFirstReply ?? Infinity;
  const share = (m: MentorProfile) => m.responsiveness.answeredShare ?? -1;
  return hours(a) - hours(b) || share(b) - share(a) || byText(a.id, b.id);
}

export function expectedOrder(
  mentors: readonly MentorProfile[],
  query: MentorQuery,
  subject: MenteeSubject | null,
): string[] {
  const shown = shownBy(mentors, query);
  const sort = query.sort ?? (subject ? 'match' : 'name');
  if (sort === 'match' && subject) {
    const weights = query.weights ?? {};
    const scored = shown.map((mentor) => ({
      id: mentor.id,
      score: scoreMentor(subject, mentor, { now: NOW, weights }).score,
    }));
    scored.sort((a, b) => b.score - a.score || byText(a.id, b.id));
    return scored.map((entry) => entry.id);
  }
  return shown.sort(sort === 'responsive' ? byResponsiveness : byName).map((mentor) => mentor.id);
}

export function expectedFacets(mentors: readonly MentorProfile[], query: MentorQuery): Facets {
  const passesAllBut = (mentor: MentorProfile, own: FilterName) =>
    failedFilters(mentor, query).every((filter) => filter === own);
  const list = (facet: FacetName): FacetCount[] => {
    const counts = new Map<string, number>();
    for (const mentor of mentors.filter((m) => passesAllBut(m, facet)))
      for (const value of new Set(facetValues[facet](mentor)))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    const all = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || byText(a.value, b.value));
    const listed = all.slice(0, 40);
    // What the viewer chose stays visible, even when it is rare or nobody has it.
    for (const chosen of query[facet] ?? []) {
      const same = (c: FacetCount) => c.value.toLowerCase() === chosen.toLowerCase();
      if (!listed.some(same)) listed.push(all.find(same) ?? { value: chosen, count: 0 });
    }
    return listed;
  };
  return {
    skills: list('skills'),
    languages: list('languages'),
    locations: list('locations'),
    departments: list('departments'),
    programTypes: list('programTypes'),
    available: mentors.filter((m) => passesAllBut(m, 'available') && isAvailable(m)).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

export const program = await generateProgram({ seed: 7, mentors: 600, now: NOW });
export const template = program.mentors.find((m) => m.id === PERSONAS.mentor)!;

/** A hand-made mentor for the edge cases the generator does not reliably produce. */
export const craft = (id: string, overrides: Partial<MentorProfile>): MentorProfile => ({
  ...template,
  id,
  name: `Crafted ${id}`,
  capacity: 2,
  activeMentees: 0,
  availability: { status: 'open', pausedUntil: null },
  ...overrides,
});

export const CRAFTED: MentorProfile[] = [
  // Accents and odd casing in the searchable text, a city nobody else has, a lower-case country.
  craft('craft-ramirez', {
    name: 'Lucía Ramírez',
    title: 'Staff Engineer',
    // Written twice, once in another case: still one skill for scores and facets.
    skills: ['Negotiation', 'SQL', 'SQL', 'negotiation'],
    location: { city: 'Valparaíso', country: 'chile', timeZone: 'America/Santiago' },
  }),
  // Same city name as the Londoner below, other country: no same-city points.
  craft('craft-london-ontario', {
    location: { city: 'London', country: 'Canada', timeZone: 'America/Toronto' },
  }),
  craft('craft-stockholm', {
    location: { city: 'stockholm', country: 'sweden', timeZone: 'Europe/Stockholm' },
    languages: ['PT-br', 'en'],
  }),
  craft('craft-pause-ends-today', { availability: { status: 'paused', pausedUntil: TODAY } }),
  craft('craft-pause-ends-tomorrow', {
    availability: { status: 'paused', pausedUntil: '2026-06-16' },
  }),
  craft('craft-paused-open-ended', { availability: { status: 'paused', pausedUntil: null } }),
  craft('craft-full', { capacity: 2, activeMentees: 2 }),
  craft('craft-over-full', { capacity: 1, activeMentees: 3 }),
  // Responsiveness ties: same median, answered share known, zero and unknown.
  craft('craft-fast-half', {
    responsiveness: { medianHoursToFirstReply: 4, answeredShare: 0.5, sampleSize: 4 },
  }),
  craft('craft-fast-zero', {
    responsiveness: { medianHoursToFirstReply: 4, answeredShare: 0, sampleSize: 4 },
  }),
  craft('craft-fast-unknown', {
    responsiveness: { medianHoursToFirstReply: 4, answeredShare: null, sampleSize: 0 },
  }),
  craft('craft-slow-unknown', {
    responsiveness: { medianHoursToFirstReply: null, answeredShare: 0.9, sampleSize: 0 },
  }),
];

export const MENTORS: readonly MentorProfile[] = [...program.mentors, ...CRAFTED];

export function indexOf(mentors: readonly MentorProfile[]): DirectoryIndex {
  const index = new DirectoryIndex();
  for (const mentor of mentors) index.upsert(mentor);
  return index;
}

export const menteeSubject = (id: string): MenteeSubject => {
  const row = program.mentees.find((m) => m.person.id === id)!;
  return { person: row.person, mentee: row.mentee };
};

export const ana = menteeSubject(PERSONAS.mentee);
export const li = menteeSubject(PERSONAS.secondMentee);
export const diego = menteeSubject(PERSONAS.requester);

/** Sloppy input as people type it: case, spaces, repeats; a Stockholm viewer in odd case. */
export const sloppy: MenteeSubject = {
  person: {
    ...li.person,
    location: { city: ' STOCKHOLM', country: 'Sweden ', timeZone: 'Europe/Stockholm' },
    // No English (every mentor speaks it): language points then hinge on pt-BR ~ pt.
    languages: ['PT-br'],
  },
  mentee: {
    goals: ['Negotiate better'],
    wantedSkills: [
      '  Negotiation ',
      'negotiation',
      'PUBLIC SPEAKING',
      'sql',
      'Stakeholder management',
    ],
    interests: [
      ' Remote Work',
      'remote work ',
      'Technical Leadership',
      'nothing anyone shares',
      'PUBLIC speaking',
    ],
  },
};

export const londoner: MenteeSubject = {
  person: {
    ...li.person,
    location: { city: 'London', country: 'United Kingdom', timeZone: 'Europe/London' },
  },
  mentee: li.mentee,
};

export const nobodyWantsAnything: MenteeSubject = {
  person: ana.person,
  mentee: { goals: [], wantedSkills: [], interests: [] },
};

export type Search = Omit<DirectorySearch, 'offset' | 'limit' | 'now'>;

/** Every id the index returns, page by page, checking `total` on each page. */
export function allPages(
  index: DirectoryIndex,
  search: Search,
  pageSize = 37,
): { ids: string[]; total: number } {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += pageSize) {
    const page = index.search({ ...search, now: NOW, offset, limit: pageSize });
    ids.push(...page.ids);
    totals.add(page.total);
    if (page.ids.length < pageSize) break;
  }
  assert.equal(totals.size, 1, 'every page reports the same total');
  return { ids, total: [...totals][0]! };
}

export function assertSameOrder(
  index: DirectoryIndex,
  mentors: readonly MentorProfile[],
  search: Search,
) {
  const expected = expectedOrder(mentors, search.query, search.subject);
  const paged = allPages(index, search);
  assert.deepEqual(paged.ids, expected);
  assert.equal(paged.total, expected.length);
  // One big page gives the same as the small ones.
  const big = index.search({ ...search, now: NOW, offset: 0, limit: mentors.length + 5 });
  assert.deepEqual(big.ids, expected);
}

export const shared = indexOf(MENTORS);
