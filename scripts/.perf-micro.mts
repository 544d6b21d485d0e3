import { generateProgram } from '/work/wt/perf/src/fixtures/index.js';
import { DirectoryIndex } from '/work/wt/perf/src/matching/index.js';
const n = Number(process.argv[2] ?? 100000);
let t = performance.now();
const program = await generateProgram({ mentors: n, mentees: 200, now: new Date() } as never);
console.log('generated', (performance.now() - t).toFixed(0));
const index = new DirectoryIndex();
t = performance.now();
for (const m of program.mentors) index.upsert(m);
console.log('indexed', (performance.now() - t).toFixed(0));
const now = new Date();
const subjects = program.mentees.slice(0, 50).map((m: any) => ({ person: m.person ?? m, mentee: m.mentee ?? m.profile }));
console.log(Object.keys(program.mentees[0]));
const queries = [{}, { skills: ['Negotiation'] }, { available: true }];
for (const q of queries) {
  t = performance.now();
  for (let i = 0; i < 200; i++) index.search({ query: q as never, subject: subjects[i % 50] as never, now, offset: 0, limit: 20 });
  console.log(JSON.stringify(q), ((performance.now() - t) / 200).toFixed(3), 'ms/search');
}
