// Surveys in memory, on the shared rules: answers checked against the definition (show-if
// included), anonymous answers never name their author to anyone else, two-sided answers stay
// hidden until both partners answered, and admins see aggregates with small groups withheld.
import {
  SubmitSurveyResponse,
  type DueSurvey,
  type Survey,
  type SurveyResults,
  type SurveySubmission,
} from '../contract/index.js';
import { partnerOf, refuseSubmit, submissionFor } from '../contract/survey-access.js';
import { computeSurveyResults } from '../contract/survey-results.js';
import { pickDueSurvey, surveyStatus } from '../contract/survey-rules.js';
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
  const partnerId = partnerOf(store.mentorships.get(survey.mentorshipId), viewer.person.id);
  if (!partnerId && !viewer.isAdmin) throw problems.notFound('This survey');
  return { survey, partnerId };
}

const responseOf = (store: MemoryStore, surveyId: string, authorId: string | null) =>
  authorId === null
    ? undefined
    : store.responses.find((r) => r.surveyId === surveyId && r.authorId === authorId);

const withViewerState = (store: MemoryStore, viewer: Viewer, survey: SurveyDefinition): Survey => ({
  ...survey,
  submitted: Boolean(responseOf(store, survey.id, viewer.person.id)),
  status: surveyStatus(survey, store.now()),
});

export function getSurvey(store: MemoryStore, viewer: Viewer, id: string): Survey {
  return withViewerState(store, viewer, visibleSurvey(store, viewer, id).survey);
}

export function submitSurvey(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  raw: SubmitSurveyResponse,
): SurveySubmission {
  const input = validate(SubmitSurveyResponse, raw);
  const { survey, partnerId } = visibleSurvey(store, viewer, id);
  const now = store.now();
  const refusal = refuseSubmit(survey, {
    partnerId,
    now,
    answers: input.answers,
    alreadyAnswered: Boolean(responseOf(store, id, viewer.person.id)),
  });
  if (refusal) throw problems.surveyRefused(refusal);
  const row: SurveyResponseRow = {
    id: store.newId('resp'),
    surveyId: id,
    authorId: viewer.person.id,
    answers: input.answers,
    anonymous: survey.anonymousToPartner || input.anonymous,
    submittedAt: now.toISOString(),
  };
  store.responses.push(row);
  return submissionFor(survey, row, responseOf(store, id, partnerId), partnerId, viewer.person.id);
}

export function getMySurveyResponse(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
): SurveySubmission {
  const { survey, partnerId } = visibleSurvey(store, viewer, id);
  const mine = responseOf(store, id, viewer.person.id);
  if (!mine) throw problems.notFound('Your answer to this survey');
  return submissionFor(survey, mine, responseOf(store, id, partnerId), partnerId, viewer.person.id);
}

export function getDueSurvey(store: MemoryStore, viewer: Viewer, mentorshipId: string): DueSurvey {
  const mentorship = store.mentorships.get(mentorshipId);
  if (!mentorship || (!partnerOf(mentorship, viewer.person.id) && !viewer.isAdmin))
    throw problems.notFound('This mentorship');
  const candidates = [...store.surveys.values()]
    .filter((s) => s.mentorshipId === null || s.mentorshipId === mentorshipId)
    .map((s) => withViewerState(store, viewer, s));
  return { survey: pickDueSurvey(candidates, mentorship, store.now()) };
}

export function getSurveyResults(store: MemoryStore, viewer: Viewer, id: string): SurveyResults {
  if (!viewer.isAdmin) throw problems.forbidden('Only program admins see survey results.');
  const survey = store.surveys.get(id);
  if (!survey) throw problems.notFound('This survey');
  const invited = survey.mentorshipId
    ? 2
    : new Set(
        [...store.mentorships.values()]
          .filter((m) => m.status === 'active')
          .flatMap((m) => [m.mentorId, m.menteeId]),
      ).size;
  return computeSurveyResults({
    survey,
    responses: store.responses.filter((r) => r.surveyId === id),
    invited,
    minGroupSize: store.minGroupSize,
    now: store.now(),
  });
}
