// Who sees what of a survey's answers, shared by the server and the memory API: an anonymous
// answer never names its author to anyone else, and in a two-sided survey the partner's answers
// come only once both partners have answered.
import { ProblemCode, type FieldError } from './problem.js';
import type { AnswerValue, Survey, SurveyResponse, SurveySubmission } from './survey.js';
import { surveyStatus, validateAnswers } from './survey-rules.js';

/** A stored response always knows its author. */
export interface StoredResponse extends Omit<SurveyResponse, 'authorId'> {
  authorId: string;
}

/** `row` as `viewerId` may see it: an anonymous answer loses its author unless it is theirs. */
export function responseSeenBy(row: StoredResponse, viewerId: string): SurveyResponse {
  return {
    id: row.id,
    surveyId: row.surveyId,
    authorId: row.anonymous && row.authorId !== viewerId ? null : row.authorId,
    answers: row.answers,
    anonymous: row.anonymous,
    submittedAt: row.submittedAt,
  };
}

/** My response and, in a two-sided survey once the partner answered too, theirs. */
export function submissionFor(
  survey: Pick<Survey, 'twoSided'>,
  mine: StoredResponse,
  partner: StoredResponse | undefined,
  partnerId: string | null,
  viewerId: string,
): SurveySubmission {
  const reveal = survey.twoSided && partnerId !== null && partner !== undefined;
  return {
    response: responseSeenBy(mine, viewerId),
    partnerResponse: reveal ? responseSeenBy(partner, viewerId) : null,
    waitingForPartner: survey.twoSided && partnerId !== null && !partner,
  };
}

/** The id of the other partner when `viewerId` is one of the two, else null. */
export function partnerOf(
  mentorship: { mentorId: string; menteeId: string } | undefined,
  viewerId: string,
): string | null {
  if (mentorship?.mentorId === viewerId) return mentorship.menteeId;
  if (mentorship?.menteeId === viewerId) return mentorship.mentorId;
  return null;
}

export type SurveyRefusal =
  | { kind: 'forbidden'; detail: string }
  | { kind: 'conflict'; code: string; detail: string }
  | { kind: 'validation'; errors: FieldError[]; detail: string };

/** Why a submit is refused (in the order a person should hear it), or null when it is taken. */
export function refuseSubmit(
  survey: Pick<Survey, 'mentorshipId' | 'opensAt' | 'closesAt' | 'questions' | 'sections'>,
  context: {
    partnerId: string | null;
    now: Date;
    answers: Record<string, AnswerValue>;
    alreadyAnswered: boolean;
  },
): SurveyRefusal | null {
  if (survey.mentorshipId && !context.partnerId)
    return { kind: 'forbidden', detail: 'Only the two partners answer this survey.' };
  const status = surveyStatus(survey, context.now);
  if (status === 'scheduled')
    return {
      kind: 'conflict',
      code: ProblemCode.surveyNotOpen,
      detail: 'This survey is not open yet.',
    };
  if (status === 'closed')
    return { kind: 'conflict', code: ProblemCode.surveyClosed, detail: 'This survey is closed.' };
  const errors = validateAnswers(survey, context.answers);
  if (errors.length) return { kind: 'validation', errors, detail: 'Some answers need attention.' };
  if (context.alreadyAnswered)
    return {
      kind: 'conflict',
      code: ProblemCode.alreadySubmitted,
      detail: 'You have already answered this survey.',
    };
  return null;
}
