// Match requests and their life: pending -> needs-info -> accepted | declined | withdrawn | expired.
import * as z from 'zod/mini';
import { Id, Text, ShortText, LongText, Timestamp, Version, page } from './common.js';

export const RequestStatus = z.enum([
  'pending',
  'needs-info',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
]);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const DeclineReason = z.enum(['capacity', 'not-a-fit', 'busy', 'other']);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const ThreadMessage = z.object({
  authorId: Id,
  kind: z.enum(['question', 'reply']),
  text: LongText(2000),
  at: Timestamp,
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

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
  thread: z.array(ThreadMessage),
  decline: z.nullable(z.object({ reason: DeclineReason, note: z.nullable(LongText(1000)) })),
  mentorshipId: z.nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When an unanswered request expires. */
  expiresAt: Timestamp,
  /** When the mentor first answered (accept, decline or question). */
  firstAnsweredAt: z.nullable(Timestamp),
  version: Version,
});
export type MatchRequest = z.infer<typeof MatchRequest>;

export const CreateRequest = z.strictObject({
  mentorId: Id,
  message: Text({ min: 20, max: 2000, multiLine: true }),
  goals: z.array(ShortText(200)).check(z.minLength(1), z.maxLength(5)),
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
