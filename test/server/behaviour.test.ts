// The MentoringApi behaviour suite (the same tests the memory API passes) over real HTTP through
// HttpMentoringApi against the reference server: on PGlite, and on PostgreSQL when DATABASE_URL
// is set. One server per backend; each harness starts from the freshly seeded program.
import { after, describe } from 'node:test';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { describeMentoringApiBehaviour } from '../behaviour/mentoring-api.behaviour.js';
import type { Harness, HarnessOptions } from '../behaviour/support.js';
import {
  postgresSkipReason,
  startTestServer,
  type Backend,
  type TestServer,
} from './support/test-server.js';

function harnessFor(backend: Backend) {
  let server: Promise<TestServer> | undefined;
  let fresh = true;
  after(async () => {
    if (server) await (await server).close();
  });
  return async (options?: HarnessOptions): Promise<Harness> => {
    const first = !server;
    server ??= startTestServer(backend);
    const t = await server;
    if (!first || !fresh) await t.reset();
    fresh = false;
    // As an operator sets a program up: in its row (the next reset restores the seeded one).
    if (options?.settings) await t.setProgramSettings(options.settings);
    return {
      as: (personId) => t.as(personId),
      personas: { ...PERSONAS, ...FIXTURE_IDS },
      advanceTime: async (ms) => t.advanceClock(ms),
    };
  };
}

describeMentoringApiBehaviour('reference server over HTTP on PGlite', harnessFor('pglite'));

const skip = postgresSkipReason();
if (skip === false)
  describeMentoringApiBehaviour('reference server over HTTP on PostgreSQL', harnessFor('postgres'));
else
  describe('MentoringApi behaviour: reference server over HTTP on PostgreSQL', { skip }, () => {});
