// MentoringApi over the HTTP contract (DESIGN.md, "HTTP contract"). The requests themselves are
// written once, in ./http/operations/<resource>.ts; this class forwards each method to its group,
// which loads (with its response schemas) on first use. The transport adds auth, timeouts, safe
// retries, Idempotency-Key / If-Match and response validation; it loads (with ky) alongside the
// first group, so no page downloads ky before its first request.
import type { MentoringApi } from './api.js';
import { NetworkError } from './errors.js';
import type { HttpMentoringApiOptions, HttpTransport } from './http/transport.js';
import {
  loadGroup,
  loadTransport,
  type GroupName,
  type GroupOf,
  type Operations,
} from './http/operation-groups.js';

export type { HttpMentoringApiOptions } from './http/transport.js';

type Args<K extends keyof MentoringApi> = Parameters<MentoringApi[K]>;
type Operation = (...args: unknown[]) => Promise<unknown>;

/**
 * The typed client for a backend that implements the mentorkit HTTP contract.
 *
 * - Reads (GET) retry after dropped connections and 408/429/502/503/504, with backoff and jitter.
 * - Creating POSTs send an `Idempotency-Key` (yours via `idempotencyKey`, or a new one per call)
 *   and retry like reads, always with that same key.
 * - Edits and transitions send `If-Match: "<version>"` and never retry.
 * - Every answer is validated against the contract; failures are typed (see `./errors.ts`), and
 *   the caller's own abort is rethrown untouched.
 *
 * @example
 * const api = new HttpMentoringApi({ baseUrl: '/api/v1', getToken: () => auth.accessToken });
 * const page = await api.searchMentors({ skills: ['negotiation'], available: true });
 */
export class HttpMentoringApi implements MentoringApi {
  readonly #options: HttpMentoringApiOptions;
  #http: HttpTransport | undefined;
  readonly #groups = new Map<GroupName, Promise<Partial<MentoringApi>>>();

  constructor(options: HttpMentoringApiOptions) {
    this.#options = options;
  }

  getMe(...args: Args<'getMe'>) {
    return this.#call('people', 'getMe', args);
  }

  searchMentors(...args: Args<'searchMentors'>) {
    return this.#call('directory', 'searchMentors', args);
  }

  getMentor(...args: Args<'getMentor'>) {
    return this.#call('directory', 'getMentor', args);
  }

  getMentorMatch(...args: Args<'getMentorMatch'>) {
    return this.#call('requests', 'getMentorMatch', args);
  }

  updateAvailability(...args: Args<'updateAvailability'>) {
    return this.#call('requests', 'updateAvailability', args);
  }

  listRequests(...args: Args<'listRequests'>) {
    return this.#call('requests', 'listRequests', args);
  }

  getRequest(...args: Args<'getRequest'>) {
    return this.#call('requests', 'getRequest', args);
  }

  createRequest(...args: Args<'createRequest'>) {
    return this.#call('requests', 'createRequest', args);
  }

  acceptRequest(...args: Args<'acceptRequest'>) {
    return this.#call('requests', 'acceptRequest', args);
  }

  declineRequest(...args: Args<'declineRequest'>) {
    return this.#call('requests', 'declineRequest', args);
  }

  withdrawRequest(...args: Args<'withdrawRequest'>) {
    return this.#call('requests', 'withdrawRequest', args);
  }

  askRequest(...args: Args<'askRequest'>) {
    return this.#call('requests', 'askRequest', args);
  }

  replyRequest(...args: Args<'replyRequest'>) {
    return this.#call('requests', 'replyRequest', args);
  }

  listMentorships(...args: Args<'listMentorships'>) {
    return this.#call('mentorships', 'listMentorships', args);
  }

  getMentorship(...args: Args<'getMentorship'>) {
    return this.#call('mentorships', 'getMentorship', args);
  }

  endMentorship(...args: Args<'endMentorship'>) {
    return this.#call('mentorships', 'endMentorship', args);
  }

  listGoals(...args: Args<'listGoals'>) {
    return this.#call('goals', 'listGoals', args);
  }

  getGoal(...args: Args<'getGoal'>) {
    return this.#call('goals', 'getGoal', args);
  }

  createGoal(...args: Args<'createGoal'>) {
    return this.#call('goals', 'createGoal', args);
  }

  updateGoal(...args: Args<'updateGoal'>) {
    return this.#call('goals', 'updateGoal', args);
  }

  reorderGoals(...args: Args<'reorderGoals'>) {
    return this.#call('goals', 'reorderGoals', args);
  }

  listRecaps(...args: Args<'listRecaps'>) {
    return this.#call('goals', 'listRecaps', args);
  }

  createRecap(...args: Args<'createRecap'>) {
    return this.#call('goals', 'createRecap', args);
  }

  listActionItems(...args: Args<'listActionItems'>) {
    return this.#call('goals', 'listActionItems', args);
  }

  updateActionItem(...args: Args<'updateActionItem'>) {
    return this.#call('goals', 'updateActionItem', args);
  }

  getSurvey(...args: Args<'getSurvey'>) {
    return this.#call('surveys', 'getSurvey', args);
  }

  submitSurvey(...args: Args<'submitSurvey'>) {
    return this.#call('surveys', 'submitSurvey', args);
  }

  getMySurveyResponse(...args: Args<'getMySurveyResponse'>) {
    return this.#call('surveys', 'getMySurveyResponse', args);
  }

  getDueSurvey(...args: Args<'getDueSurvey'>) {
    return this.#call('surveys', 'getDueSurvey', args);
  }

  getSurveyResults(...args: Args<'getSurveyResults'>) {
    return this.#call('surveys', 'getSurveyResults', args);
  }

  getAgreement(...args: Args<'getAgreement'>) {
    return this.#call('agreements', 'getAgreement', args);
  }

  updateAgreement(...args: Args<'updateAgreement'>) {
    return this.#call('agreements', 'updateAgreement', args);
  }

  signAgreement(...args: Args<'signAgreement'>) {
    return this.#call('agreements', 'signAgreement', args);
  }

  getAgreementVersion(...args: Args<'getAgreementVersion'>) {
    return this.#call('agreements', 'getAgreementVersion', args);
  }

  getAgreementAudit(...args: Args<'getAgreementAudit'>) {
    return this.#call('agreements', 'getAgreementAudit', args);
  }

  getProgramReport(...args: Args<'getProgramReport'>) {
    return this.#call('report', 'getProgramReport', args);
  }

  #call<K extends keyof MentoringApi>(
    group: GroupOf<K>,
    name: K,
    args: Args<K>,
  ): ReturnType<MentoringApi[K]> {
    return this.#operations(group).then((operations) =>
      ((operations as Partial<MentoringApi>)[name] as Operation)(...args),
    ) as ReturnType<MentoringApi[K]>;
  }

  #operations<G extends GroupName>(group: G): Promise<Operations<G>> {
    let operations = this.#groups.get(group);
    if (!operations) {
      operations = Promise.all([loadGroup(group), loadTransport()]).then(
        ([factory, { HttpTransport }]) =>
          factory((this.#http ??= new HttpTransport(this.#options))),
        (error: unknown) => {
          // A chunk that failed to download is a connection problem: forget it, so Retry loads again.
          this.#groups.delete(group);
          throw new NetworkError(`could not load the ${group} operations`, { cause: error });
        },
      );
      this.#groups.set(group, operations);
    }
    return operations as Promise<Operations<G>>;
  }
}
