// Small decisions about goal changes: the framework an attribute names, what kind of change an
// edit was (for the events), moving a goal up or down, and who looks at the tracker.
import type { Goal, Me, Mentorship, UpdateGoal } from '../../contract/index.js';
import type { GoalFramework } from '../../contract/goal.js';
import { GOAL_FRAMEWORKS } from '../../contract/values.js';
import type { MentorEventMap } from '../../core/events.js';

/** `framework="okr"` -> `OKR`; anything else -> undefined (the pair chooses). */
export function toFramework(value: string | null): GoalFramework | undefined {
  const upper = value?.trim().toUpperCase();
  return GOAL_FRAMEWORKS.find((f) => f === upper);
}

export function changeOf(
  patch: UpdateGoal,
  saved: Goal,
): MentorEventMap['mentor-goal-change']['change'] {
  if (patch.sendBack) return 'sent-back';
  if (saved.status === 'awaiting-confirmation' && patch.status) return 'awaiting-confirmation';
  if (patch.archived === true) return 'archived';
  if (patch.archived === false) return 'restored';
  if (patch.status && patch.status !== 'done' && patch.status !== 'awaiting-confirmation')
    return 'reopened';
  return 'updated';
}

/**
 * Moves a goal one place among those not archived; archived goals keep their places after them.
 * Positions are renumbered so the list can be sent as the new order.
 */
export function moveGoal(
  goals: readonly Goal[],
  goalId: string,
  delta: -1 | 1,
): { goals: Goal[]; to: number; of: number } | undefined {
  const visible = goals.filter((g) => !g.archivedAt);
  const from = visible.findIndex((g) => g.id === goalId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= visible.length) return undefined;
  visible.splice(to, 0, ...visible.splice(from, 1));
  const all = [...visible, ...goals.filter((g) => g.archivedAt)];
  return { goals: all.map((g, position) => ({ ...g, position })), to, of: visible.length };
}

export interface Viewing {
  me: Me;
  mentorship: Mentorship;
}

/** Why the viewer may not change anything; undefined when they may. */
export function readonlyReason(
  { me, mentorship }: Viewing,
  readonly: boolean,
): 'ended' | 'observer' | 'readonly' | undefined {
  if (mentorship.status !== 'active') return 'ended';
  if (me.person.id !== mentorship.menteeId && me.person.id !== mentorship.mentorId)
    return 'observer';
  return readonly ? 'readonly' : undefined;
}

/** The other partner's name (the mentee's for the mentor; the mentor's otherwise). */
export const partnerName = ({ me, mentorship }: Viewing) =>
  me.person.id === mentorship.mentorId ? mentorship.menteeName : mentorship.mentorName;
