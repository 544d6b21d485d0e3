// Card building and page encoding, in process (no server, no database), so the figure does not
// follow the machine's load as much as the server benchmark does. Pages of 20 cards for 200
// mentees over 10,000 generated mentors: each mentor prepared afresh per card (what a search did
// before #15) against prepared mentors kept per version, and JSON.stringify against the server's
// page encoder with kept profile bytes. Prints microseconds per page.
//
//   node --import tsx scripts/bench-cards.ts [--pages 4000]
import { parseArgs } from 'node:util';
import type { MentorPage } from '../src/contract/index.js';
import { generateProgram } from '../src/fixtures/index.js';
import { prepareMentor, toMentorCard, toMentorCards } from '../src/matching/index.js';
import { mentorPageJson } from '../server/repositories/mentor-page-json.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '4000' } } });
const pages = Number(values.pages);
const now = new Date('2026-06-15T12:00:00Z');
const program = await generateProgram({ seed: 3, mentors: 10_000, mentees: 200, now });
const { mentors, mentees } = program;
const prepared = mentors.map(prepareMentor);
// The same pages for both: page p shows 20 mentors from a stride through the directory.
const pageOf = (p: number) =>
  Array.from({ length: 20 }, (_, i) => (p * 37 + i * 491) % mentors.length);
const context = {
  now,
  openRequestMentorIds: new Set<string>(),
  activeMentorIds: new Set<string>(),
};

function time(label: string, run: (p: number) => unknown): void {
  for (let p = 0; p < 200; p++) run(p); // warm-up: compiled code, kept entries
  const start = process.hrtime.bigint();
  for (let p = 0; p < pages; p++) run(p);
  const micros = Number(process.hrtime.bigint() - start) / 1000 / pages;
  console.log(`  ${label.padEnd(48)} ${micros.toFixed(0).padStart(5)} µs per page`);
}

const page = (p: number): MentorPage => ({
  items: toMentorCards(
    mentees[p % mentees.length]!,
    pageOf(p).map((i) => prepared[i]!),
    context,
  ),
  nextCursor: null,
  total: mentors.length,
  facets: {
    skills: [],
    languages: [],
    locations: [],
    departments: [],
    programTypes: [],
    available: 0,
  },
});
const built = Array.from({ length: 200 }, (_, p) => page(p));

console.log(
  `cards and page JSON, ${mentors.length} mentors, ${pages} pages of 20 (Node ${process.version})`,
);
time('cards, every mentor prepared per card', (p) =>
  pageOf(p).map((i) => toMentorCard(mentees[p % mentees.length]!, mentors[i]!, context)),
);
time('cards, mentors kept prepared, viewer once', page);
// As bytes: what is sent (a string body is measured for its length, then encoded when written).
time('page JSON bytes, JSON.stringify', (p) =>
  Buffer.from(JSON.stringify(built[p % built.length])),
);
time('page JSON bytes, kept profile bytes', (p) => mentorPageJson(built[p % built.length]!));
