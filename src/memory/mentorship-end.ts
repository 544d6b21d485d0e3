// No-fault exit in memory: the mentorship ends, the mentor's spot is free at once (the directory
// index hears of it), the agreement becomes read-only with an `ended` event, and the close-out
// survey becomes due for both partners.
import { EndMentorship, ProblemCode, type EndedMentorship } from '../contract/index.js';
import { closeOutSurvey, endAgreementRecord } from '../fixtures/index.js';
import { assertVersion, problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

export async function endMentorship(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  raw: EndMentorship,
): Promise<EndedMentorship> {
  const input = validate(EndMentorship, raw);
  const mentorship = store.mentorships.get(id);
  const partner =
    mentorship?.mentorId === viewer.person.id || mentorship?.menteeId === viewer.person.id;
  if (!mentorship || !(partner || viewer.isAdmin)) throw problems.notFound('This mentorship');
  if (!partner) throw problems.forbidden('Only the two partners can end their mentorship.');
  assertVersion(expectedVersion, mentorship.version);
  if (mentorship.status !== 'active')
    throw problems.conflict(ProblemCode.mentorshipEnded, 'This mentorship has already ended.');
  const now = store.now();
  const at = now.toISOString();
  mentorship.status = 'ended';
  mentorship.endedAt = at;
  mentorship.version++;
  store.endReasons.set(id, { by: viewer.person.id, reason: input.reason });
  const mentor = store.mentors.get(mentorship.mentorId);
  if (mentor) {
    mentor.activeMentees = Math.max(0, mentor.activeMentees - 1);
    store.directory.upsert(mentor); // a spot opens: availability and scores change
  }
  const record = mentorship.agreementId ? store.agreements.get(mentorship.agreementId) : undefined;
  if (record) await endAgreementRecord(record, viewer.person.id, at);
  const survey = closeOutSurvey({
    programId: mentorship.programId,
    mentorshipId: id,
    endedAt: now,
  });
  store.surveys.set(survey.id, survey);
  return { mentorship, closeOutSurveyId: survey.id };
}
