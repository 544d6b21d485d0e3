// Shared pieces of the MentoringApi behaviour suite. Written only against the MentoringApi
// interface and the typed errors, so the same tests run on the memory API and over HTTP.
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import type { MentoringApi } from '../../src/client/api.js';
import { ConflictError, ProblemError } from '../../src/client/errors.js';
import type { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/personas.js';
import type { ProgramSettings } from '../../src/contract/index.js';

export interface Harness {
  /** The API as seen by one signed-in person (a persona id). */
  as(personId: string): MentoringApi;
  /** Persona ids and well-known record ids of the seeded program. */
  personas: typeof PERSONAS & typeof FIXTURE_IDS;
  /** Moves the backend's clock forward; tests that need it are skipped without it. */
  advanceTime?(ms: number): Promise<void>;
  /** The backend could not apply the block's program options (a foreign server): their tests skip. */
  optionsIgnored?: boolean;
  close?(): Promise<void>;
}

/** How the program is set up for a describe block (a program option such as goal confirmation). */
export interface HarnessOptions {
  settings?: Partial<Pick<ProgramSettings, 'goalsNeedMentorConfirmation'>>;
}

export type MakeHarness = (options?: HarnessOptions) => Promise<Harness>;

export const DAY = 86_400_000;

/** A valid request body for `mentorId`. */
export const requestBody = (
  mentorId: string,
  goal = 'Become confident presenting to senior leadership',
) => ({
  mentorId,
  message:
    'Hello! I would really value your guidance on the goals below; could we meet every two weeks?',
  goals: [goal],
});

export function assertValid(schema: z.ZodMiniType, value: unknown, what = 'answer'): void {
  const result = schema.safeParse(value);
  assert.ok(
    result.success,
    `${what} breaks the contract: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`,
  );
}

/** Awaits a call that must fail with a problem; checks status (one of) and code; returns the error. */
export async function expectProblem(
  call: Promise<unknown>,
  expected: { status: number | number[]; code?: string },
): Promise<ProblemError> {
  let error: unknown;
  try {
    await call;
  } catch (caught) {
    error = caught;
  }
  assert.ok(
    error instanceof ProblemError,
    `expected a ProblemError, got ${error === undefined ? 'success' : String(error)}`,
  );
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  assert.ok(
    statuses.includes(error.status),
    `expected status ${statuses.join(' or ')}, got ${error.status} (${error.code}: ${error.message})`,
  );
  if (expected.code) assert.equal(error.code, expected.code);
  if (error.status === 409 || error.status === 412)
    assert.ok(error instanceof ConflictError, '409/412 are ConflictErrors');
  return error;
}

/** Field error paths of a validation problem. */
export const fieldPaths = (error: ProblemError) => error.fieldErrors.map((e) => e.path);

/** Runs `body` with a fresh harness for a describe block, closing it afterwards. */
export function withHarness(
  makeHarness: MakeHarness,
  hooks: { before: (fn: () => Promise<void>) => void; after: (fn: () => Promise<void>) => void },
  options?: HarnessOptions,
) {
  let harness: Harness | undefined;
  hooks.before(async () => {
    harness = await makeHarness(options);
  });
  hooks.after(async () => {
    await harness?.close?.();
  });
  return () => {
    if (!harness) throw new Error('harness not ready');
    return harness;
  };
}
