// Ending a mentorship without fault: either partner, an optional private reason, and the
// close-out survey that becomes due for both partners.
import * as z from 'zod/mini';
import { Id, LongText } from './common.js';
import { Mentorship } from './mentorship.js';

export const EndMentorship = z.strictObject({
  /** Private: kept for the program team, never shown to the partner. */
  reason: z._default(LongText(1000), ''),
});
export type EndMentorship = z.input<typeof EndMentorship>;

export const EndedMentorship = z.object({
  mentorship: Mentorship,
  /** The close-out survey both partners now answer (see `closeOutSurveyId`). */
  closeOutSurveyId: Id,
});
export type EndedMentorship = z.infer<typeof EndedMentorship>;

/** The close-out survey of a mentorship has a known id, so any widget can find it. */
export function closeOutSurveyId(mentorshipId: string): string {
  return `close-out-${mentorshipId}`.slice(0, 64);
}
