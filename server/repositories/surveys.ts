// Surveys and answers, on the shared rules (src/contract/survey-*.ts): show-if and answer checks,
// anonymous answers that never carry the author's id to anyone else, two-sided answers hidden
// until both partners answered, and admin results with small groups withheld.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type {
  DueSurvey,
  SubmitSurveyResponse,
  Survey,
  SurveyResults,
  SurveySubmission,
} from '../../src/contract/index.js';
import {
  partnerOf,
  refuseSubmit,
  submissionFor,
  type StoredResponse,
} from '../../src/contract/survey-access.js';
import { computeSurveyResults } from '../../src/contract/survey-results.js';
import { pickDueSurvey, surveyStatus } from '../../src/contract/survey-rules.js';
import type { Tx } from '../db/connection.js';
import { rawRows } from '../db/sql.js';
import { mentorships, surveyResponses, surveys } from '../db/schema.js';
import { newId } from '../ids.js';
import { problems } from '../problems.js';
import { isAdmin, type PersonRow } from './people.js';

type SurveyRow = typeof surveys.$inferSelect;
type ResponseRow = typeof surveyResponses.$inferSelect;

/** The row with its dates as the contract writes them. */
const definitionOf = (row: SurveyRow) => ({
  ...row,
  opensAt: row.opensAt?.toISOString() ?? null,
  closesAt: row.closesAt?.toISOString() ?? null,
});

const stored = (row: ResponseRow): StoredResponse => ({
  ...row,
  submittedAt: row.submittedAt.toISOString(),
});

async function visibleSurvey(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<{ survey: ReturnType<typeof definitionOf>; partnerId: string | null }> {
  const [row] = await tx.select().from(surveys).where(eq(surveys.id, id));
  if (!row || row.programId !== viewer.programId) throw problems.notFound('This survey');
  const survey = definitionOf(row);
  if (!row.mentorshipId) return { survey, partnerId: null };
  const [mentorship] = await tx
    .select()
    .from(mentorships)
    .where(eq(mentorships.id, row.mentorshipId));
  const partnerId = partnerOf(mentorship, viewer.id);
  if (!partnerId && !isAdmin(viewer)) throw problems.notFound('This survey');
  return { survey, partnerId };
}

const toSurvey = (
  survey: ReturnType<typeof definitionOf>,
  submitted: boolean,
  now: Date,
): Survey => ({
  id: survey.id,
  programId: survey.programId,
  mentorshipId: survey.mentorshipId,
  kind: survey.kind,
  title: survey.title,
  intro: survey.intro,
  anonymousToPartner: survey.anonymousToPartner,
  twoSided: survey.twoSided,
  sections: survey.sections,
  questions: survey.questions,
  submitted,
  status: surveyStatus(survey, now),
  opensAt: survey.opensAt,
  closesAt: survey.closesAt,
  version: survey.version,
});

async function responseOf(
  tx: Tx,
  surveyId: string,
  authorId: string | null,
): Promise<StoredResponse | undefined> {
  if (authorId === null) return undefined;
  const [row] = await tx
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.authorId, authorId)));
  return row && stored(row);
}

export async function getSurvey(tx: Tx, viewer: PersonRow, id: string, now: Date): Promise<Survey> {
  const { survey } = await visibleSurvey(tx, viewer, id);
  return toSurvey(survey, Boolean(await responseOf(tx, id, viewer.id)), now);
}

export async function submitSurvey(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  input: SubmitSurveyResponse,
  now: Date,
): Promise<SurveySubmission> {
  const { survey, partnerId } = await visibleSurvey(tx, viewer, id);
  const refusal = refuseSubmit(survey, {
    partnerId,
    now,
    answers: input.answers,
    alreadyAnswered: Boolean(await responseOf(tx, id, viewer.id)),
  });
  if (refusal) throw problems.surveyRefused(refusal);
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
  const partner = await responseOf(tx, id, partnerId);
  return submissionFor(survey, stored(row!), partner, partnerId, viewer.id);
}

export async function getMySurveyResponse(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<SurveySubmission> {
  const { survey, partnerId } = await visibleSurvey(tx, viewer, id);
  const mine = await responseOf(tx, id, viewer.id);
  if (!mine) throw problems.notFound('Your answer to this survey');
  return submissionFor(survey, mine, await responseOf(tx, id, partnerId), partnerId, viewer.id);
}

export async function getDueSurvey(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  now: Date,
): Promise<DueSurvey> {
  const [mentorship] = await tx.select().from(mentorships).where(eq(mentorships.id, mentorshipId));
  if (
    !mentorship ||
    mentorship.programId !== viewer.programId ||
    (!partnerOf(mentorship, viewer.id) && !isAdmin(viewer))
  )
    throw problems.notFound('This mentorship');
  const rows = await tx
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.programId, viewer.programId),
        or(isNull(surveys.mentorshipId), eq(surveys.mentorshipId, mentorshipId)),
      ),
    );
  const answered = rows.length
    ? await tx
        .select({ surveyId: surveyResponses.surveyId })
        .from(surveyResponses)
        .where(
          and(
            eq(surveyResponses.authorId, viewer.id),
            inArray(
              surveyResponses.surveyId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const done = new Set(answered.map((r) => r.surveyId));
  const candidates = rows.map((row) => toSurvey(definitionOf(row), done.has(row.id), now));
  const due = pickDueSurvey(
    candidates,
    { ...mentorship, startedAt: mentorship.startedAt.toISOString() },
    now,
  );
  return { survey: due };
}

export async function getSurveyResults(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  now: Date,
  minGroupSize: number,
): Promise<SurveyResults> {
  if (!isAdmin(viewer)) throw problems.forbidden('Only program admins see survey results.');
  const [row] = await tx.select().from(surveys).where(eq(surveys.id, id));
  if (!row || row.programId !== viewer.programId) throw problems.notFound('This survey');
  const responses = await tx
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, id));
  let invited = 2;
  if (!row.mentorshipId) {
    const [counted] = await rawRows<{ n: number }>(
      tx,
      sql`
      select count(distinct person)::int as n from (
        select ${mentorships.mentorId} as person from ${mentorships}
          where ${mentorships.programId} = ${row.programId} and ${mentorships.status} = 'active'
        union
        select ${mentorships.menteeId} from ${mentorships}
          where ${mentorships.programId} = ${row.programId} and ${mentorships.status} = 'active'
      ) participants`,
    );
    invited = Number(counted?.n ?? 0);
  }
  return computeSurveyResults({ survey: row, responses, invited, minGroupSize, now });
}
