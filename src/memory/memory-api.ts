// MentoringApi in memory: the same rules and errors as the reference server, on the shared
// deterministic fixtures. For stories, tests and prototypes; optional latency and failures.
import type * as C from '../contract/index.js';
import { computeProgramReport } from '../contract/report-rules.js';
import { mulberry32, PERSONAS } from '../fixtures/index.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from '../client/api.js';
import { NetworkError } from '../client/errors.js';
import * as agreements from './agreements.js';
import * as availability from './availability.js';
import * as directory from './directory.js';
import * as goals from './goals.js';
import * as mentorships from './mentorships.js';
import { endMentorship } from './mentorship-end.js';
import { problems } from './problems.js';
import * as requests from './requests.js';
import { createMemoryStore, type MemoryMentoringApiOptions } from './options.js';
import { abortError, sleep } from './simulated-network.js';
import type { MemoryStore, Viewer } from './store.js';
import * as surveys from './surveys.js';

export type { MemoryMentoringApiOptions } from './options.js';

/** Shared by every view made with `as()`. */
interface Shared {
  store: Promise<MemoryStore>;
  random: () => number;
}

export class MemoryMentoringApi implements MentoringApi {
  readonly userId: string;
  private readonly shared: Shared;

  constructor(
    private readonly options: MemoryMentoringApiOptions = {},
    shared?: Shared,
  ) {
    this.userId = options.userId ?? PERSONAS.mentee;
    this.shared = shared ?? {
      store: createMemoryStore(options),
      random: mulberry32((options.seed ?? 1) ^ 0x5eed),
    };
  }

  /** Another signed-in person on the same data (act as the mentee, then as the mentor). */
  as(userId: string): MemoryMentoringApi {
    return new MemoryMentoringApi({ ...this.options, userId }, this.shared);
  }

  /** Resolves once the fixtures are generated (calls wait for it anyway). */
  async ready(): Promise<void> {
    await this.shared.store;
  }

  /** Latency, failure injection and abort, then the work on a deep copy of the result. */
  private async call<T>(
    signal: AbortSignal | undefined,
    work: (store: MemoryStore, viewer: Viewer) => T | Promise<T>,
    exclusive = false,
  ): Promise<T> {
    if (signal?.aborted) throw abortError();
    const { latencyMs, failureRate = 0 } = this.options;
    if (latencyMs !== undefined) {
      const [min, max] = Array.isArray(latencyMs) ? latencyMs : [latencyMs, latencyMs];
      await sleep(min + this.shared.random() * (max - min), signal);
    }
    if (failureRate > 0 && this.shared.random() < failureRate)
      throw new NetworkError('Simulated network failure (memory API).');
    const store = await this.shared.store;
    if (signal?.aborted) throw abortError();
    const run = async () => structuredClone(await work(store, store.viewer(this.userId)));
    return exclusive ? store.exclusive(run) : run();
  }

  /** A mutation, serialized, replayed for a repeated idempotency key. */
  private mutate<T>(
    options: CreateOptions | undefined,
    operation: string,
    body: unknown,
    work: (store: MemoryStore, viewer: Viewer) => T | Promise<T>,
  ): Promise<T> {
    return this.call(
      options?.signal,
      (store, viewer) =>
        store.idempotent(viewer.person.id, operation, options?.idempotencyKey, body, () =>
          work(store, viewer),
        ),
      true,
    );
  }

  getMe(options?: CallOptions): Promise<C.Me> {
    return this.call(options?.signal, (store, viewer) => ({
      person: viewer.person,
      roles: viewer.roles,
      mentee: viewer.mentee,
      programId: store.program.id,
      settings: store.settings,
      mentor: store.mentors.get(viewer.person.id) ?? null,
    }));
  }

  updateAvailability(input: C.UpdateAvailability, options?: CallOptions): Promise<C.MentorProfile> {
    return this.call(
      options?.signal,
      (store, viewer) => availability.updateAvailability(store, viewer, input),
      true,
    );
  }

  searchMentors(query: C.MentorQuery, options?: CallOptions): Promise<C.MentorPage> {
    return this.call(options?.signal, (store, viewer) =>
      directory.searchMentors(store, viewer, query),
    );
  }

  getMentor(id: string, options?: CallOptions): Promise<C.MentorProfile> {
    return this.call(options?.signal, (store) => directory.getMentor(store, id));
  }

  getMentorMatch(id: string, options?: CallOptions): Promise<C.MentorCard> {
    return this.call(options?.signal, (store, viewer) =>
      directory.getMentorMatch(store, viewer, id),
    );
  }

  listRequests(query: C.RequestQuery, options?: CallOptions): Promise<C.RequestPage> {
    return this.call(options?.signal, (store, viewer) =>
      requests.listRequests(store, viewer, query),
    );
  }

  getRequest(id: string, options?: CallOptions): Promise<C.MatchRequest> {
    return this.call(options?.signal, (store, viewer) => requests.getRequest(store, viewer, id));
  }

  createRequest(input: C.CreateRequest, options?: CreateOptions): Promise<C.MatchRequest> {
    return this.mutate(options, 'createRequest', input, (store, viewer) =>
      requests.createRequest(store, viewer, input),
    );
  }

  private transition(id: string, options: EditOptions, input: requests.TransitionInput) {
    return this.call(
      options.signal,
      (store, viewer) => requests.transitionRequest(store, viewer, id, options.version, input),
      true,
    );
  }

  acceptRequest(id: string, options: EditOptions) {
    return this.transition(id, options, { transition: 'accept' });
  }
  declineRequest(id: string, input: C.DeclineRequest, options: EditOptions) {
    return this.transition(id, options, { transition: 'decline', body: input });
  }
  withdrawRequest(id: string, options: EditOptions) {
    return this.transition(id, options, { transition: 'withdraw' });
  }
  askRequest(id: string, question: string, options: EditOptions) {
    return this.transition(id, options, { transition: 'ask', body: { question } });
  }
  replyRequest(id: string, text: string, options: EditOptions) {
    return this.transition(id, options, { transition: 'reply', body: { text } });
  }

  listMentorships(options?: CallOptions): Promise<C.MentorshipPage> {
    return this.call(options?.signal, (store, viewer) =>
      mentorships.listMentorships(store, viewer),
    );
  }
  getMentorship(id: string, options?: CallOptions): Promise<C.Mentorship> {
    return this.call(options?.signal, (store, viewer) =>
      mentorships.getMentorship(store, viewer, id),
    );
  }
  endMentorship(
    id: string,
    input: C.EndMentorship,
    options: EditOptions,
  ): Promise<C.EndedMentorship> {
    return this.call(
      options.signal,
      (store, viewer) => endMentorship(store, viewer, id, options.version, input),
      true,
    );
  }

  listGoals(mentorshipId: string, options?: CallOptions): Promise<C.GoalList> {
    return this.call(options?.signal, (store, viewer) =>
      goals.listGoals(store, viewer, mentorshipId),
    );
  }
  getGoal(goalId: string, options?: CallOptions): Promise<C.Goal> {
    return this.call(options?.signal, (store, viewer) => goals.getGoal(store, viewer, goalId));
  }
  createGoal(mentorshipId: string, input: C.CreateGoal, options?: CreateOptions): Promise<C.Goal> {
    return this.mutate(options, `createGoal:${mentorshipId}`, input, (store, viewer) =>
      goals.createGoal(store, viewer, mentorshipId, input),
    );
  }
  updateGoal(goalId: string, patch: C.UpdateGoal, options: EditOptions): Promise<C.Goal> {
    return this.call(
      options.signal,
      (store, viewer) => goals.updateGoal(store, viewer, goalId, options.version, patch),
      true,
    );
  }
  reorderGoals(
    mentorshipId: string,
    order: C.GoalOrder,
    options?: CallOptions,
  ): Promise<C.GoalList> {
    return this.call(
      options?.signal,
      (store, viewer) => goals.reorderGoals(store, viewer, mentorshipId, order),
      true,
    );
  }
  listRecaps(
    mentorshipId: string,
    query: C.RecapQuery = {},
    options?: CallOptions,
  ): Promise<C.RecapPage> {
    return this.call(options?.signal, (store, viewer) =>
      goals.listRecaps(store, viewer, mentorshipId, query),
    );
  }
  createRecap(
    mentorshipId: string,
    input: C.CreateRecap,
    options?: CreateOptions,
  ): Promise<C.Recap> {
    return this.mutate(options, `createRecap:${mentorshipId}`, input, (store, viewer) =>
      goals.createRecap(store, viewer, mentorshipId, input),
    );
  }
  listActionItems(
    mentorshipId: string,
    query: C.ActionItemQuery = {},
    options?: CallOptions,
  ): Promise<C.ActionItemList> {
    return this.call(options?.signal, (store, viewer) =>
      goals.listActionItems(store, viewer, mentorshipId, query),
    );
  }
  updateActionItem(
    itemId: string,
    patch: C.UpdateActionItem,
    options: EditOptions,
  ): Promise<C.ActionItem> {
    return this.call(
      options.signal,
      (store, viewer) => goals.updateActionItem(store, viewer, itemId, options.version, patch),
      true,
    );
  }

  getSurvey(id: string, options?: CallOptions): Promise<C.Survey> {
    return this.call(options?.signal, (store, viewer) => surveys.getSurvey(store, viewer, id));
  }
  submitSurvey(
    id: string,
    input: C.SubmitSurveyResponse,
    options?: CreateOptions,
  ): Promise<C.SurveySubmission> {
    return this.mutate(options, `submitSurvey:${id}`, input, (store, viewer) =>
      surveys.submitSurvey(store, viewer, id, input),
    );
  }

  getMySurveyResponse(id: string, options?: CallOptions): Promise<C.SurveySubmission> {
    return this.call(options?.signal, (store, viewer) =>
      surveys.getMySurveyResponse(store, viewer, id),
    );
  }
  getDueSurvey(mentorshipId: string, options?: CallOptions): Promise<C.DueSurvey> {
    return this.call(options?.signal, (store, viewer) =>
      surveys.getDueSurvey(store, viewer, mentorshipId),
    );
  }
  getSurveyResults(id: string, options?: CallOptions): Promise<C.SurveyResults> {
    return this.call(options?.signal, (store, viewer) =>
      surveys.getSurveyResults(store, viewer, id),
    );
  }

  getAgreement(id: string, options?: CallOptions): Promise<C.Agreement> {
    return this.call(
      options?.signal,
      (store, viewer) => agreements.getAgreement(store, viewer, id),
      true,
    );
  }
  updateAgreement(
    id: string,
    input: C.UpdateAgreement,
    options: EditOptions,
  ): Promise<C.Agreement> {
    return this.call(
      options.signal,
      (store, viewer) => agreements.updateAgreement(store, viewer, id, options.version, input),
      true,
    );
  }
  signAgreement(id: string, input: C.SignAgreement, options?: CreateOptions): Promise<C.Agreement> {
    return this.mutate(options, `signAgreement:${id}`, input, (store, viewer) =>
      agreements.signAgreement(store, viewer, id, input),
    );
  }
  getAgreementVersion(
    id: string,
    version: number,
    options?: CallOptions,
  ): Promise<C.AgreementVersion> {
    return this.call(options?.signal, (store, viewer) =>
      agreements.getAgreementVersion(store, viewer, id, version),
    );
  }
  getAgreementAudit(id: string, options?: CallOptions): Promise<C.AuditTrail> {
    return this.call(
      options?.signal,
      (store, viewer) => agreements.getAgreementAudit(store, viewer, id),
      true,
    );
  }

  getProgramReport(options?: CallOptions): Promise<C.ProgramReport> {
    return this.call(options?.signal, (store, viewer) => {
      if (!viewer.isAdmin) throw problems.forbidden('Only program admins see the report.');
      store.expireDue();
      return computeProgramReport({
        programId: store.program.id,
        now: store.now(),
        mentorCount: store.mentorList.length,
        menteeCount: store.mentees.size,
        requests: [...store.requests.values()],
        mentorships: [...store.mentorships.values()],
        agreements: [...store.agreements.values()].map((r) => r.agreement),
        goals: [...store.goals.values()],
        recaps: store.recaps,
        surveys: [...store.surveys.values()],
        responses: store.responses,
      });
    });
  }
}
