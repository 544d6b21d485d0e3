// MentoringApi over the HTTP contract (DESIGN.md, "HTTP contract"): one line per operation; the
// transport adds auth, timeouts, safe retries, Idempotency-Key / If-Match and response validation.
import {
  Agreement,
  AgreementVersion,
  AuditTrail,
  Goal,
  GoalList,
  MatchRequest,
  Me,
  MentorCard,
  MentorPage,
  MentorProfile,
  Mentorship,
  MentorshipPage,
  ProgramReport,
  Recap,
  RequestPage,
  Survey,
  SurveySubmission,
  type CreateGoal,
  type CreateRecap,
  type CreateRequest,
  type DeclineRequest,
  type MentorQuery,
  type RequestQuery,
  type SignAgreement,
  type SubmitSurveyResponse,
  type UpdateAgreement,
  type UpdateAvailability,
  type UpdateGoal,
} from '../contract/index.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from './api.js';
import { HttpTransport, type HttpMentoringApiOptions } from './http/transport.js';
import { mentorQueryToSearchParams, requestQueryToSearchParams } from '../contract/query-params.js';

export type { HttpMentoringApiOptions } from './http/transport.js';

const id = encodeURIComponent;

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
  readonly #http: HttpTransport;

  constructor(options: HttpMentoringApiOptions) {
    this.#http = new HttpTransport(options);
  }

  getMe(options?: CallOptions) {
    return this.#http.read('/me', Me, options);
  }

  searchMentors(query: MentorQuery, options?: CallOptions) {
    return this.#http.read('/mentors', MentorPage, options, mentorQueryToSearchParams(query));
  }

  getMentor(mentorId: string, options?: CallOptions) {
    return this.#http.read(`/mentors/${id(mentorId)}`, MentorProfile, options);
  }

  getMentorMatch(mentorId: string, options?: CallOptions) {
    return this.#http.read(`/mentors/${id(mentorId)}/match`, MentorCard, options);
  }

  updateAvailability(input: UpdateAvailability, options?: CallOptions) {
    return this.#http.replace('/me/availability', MentorProfile, input, options);
  }

  listRequests(query: RequestQuery, options?: CallOptions) {
    return this.#http.read('/requests', RequestPage, options, requestQueryToSearchParams(query));
  }

  getRequest(requestId: string, options?: CallOptions) {
    return this.#http.read(`/requests/${id(requestId)}`, MatchRequest, options);
  }

  createRequest(input: CreateRequest, options?: CreateOptions) {
    return this.#http.create('/requests', MatchRequest, input, options);
  }

  acceptRequest(requestId: string, options: EditOptions) {
    return this.#http.edit('post', `/requests/${id(requestId)}/accept`, MatchRequest, {}, options);
  }

  declineRequest(requestId: string, input: DeclineRequest, options: EditOptions) {
    return this.#http.edit(
      'post',
      `/requests/${id(requestId)}/decline`,
      MatchRequest,
      input,
      options,
    );
  }

  withdrawRequest(requestId: string, options: EditOptions) {
    return this.#http.edit(
      'post',
      `/requests/${id(requestId)}/withdraw`,
      MatchRequest,
      {},
      options,
    );
  }

  askRequest(requestId: string, question: string, options: EditOptions) {
    return this.#http.edit(
      'post',
      `/requests/${id(requestId)}/ask`,
      MatchRequest,
      { question },
      options,
    );
  }

  replyRequest(requestId: string, text: string, options: EditOptions) {
    return this.#http.edit(
      'post',
      `/requests/${id(requestId)}/reply`,
      MatchRequest,
      { text },
      options,
    );
  }

  listMentorships(options?: CallOptions) {
    return this.#http.read('/mentorships', MentorshipPage, options);
  }

  getMentorship(mentorshipId: string, options?: CallOptions) {
    return this.#http.read(`/mentorships/${id(mentorshipId)}`, Mentorship, options);
  }

  listGoals(mentorshipId: string, options?: CallOptions) {
    return this.#http.read(`/mentorships/${id(mentorshipId)}/goals`, GoalList, options);
  }

  createGoal(mentorshipId: string, input: CreateGoal, options?: CreateOptions) {
    return this.#http.create(`/mentorships/${id(mentorshipId)}/goals`, Goal, input, options);
  }

  updateGoal(goalId: string, patch: UpdateGoal, options: EditOptions) {
    return this.#http.edit('patch', `/goals/${id(goalId)}`, Goal, patch, options);
  }

  createRecap(goalId: string, input: CreateRecap, options?: CreateOptions) {
    return this.#http.create(`/goals/${id(goalId)}/recaps`, Recap, input, options);
  }

  getSurvey(surveyId: string, options?: CallOptions) {
    return this.#http.read(`/surveys/${id(surveyId)}`, Survey, options);
  }

  submitSurvey(surveyId: string, input: SubmitSurveyResponse, options?: CreateOptions) {
    return this.#http.create(
      `/surveys/${id(surveyId)}/responses`,
      SurveySubmission,
      input,
      options,
    );
  }

  getAgreement(agreementId: string, options?: CallOptions) {
    return this.#http.read(`/agreements/${id(agreementId)}`, Agreement, options);
  }

  updateAgreement(agreementId: string, input: UpdateAgreement, options: EditOptions) {
    return this.#http.edit('put', `/agreements/${id(agreementId)}`, Agreement, input, options);
  }

  signAgreement(agreementId: string, input: SignAgreement, options?: CreateOptions) {
    return this.#http.create(
      `/agreements/${id(agreementId)}/signatures`,
      Agreement,
      input,
      options,
    );
  }

  getAgreementVersion(agreementId: string, version: number, options?: CallOptions) {
    return this.#http.read(
      `/agreements/${id(agreementId)}/versions/${version}`,
      AgreementVersion,
      options,
    );
  }

  getAgreementAudit(agreementId: string, options?: CallOptions) {
    return this.#http.read(`/agreements/${id(agreementId)}/audit`, AuditTrail, options);
  }

  getProgramReport(options?: CallOptions) {
    return this.#http.read('/program/report', ProgramReport, options);
  }
}
