// Stable problem codes (the `code` of RFC 9457 problem details), without zod.
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
  surveyClosed: 'survey-closed',
  surveyNotOpen: 'survey-not-open',
  staleSignature: 'stale-signature',
  selfRequest: 'self-request',
  mentorshipEnded: 'mentorship-ended',
  /** The mentee already has as many active mentorships as the program allows. */
  mentorshipLimit: 'mentorship-limit',
  /** Only the mentor confirms (or sends back) a goal the mentee marked as done. */
  mentorConfirmsGoals: 'mentor-confirms-goals',
  /** Sending back a goal that is not waiting for the mentor's confirmation. */
  goalNotAwaitingConfirmation: 'goal-not-awaiting-confirmation',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];
