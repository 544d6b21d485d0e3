// Match requests and their life: pending -> needs-info -> accepted | declined | withdrawn | expired.
import * as z from 'zod/mini';
import { Id, Text, ShortText, LongText, Timestamp, Version, page } from './common.js';
import { Cadence, MeetingFormat } from './person.js';
import { Match } from './directory.js';

import { DECLINE_REASONS, REQUEST_LIMITS } from './values.js';

export { REQUEST_LIMITS };

export const RequestStatus = z.enum([
  'pending',
  'needs-info',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
]);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const DeclineReason = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const ThreadMessage = z.object({
  authorId: Id,
  kind: z.enum(['question', 'reply']),
  text: LongText(2000),
  at: Timestamp,
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/** How the mentee would like to work together; null where they left it open. */
export const RequestPreferences = z.object({
  cadence: z.nullable(Cadence),
  format: z.nullable(MeetingFormat),
  durationWeeks: z.nullable(
    z.int().check(z.gte(REQUEST_LIMITS.durationMinWeeks), z.lte(REQUEST_LIMITS.durationMaxWeeks)),
  ),
});
export type RequestPreferences = z.infer<typeof RequestPreferences>;

/** Why a request was withdrawn: by the mentee, or by the program when another one was accepted. */
export const WithdrawnReason = z.enum(['mentee', 'matched-elsewhere']);
export type WithdrawnReason = z.infer<typeof WithdrawnReason>;

export const MatchRequest = z.object({
  id: Id,
  programId: Id,
  menteeId: Id,
  mentorId: Id,
  menteeName: ShortText(120),
  mentorName: ShortText(120),
  status: RequestStatus,
  message: LongText(2000),
  goals: z.array(ShortText(200)).check(z.maxLength(5)),
  /** What the mentee expects from the mentor (may be empty). */
  expectations: LongText(REQUEST_LIMITS.expectationsMax),
  preferences: RequestPreferences,
  thread: z.array(ThreadMessage),
  decline: z.nullable(z.object({ reason: DeclineReason, note: z.nullable(LongText(1000)) })),
  withdrawnReason: z.nullable(WithdrawnReason),
  mentorshipId: z.nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When an unanswered request expires. */
  expiresAt: Timestamp,
  /** When the mentor first answered (accept, decline or question). */
  firstAnsweredAt: z.nullable(Timestamp),
  version: Version,
  /** In the mentor's inbox (`role=mentor`): how well the mentee matches them, and why. */
  match: z.optional(Match),
});
export type MatchRequest = z.infer<typeof MatchRequest>;

export const CreateRequest = z.strictObject({
  mentorId: Id,
  message: Text({
    min: REQUEST_LIMITS.messageMin,
    max: REQUEST_LIMITS.messageMax,
    multiLine: true,
  }),
  goals: z
    .array(ShortText(REQUEST_LIMITS.goalMax))
    .check(z.minLength(1), z.maxLength(REQUEST_LIMITS.goalsMax)),
  expectations: z.optional(Text({ max: REQUEST_LIMITS.expectationsMax, multiLine: true })),
  preferences: z.optional(
    z.strictObject({
      cadence: z.optional(z.nullable(Cadence)),
      format: z.optional(z.nullable(MeetingFormat)),
      durationWeeks: z.optional(RequestPreferences.shape.durationWeeks),
    }),
  ),
});
export type CreateRequest = z.infer<typeof CreateRequest>;

export const DeclineRequest = z.strictObject({
  reason: DeclineReason,
  note: z.optional(Text({ max: 1000, multiLine: true })),
});
export type DeclineRequest = z.infer<typeof DeclineRequest>;

export const AskRequest = z.strictObject({
  question: Text({ min: 1, max: 2000, multiLine: true }),
});
export type AskRequest = z.infer<typeof AskRequest>;

export const ReplyRequest = z.strictObject({
  text: Text({ min: 1, max: 2000, multiLine: true }),
});
export type ReplyRequest = z.infer<typeof ReplyRequest>;

export const EmptyBody = z.strictObject({});

export const RequestQuery = z.object({
  role: z.enum(['mentee', 'mentor']),
  status: z.optional(z.array(RequestStatus).check(z.maxLength(6))),
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
});
export type RequestQuery = z.infer<typeof RequestQuery>;

export const RequestPage = page(MatchRequest);
export type RequestPage = z.infer<typeof RequestPage>;

export const RequestTransition = z.enum(['accept', 'decline', 'withdraw', 'ask', 'reply']);
export type RequestTransition = z.infer<typeof RequestTransition>;
