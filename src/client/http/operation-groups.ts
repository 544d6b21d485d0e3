// HttpMentoringApi's operations come in groups, one module per resource, each importing only the
// response schemas it validates with. A group loads on its first call, so a page downloads the
// schemas of the widgets it shows and no others; a widget's define.ts preloads its groups (see
// src/core/README.md, "Operations and schemas per widget") so its first request waits for nothing.
import type { MentoringApi } from '../api.js';
import type { HttpTransport } from './transport.js';

type Factory = (http: HttpTransport) => Partial<MentoringApi>;

/** Explicit imports (not a template string) so the bundler gives each group its own chunk. */
const loaders = {
  people: async () => (await import('./operations/people.js')).peopleOperations,
  directory: async () => (await import('./operations/directory.js')).directoryOperations,
  requests: async () => (await import('./operations/requests.js')).requestOperations,
  mentorships: async () => (await import('./operations/mentorships.js')).mentorshipOperations,
  goals: async () => (await import('./operations/goals.js')).goalOperations,
  surveys: async () => (await import('./operations/surveys.js')).surveyOperations,
  agreements: async () => (await import('./operations/agreements.js')).agreementOperations,
  report: async () => (await import('./operations/report.js')).reportOperations,
} satisfies Record<string, () => Promise<Factory>>;

export type GroupName = keyof typeof loaders;
export type Operations<G extends GroupName> = ReturnType<Awaited<ReturnType<(typeof loaders)[G]>>>;
/** The group that serves operation K. */
export type GroupOf<K extends keyof MentoringApi> = {
  [G in GroupName]: K extends keyof Operations<G> ? G : never;
}[GroupName];

type Preloaded = { [G in GroupName]?: Awaited<ReturnType<(typeof loaders)[G]>> };
const preloaded: Preloaded = {};

/**
 * Bundle these groups with the calling module (a widget's define.ts), so they arrive with the
 * widget instead of on its first request: `preloadOperations({ people: peopleOperations })`.
 */
export function preloadOperations(groups: Preloaded): void {
  Object.assign(preloaded, groups);
}

/** The group's operations factory: preloaded, else loaded now. */
export async function loadGroup<G extends GroupName>(
  group: G,
): Promise<Awaited<ReturnType<(typeof loaders)[G]>>> {
  return (preloaded[group] ?? (await loaders[group]())) as Awaited<ReturnType<(typeof loaders)[G]>>;
}
