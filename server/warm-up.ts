// A fresh server process answers its first few thousand searches several times slower than later
// ones: V8 has not optimised the code they run yet. Measured at 10,000 mentors on PostgreSQL with
// two workers: the first 4 s of load went at 467 searches/s with a p99 of 560 ms, the same load
// 8 s later at 2,900/s with a p99 of 36 ms. So before a process takes traffic, it runs searches of
// its own through the same code (index, cards, page bytes): made-up viewers built from mentors'
// profiles, every sort, the program's most common filter values. Nothing they build is kept
// afterwards (the index forgets its masks, counts and word groups): only compiled code stays.
import { and, eq } from 'drizzle-orm';
import type { MentorQuery, MentorSort } from '../src/contract/index.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../src/contract/index.js';
import {
  prepareMentor,
  toMentorCards,
  type DirectoryIndex,
  type MenteeSubject,
} from '../src/matching/index.js';
import type { Db } from './db/connection.js';
import { people } from './db/schema.js';
import { mentorPageJson } from './repositories/mentor-page-json.js';
import { toMentorProfile } from './repositories/people.js';

/** Enough searches for V8 to optimise the hot code (about 0.5 s at 10,000 mentors). */
const SEARCHES = 2_000;
const SAMPLE_MENTORS = 200;
const SORTS: MentorSort[] = ['match', 'name', 'responsive'];

/** Filters built from the program's own most common values, one or two at a time. */
function sampleQueries(index: DirectoryIndex, subject: MenteeSubject, now: Date): MentorQuery[] {
  const { facets } = index.search({ query: {}, subject, now, offset: 0, limit: 1 });
  const top = (values: { value: string }[]) => values.slice(0, 3).map((facet) => facet.value);
  const filters: MentorQuery[] = [
    {},
    { available: true },
    { hideBlocked: true },
    { utcOffsetMin: -2, utcOffsetMax: 3 },
    ...top(facets.skills).flatMap((skill) => [{ skills: [skill] }, { q: skill }]),
    ...top(facets.languages).map((language) => ({ languages: [language], available: true })),
    ...top(facets.departments).map((department) => ({ departments: [department] })),
    ...top(facets.locations).map((location) => ({ locations: [location], q: 'lead' })),
  ];
  return filters.flatMap((filter) => SORTS.map((sort) => ({ ...filter, sort, limit: 20 })));
}

/** Runs the warm-up searches on the program's directory, then forgets what they kept. */
export async function warmUp(db: Db, programId: string, index: DirectoryIndex): Promise<void> {
  const rows = await db
    .select()
    .from(people)
    .where(and(eq(people.programId, programId), eq(people.isMentor, true)))
    .limit(SAMPLE_MENTORS);
  if (rows.length === 0) return;
  const mentors = rows.map((row) => prepareMentor(toMentorProfile(row)));
  const viewers: MenteeSubject[] = mentors.map(({ profile }, i) => ({
    person: profile,
    mentee: {
      goals: [],
      wantedSkills: profile.skills.slice(i % 3, (i % 3) + 3),
      interests: profile.interests.slice(0, 3),
    },
  }));
  const now = new Date();
  const queries = sampleQueries(index, viewers[0]!, now);
  const context = { now, settings: DEFAULT_PROGRAM_SETTINGS };
  for (let i = 0; i < SEARCHES; i++) {
    const subject = viewers[i % viewers.length]!;
    const result = index.search({
      query: queries[i % queries.length]!,
      subject,
      now,
      offset: 0,
      limit: 20,
    });
    const shown = mentors.slice(i % mentors.length, (i % mentors.length) + 20);
    const items = toMentorCards(subject, shown, context);
    mentorPageJson({ items, nextCursor: null, total: result.total, facets: result.facets });
    // Other work (a health check, the database) is not held up for the whole warm-up.
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  index.forgetKept();
}
