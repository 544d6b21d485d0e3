// How a memory API is set up: who is signed in, the data, simulated latency and failures.
import { DEFAULT_EXPIRY_DAYS } from '../contract/index.js';
import type * as C from '../contract/index.js';
import { generateProgram, type ProgramFixture } from '../fixtures/index.js';
import { MemoryStore } from './store.js';

export interface MemoryMentoringApiOptions {
  /** Who is signed in (default: the mentee persona, Ana). */
  userId?: string;
  seed?: number;
  /** Number of generated mentors (default 240). */
  mentors?: number;
  mentees?: number;
  /** A pre-generated program; copied, so several APIs never share state by accident. */
  data?: ProgramFixture;
  /** Delay of every call: a fixed number of ms or a [min, max] range. */
  latencyMs?: number | [number, number];
  /** Share of calls (0-1) that fail with a NetworkError, as an unreliable network would. */
  failureRate?: number;
  /** The clock (default: real time). Tests move it forward to expire requests. */
  now?: () => Date;
  /** Days before an unanswered request expires. */
  expiryDays?: number;
  /** The program's signing policy: allowed methods and the paper-copy contact. */
  agreementPolicy?: C.Agreement['policy'];
  /** Survey results of fewer answers than this are withheld (default 5). */
  minGroupSize?: number;
  /** The program's rules over the fixture's, e.g. `{ goalsNeedMentorConfirmation: true }`. */
  programSettings?: Partial<C.ProgramSettings>;
}

/** The store every view of one memory API shares: a copy of the given data, or freshly generated fixtures. */
export async function createMemoryStore(options: MemoryMentoringApiOptions): Promise<MemoryStore> {
  const clock = options.now ?? (() => new Date());
  const fixture = options.data
    ? structuredClone(options.data)
    : await generateProgram({
        now: clock(),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.mentors !== undefined ? { mentors: options.mentors } : {}),
        ...(options.mentees !== undefined ? { mentees: options.mentees } : {}),
      });
  const { program } = fixture;
  const settings = { ...program.settings, ...options.programSettings };
  return new MemoryStore(
    { ...fixture, program: { ...program, settings } },
    clock,
    options.expiryDays ?? DEFAULT_EXPIRY_DAYS,
    options.minGroupSize,
    options.agreementPolicy,
  );
}
