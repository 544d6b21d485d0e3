// What a TypeScript front-end team writes against the installed package: every entry, the tag
// map, typed events. Checked by ../check-package.mjs with a strict tsc; any error fails it.
// `IsAny` guards catch declarations that silently degrade to `any` (which would typecheck
// everything); `@ts-expect-error` lines prove that mistakes are still caught.
import {
  applyTheme,
  HttpMentoringApi,
  MentorDirectory,
  MentorProgram,
  ProblemError,
  type DirectoryWeights,
  type MentorEventMap,
  type MentorProfile,
} from 'mentorkit';
import { HttpMentoringApi as ClientApi, NetworkError, type MentoringApi } from 'mentorkit/client';
import { MemoryMentoringApi } from 'mentorkit/memory';
import { MentorQuery, type MentorCard } from 'mentorkit/contract';
import { MentorProgram as ProgramClass } from 'mentorkit/program';
import { MentorDirectory as DirectoryClass, directoryTag } from 'mentorkit/directory';

type IsAny<T> = 0 extends 1 & T ? true : false;
const notAny = <T>(_value: T, _check: IsAny<T> extends false ? true : never): void => undefined;

// The client: HTTP and in-memory implementations of one interface.
const http: MentoringApi = new ClientApi({ baseUrl: '/api/v1', getToken: () => 'token' });
const memory: MentoringApi = new MemoryMentoringApi({ userId: 'ana-souza' });
notAny(http, true);
notAny(memory, true);
export const sameClass: typeof HttpMentoringApi = ClientApi;

// The contract: schemas and their types.
const query = MentorQuery.parse({ q: 'negotiation', available: true });
notAny(query, true);
export const firstSkill: string | undefined = query.skills?.[0];

// The tag map: querySelector and createElement know the classes.
const program = document.querySelector('mentor-program');
if (program) program.api = memory;
const directory: MentorDirectory | null = document.querySelector('mentor-directory');
const created = document.createElement(directoryTag);
notAny(created, true);
export const isClass: boolean =
  created instanceof DirectoryClass &&
  document.createElement('mentor-program') instanceof ProgramClass;
export const programOk: MentorProgram | null = program;

// Object properties, as objects.
const weights: DirectoryWeights = { skills: 80, languages: 0 };
if (directory) {
  directory.weights = weights;
  directory.filters = {
    preset: { skills: ['negotiation'], available: true },
    hide: ['departments'],
  };
  // @ts-expect-error weights are numbers
  directory.weights = { skills: 'lots' };
  // @ts-expect-error an unknown filter group
  directory.filters = { hide: ['everything'] };
}

// Typed events through HTMLElementEventMap, and the event map itself.
directory?.addEventListener('mentor-select', (event) => {
  notAny(event.detail, true);
  const mentor: MentorProfile = event.detail.mentor;
  console.log(mentor.name);
});
directory?.addEventListener('mentor-request-start', (event) => {
  const card: MentorCard | undefined = event.detail.card;
  if (card && !card.requestable) event.preventDefault();
});
created.addEventListener('mentor-favourite-change', (event) => {
  const favourites: string[] = event.detail.favourites;
  // @ts-expect-error the detail has no such field
  console.log(event.detail.mentorName, favourites);
});
export const detailOfSearch: MentorEventMap['mentor-search-change']['query'] = { q: 'coaching' };

// Errors and themes.
export async function load(api: MentoringApi): Promise<string> {
  try {
    return (await api.getMe()).person.name;
  } catch (error) {
    if (error instanceof ProblemError) return error.fieldErrors.map((field) => field.path).join();
    if (error instanceof NetworkError) return 'offline';
    throw error;
  }
}
applyTheme('dark');
