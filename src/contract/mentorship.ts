// Partnerships (their goals and session recaps are in ./goal.ts).
import * as z from 'zod/mini';
import { Id, ShortText, Timestamp, Version, page } from './common.js';
import { ProgramType } from './person.js';

export const Mentorship = z.object({
  id: Id,
  programId: Id,
  programType: ProgramType,
  requestId: z.nullable(Id),
  mentorId: Id,
  menteeId: Id,
  mentorName: ShortText(120),
  menteeName: ShortText(120),
  status: z.enum(['active', 'ended']),
  agreementId: z.nullable(Id),
  startedAt: Timestamp,
  endedAt: z.nullable(Timestamp),
  version: Version,
});
export type Mentorship = z.infer<typeof Mentorship>;

export const MentorshipPage = page(Mentorship);
export type MentorshipPage = z.infer<typeof MentorshipPage>;
