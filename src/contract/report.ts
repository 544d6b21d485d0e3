// Admin-only program outcomes and funnel.
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';

const count = z.int().check(z.gte(0));
const rate = z.nullable(z.number().check(z.gte(0), z.lte(1)));

export const ProgramReport = z.object({
  programId: Id,
  generatedAt: Timestamp,
  participants: z.object({ mentors: count, mentees: count }),
  requests: z.object({
    sent: count,
    pending: count,
    needsInfo: count,
    accepted: count,
    declined: count,
    withdrawn: count,
    expired: count,
  }),
  /** accepted / (accepted + declined + expired); null before any answer. */
  acceptanceRate: rate,
  medianHoursToFirstAnswer: z.nullable(z.number().check(z.gte(0))),
  activeMentorships: count,
  agreementsSigned: count,
  goals: z.object({ total: count, completed: count }),
  /** doneOnTime: done, with a completion time on or before the due date (see report-rules.ts). */
  actionItems: z.object({ total: count, doneOnTime: count }),
  /** Average of every rating answer, each scaled to 1-5; null without answers. */
  averageRelationshipRating: z.nullable(z.number()),
  /** Net promoter score, -100..100; null without answers. */
  nps: z.nullable(z.number().check(z.gte(-100), z.lte(100))),
});
export type ProgramReport = z.infer<typeof ProgramReport>;
