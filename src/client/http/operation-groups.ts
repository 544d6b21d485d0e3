// HttpMentoringApi's operations come in groups, one module per resource, each importing only the
// response schemas it validates with (and so zod). A group is its own chunk, loaded on demand: a
// page downloads the schemas of the widgets it shows and no others, and none of it is on the
// first load. A widget's define.ts names its groups with `preloadOperations`, so they download
// in parallel with the first paint and its first request waits for nothing (see
// src/core/README.md, "Operations and schemas per widget"). The transport (ky) comes the same
// way, with the first group: a page paints its skeleton before it sends anything.
import type { MentoringApi } from '../api.js';
import type { HttpTransport } from './transport.js';

type TransportModule = typeof import('./transport.js');

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
type Loaded<G extends GroupName> = Awaited<ReturnType<(typeof loaders)[G]>>;
export type Operations<G extends GroupName> = ReturnType<Loaded<G>>;
/** The group that serves operation K. */
export type GroupOf<K extends keyof MentoringApi> = {
  [G in GroupName]: K extends keyof Operations<G> ? G : never;
}[GroupName];

/** One download per group and page, shared by every HttpMentoringApi on it. */
const loading = new Map<GroupName, Promise<Factory>>();

let transport: Promise<TransportModule> | undefined;

/** The transport's module (ky with it), downloaded once per page; a failed download is forgotten. */
export function loadTransport(): Promise<TransportModule> {
  if (!transport) {
    const pending = import('./transport.js');
    transport = pending;
    pending.catch(() => {
      if (transport === pending) transport = undefined;
    });
  }
  return transport;
}

/** The group's operations factory, downloading its chunk on first use; a failed download is forgotten. */
export function loadGroup<G extends GroupName>(group: G): Promise<Loaded<G>> {
  let pending = loading.get(group);
  if (!pending) {
    pending = loaders[group]();
    loading.set(group, pending);
    pending.catch(() => loading.delete(group));
  }
  return pending as Promise<Loaded<G>>;
}

/**
 * Start downloading these groups now (a widget's define.ts): they arrive while the widget paints
 * its skeleton. A failure here is not reported: the first call loads again and reports it.
 */
export function preloadOperations(...groups: GroupName[]): void {
  loadTransport().catch(() => undefined);
  for (const group of groups) loadGroup(group).catch(() => undefined);
}
