import { generateProgram } from '../src/fixtures/index.js';
import { MentorTable } from '../src/matching/directory/mentor-table.js';
import { compileScorer } from '../src/matching/directory/scorer.js';
import { bestMatches } from '../src/matching/directory/best-match.js';
import { resolveWeights } from '../src/matching/index.js';
const n = Number(process.argv[2] ?? 100000);
const program = await generateProgram({ mentors: n, mentees: 200, now: new Date() } as never);
const table = new MentorTable();
for (const m of program.mentors) table.upsert(m);
const now = new Date();
const subjects = program.mentees.slice(0, 50);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let tc = 0, tb = 0;
for (let i = 0; i < 300; i++) {
  let t = cpu();
  const scorer = compileScorer(subjects[i % 50] as never, resolveWeights({}), now, table);
  tc += cpu() - t;
  t = cpu();
  bestMatches(table, scorer, 20, null, table.scratch('scores'));
  tb += cpu() - t;
}
console.log({ compileCpuMs: tc / 300, bestCpuMs: tb / 300 });
