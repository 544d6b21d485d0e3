// Who may move a request, and from which states. Shared by the server, the memory API and the
// widgets (to show only the buttons that will work).
import type { RequestStatus, RequestTransition } from './request.js';

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
