// Surveys and answers. Answers marked anonymous never carry the author's id to anyone else, and in
// two-sided surveys each partner sees the other's answers only after both have submitted.
import { and, eq } from 'drizzle-orm';
import {
  ProblemCode,
  type SubmitSurveyResponse,
  type Survey,
  type SurveyResponse,
  type SurveySubmission,
} from '../../src/contract/index.js';
import { validateAnswers } from '../../src/contract/survey-rules.js';
import type { Tx } from '../db/connection.js';
import { mentorships, surveyResponses, surveys } from '../db/schema.js';
import { newId } from '../ids.js';
import { problems } from '../problems.js';
import { isAdmin, type PersonRow } from './people.js';

type SurveyRow = typeof surveys.$inferSelect;
type ResponseRow = typeof surveyResponses.$inferSelect;

async function visibleSurvey(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<{ survey: SurveyRow; partnerId: string | null }> {
  const [survey] = await tx.select().from(surveys).where(eq(surveys.id, id));
  if (!survey || survey.programId !== viewer.programId) throw problems.notFound('This survey');
  if (!survey.mentorshipId) return { survey, partnerId: null };
  const [mentorship] = await tx
    .select()
    .from(mentorships)
    .where(eq(mentorships.id, survey.mentorshipId));
  const partnerId =
    mentorship?.mentorId === viewer.id
      ? mentorship.menteeId
      : mentorship?.menteeId === viewer.id
        ? mentorship.mentorId
        : null;
  if (!partnerId && !isAdmin(viewer)) throw problems.notFound('This survey');
  return { survey, partnerId };
}

const toSurvey = (row: SurveyRow, submitted: boolean): Survey => ({
  id: row.id,
  programId: row.programId,
  mentorshipId: row.mentorshipId,
  kind: row.kind,
  title: row.title,
  intro: row.intro,
  anonymousToPartner: row.anonymousToPartner,
  twoSided: row.twoSided,
  questions: row.questions,
  submitted,
  closesAt: row.closesAt?.toISOString() ?? null,
  version: row.version,
});

async function responseOf(
  tx: Tx,
  surveyId: string,
  authorId: string,
): Promise<ResponseRow | undefined> {
  const [row] = await tx
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.authorId, authorId)));
  return row;
}

export async function getSurvey(tx: Tx, viewer: PersonRow, id: string): Promise<Survey> {
  const { survey } = await visibleSurvey(tx, viewer, id);
  return toSurvey(survey, Boolean(await responseOf(tx, id, viewer.id)));
}

/** How `viewer` may see a stored response: anonymous ones lose the author unless it is theirs. */
function toResponse(row: ResponseRow, viewer: PersonRow): SurveyResponse {
  return {
    id: row.id,
    surveyId: row.surveyId,
    authorId: row.anonymous && row.authorId !== viewer.id ? null : row.authorId,
    answers: row.answers,
    anonymous: row.anonymous,
    submittedAt: row.submittedAt.toISOString(),
  };
}

export async function submitSurvey(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  input: SubmitSurveyResponse,
  now: Date,
): Promise<SurveySubmission> {
  const { survey, partnerId } = await visibleSurvey(tx, viewer, id);
  if (survey.mentorshipId && !partnerId)
    throw problems.forbidden('Only the two partners answer this survey.');
  if (survey.closesAt && survey.closesAt.getTime() <= now.getTime())
    throw problems.conflict('survey-closed', 'This survey is closed.');
  const errors = validateAnswers(survey, input.answers);
  if (errors.length) throw problems.validation(errors, 'Some answers need attention.');
  if (await responseOf(tx, id, viewer.id))
    throw problems.conflict(ProblemCode.alreadySubmitted, 'You have already answered this survey.');
  const [row] = await tx
    .insert(surveyResponses)
    .values({
      id: newId('resp'),
      surveyId: id,
      authorId: viewer.id,
      answers: input.answers,
      anonymous: survey.anonymousToPartner || (input.anonymous ?? false),
      submittedAt: now,
    })
    .returning();
  const partner = survey.twoSided && partnerId ? await responseOf(tx, id, partnerId) : undefined;
  return {
    response: toResponse(row!, viewer),
    partnerResponse: partner ? toResponse(partner, viewer) : null,
    waitingForPartner: survey.twoSided && Boolean(partnerId) && !partner,
  };
}
