// RFC 9457 problem details: the shape of every error answer.
import * as z from 'zod/mini';

export const FieldError = z.object({
  /** JSON path of the offending field, e.g. `answers.q1` or `sections.0.body`. */
  path: z.string().check(z.maxLength(300)),
  message: z.string().check(z.maxLength(500)),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z.looseObject({
  type: z._default(z.string().check(z.maxLength(300)), 'about:blank'),
  title: z.string().check(z.maxLength(300)),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  instance: z.optional(z.string().check(z.maxLength(500))),
  /** Field-level validation errors, for forms to show next to each field. */
  errors: z.optional(z.array(FieldError)),
  /** On 409/412: the entity's current version, so a client can reload and retry. */
  currentVersion: z.optional(z.int()),
  /** A stable machine-readable code, e.g. `mentor-full`, `conflict-of-interest`. */
  code: z.optional(z.string().check(z.maxLength(100))),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Stable problem codes shared by the server, the memory API and the widgets' messages. */
export const ProblemCode = {
  validation: 'validation',
  notFound: 'not-found',
  forbidden: 'forbidden',
  unauthenticated: 'unauthenticated',
  versionMismatch: 'version-mismatch',
  mentorFull: 'mentor-full',
  mentorPaused: 'mentor-paused',
  conflictOfInterest: 'conflict-of-interest',
  duplicateRequest: 'duplicate-request',
  activeMentorshipExists: 'active-mentorship-exists',
  invalidTransition: 'invalid-transition',
  idempotencyMismatch: 'idempotency-key-reused',
  alreadySubmitted: 'already-submitted',
  staleSignature: 'stale-signature',
  selfRequest: 'self-request',
  /** The mentee already has as many active mentorships as the program allows. */
  mentorshipLimit: 'mentorship-limit',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];
