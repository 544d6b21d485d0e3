// The one interface every widget talks to. HttpMentoringApi implements it over the HTTP contract;
// MemoryMentoringApi implements it in memory with the same rules (stories, tests, prototypes).
import type {
  Me,
  MentorQuery,
  MentorPage,
  MentorProfile,
  MentorCard,
  UpdateAvailability,
  RequestQuery,
  RequestPage,
  MatchRequest,
  CreateRequest,
  DeclineRequest,
  Mentorship,
  MentorshipPage,
  Goal,
  GoalList,
  CreateGoal,
  UpdateGoal,
  Recap,
  CreateRecap,
  Survey,
  SubmitSurveyResponse,
  SurveySubmission,
  Agreement,
  UpdateAgreement,
  SignAgreement,
  AgreementVersion,
  AuditTrail,
  ProgramReport,
} from '../contract/index.js';

/** Options every call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * Options for calls that create something. The same `idempotencyKey` must be reused when the
 * same logical submit is retried (e.g. after a timeout), so the server creates it only once.
 * Omit it and the implementation makes one per call.
 */
export interface CreateOptions extends CallOptions {
  idempotencyKey?: string;
}

/** Options for edits and transitions: the version the person saw (`If-Match`). */
export interface EditOptions extends CallOptions {
  version: number;
}

export interface MentoringApi {
  getMe(options?: CallOptions): Promise<Me>;

  searchMentors(query: MentorQuery, options?: CallOptions): Promise<MentorPage>;
  getMentor(id: string, options?: CallOptions): Promise<MentorProfile>;
  /** One mentor as the signed-in mentee's card shows them (score, reasons, can they ask). */
  getMentorMatch(id: string, options?: CallOptions): Promise<MentorCard>;
  /** The signed-in mentor's capacity and pause (optionally declining every open request). */
  updateAvailability(input: UpdateAvailability, options?: CallOptions): Promise<MentorProfile>;

  listRequests(query: RequestQuery, options?: CallOptions): Promise<RequestPage>;
  getRequest(id: string, options?: CallOptions): Promise<MatchRequest>;
  createRequest(input: CreateRequest, options?: CreateOptions): Promise<MatchRequest>;
  acceptRequest(id: string, options: EditOptions): Promise<MatchRequest>;
  declineRequest(id: string, input: DeclineRequest, options: EditOptions): Promise<MatchRequest>;
  withdrawRequest(id: string, options: EditOptions): Promise<MatchRequest>;
  askRequest(id: string, question: string, options: EditOptions): Promise<MatchRequest>;
  replyRequest(id: string, text: string, options: EditOptions): Promise<MatchRequest>;

  listMentorships(options?: CallOptions): Promise<MentorshipPage>;
  getMentorship(id: string, options?: CallOptions): Promise<Mentorship>;

  listGoals(mentorshipId: string, options?: CallOptions): Promise<GoalList>;
  createGoal(mentorshipId: string, input: CreateGoal, options?: CreateOptions): Promise<Goal>;
  updateGoal(goalId: string, patch: UpdateGoal, options: EditOptions): Promise<Goal>;
  createRecap(goalId: string, input: CreateRecap, options?: CreateOptions): Promise<Recap>;

  getSurvey(id: string, options?: CallOptions): Promise<Survey>;
  submitSurvey(
    id: string,
    input: SubmitSurveyResponse,
    options?: CreateOptions,
  ): Promise<SurveySubmission>;

  getAgreement(id: string, options?: CallOptions): Promise<Agreement>;
  updateAgreement(id: string, input: UpdateAgreement, options: EditOptions): Promise<Agreement>;
  signAgreement(id: string, input: SignAgreement, options?: CreateOptions): Promise<Agreement>;
  getAgreementVersion(
    id: string,
    version: number,
    options?: CallOptions,
  ): Promise<AgreementVersion>;
  getAgreementAudit(id: string, options?: CallOptions): Promise<AuditTrail>;

  getProgramReport(options?: CallOptions): Promise<ProgramReport>;
}
