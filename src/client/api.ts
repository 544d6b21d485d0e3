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
  GoalOrder,
  CreateGoal,
  UpdateGoal,
  Recap,
  RecapPage,
  RecapQuery,
  CreateRecap,
  ActionItem,
  ActionItemList,
  ActionItemQuery,
  UpdateActionItem,
  Survey,
  SubmitSurveyResponse,
  SurveySubmission,
  DueSurvey,
  SurveyResults,
  Agreement,
  UpdateAgreement,
  SignAgreement,
  AgreementVersion,
  AuditTrail,
  ProgramReport,
  EndMentorship,
  EndedMentorship,
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
  /** No-fault exit by either partner (If-Match: the mentorship version seen). */
  endMentorship(id: string, input: EndMentorship, options: EditOptions): Promise<EndedMentorship>;

  listGoals(mentorshipId: string, options?: CallOptions): Promise<GoalList>;
  createGoal(mentorshipId: string, input: CreateGoal, options?: CreateOptions): Promise<Goal>;
  getGoal(goalId: string, options?: CallOptions): Promise<Goal>;
  updateGoal(goalId: string, patch: UpdateGoal, options: EditOptions): Promise<Goal>;
  /** Every goal of the mentorship (archived ones too), in the new order; last write wins. */
  reorderGoals(mentorshipId: string, order: GoalOrder, options?: CallOptions): Promise<GoalList>;

  /** Session recaps, newest session first, paged. */
  listRecaps(mentorshipId: string, query?: RecapQuery, options?: CallOptions): Promise<RecapPage>;
  createRecap(mentorshipId: string, input: CreateRecap, options?: CreateOptions): Promise<Recap>;
  /** Action items from every session, oldest first; by default only the open ones. */
  listActionItems(
    mentorshipId: string,
    query?: ActionItemQuery,
    options?: CallOptions,
  ): Promise<ActionItemList>;
  updateActionItem(
    itemId: string,
    patch: UpdateActionItem,
    options: EditOptions,
  ): Promise<ActionItem>;

  getSurvey(id: string, options?: CallOptions): Promise<Survey>;
  submitSurvey(
    id: string,
    input: SubmitSurveyResponse,
    options?: CreateOptions,
  ): Promise<SurveySubmission>;
  /** My answers to a survey and, when revealed, my partner's (404 before I answered). */
  getMySurveyResponse(id: string, options?: CallOptions): Promise<SurveySubmission>;
  /** The survey due now for me in a mentorship (`survey: null` when none is). */
  getDueSurvey(mentorshipId: string, options?: CallOptions): Promise<DueSurvey>;
  /** Admin: response rate and aggregates, small groups withheld. */
  getSurveyResults(id: string, options?: CallOptions): Promise<SurveyResults>;

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
