// Surveys: answers checked against the definition; anonymous answers never name their author to
// anyone else; in two-sided surveys each side sees the other's answers only once both answered.
import {
  ProblemCode,
  SubmitSurveyResponse,
  type Survey,
  type SurveyResponse,
  type SurveySubmission,
} from '../contract/index.js';
import { validateAnswers } from '../contract/survey-rules.js';
import type { SurveyDefinition, SurveyResponseRow } from '../fixtures/index.js';
import { problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

function visibleSurvey(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
): { survey: SurveyDefinition; partnerId: string | null } {
  const survey = store.surveys.get(id);
  if (!survey) throw problems.notFound('This survey');
  if (!survey.mentorshipId) return { survey, partnerId: null };
  const mentorship = store.mentorships.get(survey.mentorshipId);
  const me = viewer.person.id;
  const partnerId =
    mentorship?.mentorId === me
      ? mentorship.menteeId
      : mentorship?.menteeId === me
        ? mentorship.mentorId
        : null;
  if (!partnerId && !viewer.isAdmin) throw problems.notFound('This survey');
  return { survey, partnerId };
}

const responseOf = (store: MemoryStore, surveyId: string, authorId: string) =>
  store.responses.find((r) => r.surveyId === surveyId && r.authorId === authorId);

/** How `viewer` may see a stored response: an anonymous one loses its author unless it is theirs. */
function toResponse(row: SurveyResponseRow, viewer: Viewer): SurveyResponse {
  return {
    ...row,
    authorId: row.anonymous && row.authorId !== viewer.person.id ? null : row.authorId,
  };
}

export function getSurvey(store: MemoryStore, viewer: Viewer, id: string): Survey {
  const { survey } = visibleSurvey(store, viewer, id);
  return { ...survey, submitted: Boolean(responseOf(store, id, viewer.person.id)) };
}

export function submitSurvey(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  raw: SubmitSurveyResponse,
): SurveySubmission {
  const input = validate(SubmitSurveyResponse, raw);
  const { survey, partnerId } = visibleSurvey(store, viewer, id);
  if (survey.mentorshipId && !partnerId)
    throw problems.forbidden('Only the two partners answer this survey.');
  const now = store.now();
  if (survey.closesAt && Date.parse(survey.closesAt) <= now.getTime())
    throw problems.conflict('survey-closed', 'This survey is closed.');
  const errors = validateAnswers(survey, input.answers);
  if (errors.length) throw problems.validation(errors, 'Some answers need attention.');
  if (responseOf(store, id, viewer.person.id))
    throw problems.conflict(ProblemCode.alreadySubmitted, 'You have already answered this survey.');
  const row: SurveyResponseRow = {
    id: store.newId('resp'),
    surveyId: id,
    authorId: viewer.person.id,
    answers: input.answers,
    anonymous: survey.anonymousToPartner || input.anonymous,
    submittedAt: now.toISOString(),
  };
  store.responses.push(row);
  const partner = survey.twoSided && partnerId ? responseOf(store, id, partnerId) : undefined;
  return {
    response: toResponse(row, viewer),
    partnerResponse: partner ? toResponse(partner, viewer) : null,
    waitingForPartner: survey.twoSided && Boolean(partnerId) && !partner,
  };
}
