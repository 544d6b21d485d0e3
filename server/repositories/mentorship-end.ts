// No-fault exit: either partner ends the mentorship. In one transaction the mentorship ends, the
// mentor's spot is freed (the directory's change feed sees the people row change), the agreement
// becomes read-only with an `ended` event, and the close-out survey becomes due for both.
import { eq, sql } from 'drizzle-orm';
import { ProblemCode, type EndMentorship, type EndedMentorship } from '../../src/contract/index.js';
import { closeOutSurvey } from '../../src/fixtures/close-out-survey.js';
import type { Tx } from '../db/connection.js';
import { mentorships, people, surveys } from '../db/schema.js';
import { assertVersion, problems } from '../problems.js';
import { endAgreement } from './agreements.js';
import { getMentorship } from './mentorships.js';
import { isAdmin, type PersonRow } from './people.js';

export async function endMentorship(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  expectedVersion: number,
  input: Required<EndMentorship>,
  now: Date,
): Promise<EndedMentorship> {
  const [row] = await tx.select().from(mentorships).where(eq(mentorships.id, id)).for('update');
  const partner = row && (row.mentorId === viewer.id || row.menteeId === viewer.id);
  if (!row || !(partner || isAdmin(viewer))) throw problems.notFound('This mentorship');
  if (!partner) throw problems.forbidden('Only the two partners can end their mentorship.');
  assertVersion(expectedVersion, row.version);
  if (row.status !== 'active')
    throw problems.conflict(ProblemCode.mentorshipEnded, 'This mentorship has already ended.');
  await tx
    .update(mentorships)
    .set({
      status: 'ended',
      endedAt: now,
      endedBy: viewer.id,
      endReason: input.reason || null,
      version: row.version + 1,
    })
    .where(eq(mentorships.id, id));
  await tx
    .update(people)
    .set({ activeMentees: sql`greatest(${people.activeMentees} - 1, 0)` })
    .where(eq(people.id, row.mentorId));
  if (row.agreementId) await endAgreement(tx, row.agreementId, viewer.id, now);
  const survey = closeOutSurvey({ programId: row.programId, mentorshipId: id, endedAt: now });
  await tx
    .insert(surveys)
    .values({
      ...survey,
      opensAt: survey.opensAt ? new Date(survey.opensAt) : null,
      closesAt: survey.closesAt ? new Date(survey.closesAt) : null,
    })
    .onConflictDoNothing();
  return { mentorship: await getMentorship(tx, viewer, id), closeOutSurveyId: survey.id };
}
