// The memory API on the shared fixtures, signed in as one of the well-known PERSONAS (their
// situation is the same whatever the program size: see src/fixtures/personas.ts).
import { MemoryMentoringApi, type MemoryMentoringApiOptions } from '../../../src/memory/index.js';
import { generateProgram, type ProgramFixture } from '../../../src/fixtures/index.js';
import { PERSONAS } from '../../../src/fixtures/personas.js';

export { PERSONAS, FIXTURE_IDS } from '../../../src/fixtures/personas.js';

/** Ana, the mentee most tests sign in as. */
export const ANA = PERSONAS.mentee;

const programs = new Map<number, Promise<ProgramFixture>>();

/** The generated program for a size, made once per test file (each API gets its own copy). */
export function program(mentors: number): Promise<ProgramFixture> {
  let found = programs.get(mentors);
  if (!found) programs.set(mentors, (found = generateProgram({ now: new Date(), mentors })));
  return found;
}

/** A memory API for Ana (or `userId`) on a program of `mentors` mentors (default 60). */
export async function memoryApi(
  options: MemoryMentoringApiOptions = {},
): Promise<MemoryMentoringApi> {
  const mentors = options.mentors ?? 60;
  return new MemoryMentoringApi({ userId: ANA, data: await program(mentors), ...options });
}
