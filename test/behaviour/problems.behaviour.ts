// The same mistake gets the same answer on every backend: one table of bad calls, each with the
// exact status and code. The memory API, PGlite and PostgreSQL all run it, so a backend that
// drifts (say, a bad cursor as 422 on one and 400 on another) fails here.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { MentoringApi } from '../../src/client/api.js';
import { ProblemError } from '../../src/client/errors.js';
import { requestBody, withHarness, type Harness, type MakeHarness } from './support.js';

interface BadCall {
  what: string;
  call: (h: Harness, as: (id: string) => MentoringApi) => Promise<unknown>;
  status: number;
  code: string;
}

const BAD_CALLS: BadCall[] = [
  {
    what: 'a directory cursor the server did not make',
    call: (h, as) => as(h.personas.mentee).searchMentors({ cursor: 'not-a-cursor' }),
    status: 400,
    code: 'bad-cursor',
  },
  {
    what: 'a request-list cursor the server did not make',
    call: (h, as) => as(h.personas.mentee).listRequests({ role: 'mentee', cursor: 'eyJ4IjoxfQ' }),
    status: 400,
    code: 'bad-cursor',
  },
  {
    what: 'a page size over 100',
    call: (h, as) => as(h.personas.mentee).searchMentors({ limit: 1000 }),
    status: 422,
    code: 'validation',
  },
  {
    what: 'a request from someone who is not a mentee',
    call: (h, as) => as(h.personas.admin).createRequest(requestBody(h.personas.mentor)),
    status: 403,
    code: 'forbidden',
  },
  {
    what: 'a request to yourself (not a mentor)',
    call: (h, as) => as(h.personas.mentee).createRequest(requestBody(h.personas.mentee)),
    status: 422,
    code: 'self-request',
  },
  {
    what: 'a request to nobody',
    call: (h, as) => as(h.personas.mentee).createRequest(requestBody('nobody')),
    status: 422,
    code: 'validation',
  },
  {
    what: 'an unknown mentor',
    call: (h, as) => as(h.personas.mentee).getMentor('nobody'),
    status: 404,
    code: 'not-found',
  },
  {
    what: 'an accept of an older version',
    call: (h, as) =>
      as(h.personas.mentor).acceptRequest(h.personas.pendingRequest, { version: 99 }),
    status: 412,
    code: 'version-mismatch',
  },
  {
    what: 'a withdraw by the mentor',
    call: (h, as) =>
      as(h.personas.mentor).withdrawRequest(h.personas.pendingRequest, { version: 1 }),
    status: 403,
    code: 'forbidden',
  },
  {
    what: "someone else's request",
    call: (h, as) => as(h.personas.mentee).getRequest(h.personas.pendingRequest),
    status: 404,
    code: 'not-found',
  },
  {
    what: 'the program report for a mentee',
    call: (h, as) => as(h.personas.mentee).getProgramReport(),
    status: 403,
    code: 'forbidden',
  },
  {
    what: 'a goal edit of an older version',
    call: (h, as) =>
      as(h.personas.mentee).updateGoal(h.personas.smartGoal, { progress: 0.5 }, { version: 99 }),
    status: 412,
    code: 'version-mismatch',
  },
  {
    what: 'a NUL character in recap notes (PostgreSQL refuses it)',
    call: (h, as) =>
      as(h.personas.mentee).createRecap(h.personas.smartGoal, {
        sessionDate: '2026-11-20',
        notes: 'a\u0000b',
        actionItems: [],
        progress: 10,
      }),
    status: 422,
    code: 'validation',
  },
  {
    what: 'a progress a real column cannot hold',
    call: (h, as) =>
      as(h.personas.mentee).updateGoal(h.personas.smartGoal, { progress: 1e-46 }, { version: 1 }),
    status: 422,
    code: 'validation',
  },
];

export function problemBehaviour(makeHarness: MakeHarness) {
  describe('problems: the same status and code for the same mistake', () => {
    const h = withHarness(makeHarness, { before, after });

    for (const bad of BAD_CALLS) {
      it(`${bad.what}: ${bad.status} ${bad.code}`, async () => {
        const harness = h();
        let error: unknown;
        try {
          await bad.call(harness, (id) => harness.as(id));
        } catch (caught) {
          error = caught;
        }
        assert.ok(error instanceof ProblemError, `expected a problem, got ${String(error)}`);
        assert.deepEqual(
          { status: error.status, code: error.code },
          { status: bad.status, code: bad.code },
          error.message,
        );
      });
    }
  });
}
