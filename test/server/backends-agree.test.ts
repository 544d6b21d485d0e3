// The three backends agree: the same scripted program (test/behaviour/program-script.ts) on the
// memory API, the reference server on PGlite and on PostgreSQL gives the same report numbers and
// the same problem answers. A rule written twice that drifts apart fails here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryMentoringApi } from '../../src/memory/index.js';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { runScriptedProgram, type ScriptOutcome } from '../behaviour/program-script.js';
import type { Harness } from '../behaviour/support.js';
import { postgresSkipReason, startTestServer, type TestServer } from './support/test-server.js';

const personas = { ...PERSONAS, ...FIXTURE_IDS };

describe('memory API, PGlite and PostgreSQL agree on one scripted program', () => {
  const servers: TestServer[] = [];
  const outcomes = new Map<string, ScriptOutcome>();
  after(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  before(async () => {
    const pglite = await startTestServer('pglite');
    servers.push(pglite);
    const harnesses: [string, Harness][] = [['PGlite', { as: (id) => pglite.as(id), personas }]];
    if (postgresSkipReason() === false) {
      const postgres = await startTestServer('postgres');
      servers.push(postgres);
      harnesses.push(['PostgreSQL', { as: (id) => postgres.as(id), personas }]);
    }
    // The memory API on the very program the servers were seeded with.
    const memory = new MemoryMentoringApi({ data: pglite.fixture });
    harnesses.unshift(['memory', { as: (id) => memory.as(id), personas }]);
    for (const [name, harness] of harnesses) outcomes.set(name, await runScriptedProgram(harness));
  });

  it('gives equal reports before and after', () => {
    const [first, ...others] = [...outcomes];
    for (const [name, outcome] of others)
      assert.deepEqual(outcome.reports, first![1].reports, `${name} vs ${first![0]}`);
    const [before, after] = first![1].reports;
    const moved = (pick: (report: NonNullable<typeof before>) => number) =>
      pick(after!) - pick(before!);
    assert.deepEqual(
      [
        moved((r) => r.requests.accepted),
        moved((r) => r.requests.declined),
        moved((r) => r.requests.withdrawn),
        moved((r) => r.goals.completed),
        moved((r) => r.actionItems.total),
      ],
      [1, 1, 1, 1, 2],
      'what the script did shows in the report',
    );
  });

  it('answers the same mistakes with the same status and code', () => {
    const [first, ...others] = [...outcomes];
    for (const [name, outcome] of others)
      assert.deepEqual(outcome.problems, first![1].problems, `${name} vs ${first![0]}`);
    assert.ok(first![1].problems.every((problem) => problem.status >= 400));
  });
});
