import type { Conflict, Person } from '../contract/index.js';

/**
 * Conflicts of interest between a would-be mentee and mentor. A mentor in the mentee's management
 * line (their manager or anyone above) has authority over them: blocked. Sharing a budget owner
 * makes the mentee depend on the mentor's resources: a warning only.
 */
/** Mentors no request from this mentee may go to: everyone in their management line. */
export const blockedMentorIds = (mentee: Pick<Person, 'managerIds'>): readonly string[] =>
  mentee.managerIds;

export function findConflicts(
  mentee: Pick<Person, 'id' | 'managerIds' | 'budgetOwnerId'>,
  mentor: Pick<Person, 'id' | 'budgetOwnerId'>,
): Conflict[] {
  const conflicts: Conflict[] = [];
  if (blockedMentorIds(mentee).includes(mentor.id)) {
    conflicts.push({ kind: 'management-line', severity: 'block' });
  }
  if (mentee.budgetOwnerId !== null && mentee.budgetOwnerId === mentor.budgetOwnerId) {
    conflicts.push({ kind: 'same-budget-owner', severity: 'warn' });
  }
  return conflicts;
}

export function isBlocked(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((conflict) => conflict.severity === 'block');
}
