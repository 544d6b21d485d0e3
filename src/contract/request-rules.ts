// Who may move a request, and from which states. Shared by the server, the memory API and the
// widgets (to show only the buttons that will work).
import type { RequestStatus, RequestTransition } from './request.js';
import { REQUEST_LIMITS } from './values.js';
import type { ProgramSettings, UpdateAvailability } from './person.js';

export type RequestActor = 'mentee' | 'mentor';

interface TransitionRule {
  actor: RequestActor;
  from: readonly RequestStatus[];
  to: RequestStatus;
}

export const REQUEST_TRANSITIONS: Record<RequestTransition, TransitionRule> = {
  accept: { actor: 'mentor', from: ['pending', 'needs-info'], to: 'accepted' },
  decline: { actor: 'mentor', from: ['pending', 'needs-info'], to: 'declined' },
  ask: { actor: 'mentor', from: ['pending', 'needs-info'], to: 'needs-info' },
  reply: { actor: 'mentee', from: ['needs-info'], to: 'pending' },
  withdraw: { actor: 'mentee', from: ['pending', 'needs-info'], to: 'withdrawn' },
};

/** Requests still waiting for someone: they block a duplicate request to the same mentor. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['pending', 'needs-info'];

export const DEFAULT_EXPIRY_DAYS = 14;

/** Why a transition is refused, or null when it is allowed. */
export function transitionError(
  transition: RequestTransition,
  actor: RequestActor,
  status: RequestStatus,
): 'forbidden' | 'invalid-transition' | null {
  const rule = REQUEST_TRANSITIONS[transition];
  if (rule.actor !== actor) return 'forbidden';
  if (!rule.from.includes(status)) return 'invalid-transition';
  return null;
}

export function allowedTransitions(
  actor: RequestActor,
  status: RequestStatus,
): RequestTransition[] {
  return (Object.keys(REQUEST_TRANSITIONS) as RequestTransition[]).filter(
    (transition) => transitionError(transition, actor, status) === null,
  );
}

export function isExpired(
  request: { status: RequestStatus; expiresAt: string },
  now: Date,
): boolean {
  return (
    OPEN_REQUEST_STATUSES.includes(request.status) && Date.parse(request.expiresAt) <= now.getTime()
  );
}

export function openSpots(mentor: { capacity: number; activeMentees: number }): number {
  return Math.max(0, mentor.capacity - mentor.activeMentees);
}

/** A rule a request draft breaks, for the form to word next to the field. */
export type RequestDraftProblem =
  | { field: 'message'; rule: 'required' | 'too-short' | 'too-long'; limit: number }
  | { field: 'goals'; rule: 'required' | 'too-many'; limit: number }
  | { field: `goals.${number}`; rule: 'too-long'; limit: number }
  | { field: 'expectations'; rule: 'too-long'; limit: number }
  | { field: 'preferences.durationWeeks'; rule: 'out-of-range'; limit: number };

export interface RequestDraftValues {
  message: string;
  goals: readonly string[];
  expectations: string;
  durationWeeks: number | null;
}

/**
 * The same limits CreateRequest enforces on the server, as problems a form can word. Blank goal
 * lines are ignored (they are dropped before sending).
 */
export function requestDraftProblems(draft: RequestDraftValues): RequestDraftProblem[] {
  const L = REQUEST_LIMITS;
  const problems: RequestDraftProblem[] = [];
  const message = draft.message.trim();
  if (!message) problems.push({ field: 'message', rule: 'required', limit: L.messageMin });
  else if (message.length < L.messageMin)
    problems.push({ field: 'message', rule: 'too-short', limit: L.messageMin });
  else if (message.length > L.messageMax)
    problems.push({ field: 'message', rule: 'too-long', limit: L.messageMax });
  const goals = draft.goals.map((goal) => goal.trim());
  if (!goals.some(Boolean)) problems.push({ field: 'goals', rule: 'required', limit: 1 });
  if (goals.filter(Boolean).length > L.goalsMax)
    problems.push({ field: 'goals', rule: 'too-many', limit: L.goalsMax });
  goals.forEach((goal, index) => {
    if (goal.length > L.goalMax)
      problems.push({ field: `goals.${index}`, rule: 'too-long', limit: L.goalMax });
  });
  if (draft.expectations.trim().length > L.expectationsMax)
    problems.push({ field: 'expectations', rule: 'too-long', limit: L.expectationsMax });
  const weeks = draft.durationWeeks;
  if (
    weeks !== null &&
    (weeks < L.durationMinWeeks || weeks > L.durationMaxWeeks || !Number.isInteger(weeks))
  )
    problems.push({
      field: 'preferences.durationWeeks',
      rule: 'out-of-range',
      limit: L.durationMaxWeeks,
    });
  return problems;
}

/** True when a mentee who now has `active` mentorships may start no further one. */
export function atMentorshipLimit(
  active: number,
  settings: Pick<ProgramSettings, 'maxActiveMentorshipsPerMentee'>,
): boolean {
  return active >= settings.maxActiveMentorshipsPerMentee;
}

export type AvailabilityProblem =
  | { field: 'capacity'; rule: 'out-of-range'; limit: number }
  | { field: 'capacity'; rule: 'below-load'; limit: number }
  | { field: 'pausedUntil'; rule: 'in-the-past'; limit: string };

/** Capacity within the program's limit and not below today's load; a pause ends today or later. */
export function availabilityProblems(
  input: Pick<UpdateAvailability, 'capacity' | 'pausedUntil'>,
  context: {
    settings: Pick<ProgramSettings, 'mentorCapacityMax'>;
    activeMentees: number;
    today: string;
  },
): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  const max = context.settings.mentorCapacityMax;
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > max)
    problems.push({ field: 'capacity', rule: 'out-of-range', limit: max });
  else if (input.capacity < context.activeMentees)
    problems.push({ field: 'capacity', rule: 'below-load', limit: context.activeMentees });
  if (input.pausedUntil !== null && input.pausedUntil < context.today)
    problems.push({ field: 'pausedUntil', rule: 'in-the-past', limit: context.today });
  return problems;
}

/** English words for the problems above: the server's field errors (widgets localize their own). */
export function availabilityProblemMessage(problem: AvailabilityProblem): string {
  if (problem.rule === 'out-of-range') return `Choose between 1 and ${problem.limit} mentees.`;
  if (problem.rule === 'below-load')
    return `You mentor ${problem.limit} people now; capacity cannot be lower than that.`;
  return 'Choose today or a later date.';
}

/** The rules above as field errors in English: what both backends answer with a 422. */
export function availabilityFieldErrors(
  ...args: Parameters<typeof availabilityProblems>
): Array<{ path: string; message: string }> {
  return availabilityProblems(...args).map((problem) => ({
    path: problem.field,
    message: availabilityProblemMessage(problem),
  }));
}

export const AVAILABILITY_REFUSED = 'Some availability settings are not valid.';
