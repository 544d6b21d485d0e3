// The contract's fixed value lists and limits, without zod: the schemas are built from them (so
// the server enforces them), and widgets use them on their first load (choices, counters,
// before-send checks) without downloading zod, which comes with the operations on demand.

export const MEETING_FORMATS = ['video', 'in-person', 'chat'] as const;
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export const DECLINE_REASONS = ['capacity', 'not-a-fit', 'busy', 'other'] as const;
export const GOAL_FRAMEWORKS = ['SMART', 'REAL', 'OKR'] as const;
export const SIGNATURE_METHODS = ['typed', 'drawn'] as const;
export const MATCH_REASON_KINDS = [
  'skills',
  'interests',
  'languages',
  'timezone',
  'location',
  'responsiveness',
  'capacity',
] as const;

/**
 * The limits of a request, shared by the schemas (so the server enforces them) and the form
 * (which checks them before sending and shows the counter).
 */
export const REQUEST_LIMITS = {
  messageMin: 30,
  messageMax: 2000,
  goalsMax: 3,
  goalMax: 200,
  expectationsMax: 1000,
  durationMinWeeks: 4,
  durationMaxWeeks: 24,
} as const;

/** Limits of a drawn signature: small enough for any request body limit, ample for a name. */
export const DRAWING_LIMITS = { strokes: 60, pointsPerStroke: 600, points: 2000 } as const;
