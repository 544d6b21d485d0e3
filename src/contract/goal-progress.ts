// Progress and status of a goal (issue #17: the tracker's first paint needs only these, so they
// live apart from validation and edits in ./goal-rules.ts, which re-exports them). Pure functions.
import type { Goal, KeyResult, Milestone } from './goal.js';
import { intlFormatter } from './intl-cache.js';

const round1 = (value: number) => Math.round(value * 10) / 10;
export const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

type Measured = Pick<KeyResult, 'start' | 'target' | 'current'>;

/**
 * Where `current` sits between `start` and `target`, 0-100, whichever way the number should go
 * (200 -> 100 tickets is 50 % at 150). Past the target counts as 100, behind the start as 0.
 */
export function keyResultProgress({ start, target, current }: Measured): number {
  if (target === start) return current === target ? 100 : 0;
  return round1(clampPercent(((current - start) / (target - start)) * 100));
}

/** Average of the key results' progress, weighted (weights default to 1). */
export function objectiveProgress(keyResults: readonly (Measured & { weight?: number })[]): number {
  const total = keyResults.reduce((sum, kr) => sum + (kr.weight ?? 1), 0);
  if (keyResults.length === 0 || total <= 0) return 0;
  const sum = keyResults.reduce((acc, kr) => acc + keyResultProgress(kr) * (kr.weight ?? 1), 0);
  return round1(sum / total);
}

/** Share of milestones done. */
export function milestoneProgress(milestones: readonly Pick<Milestone, 'done'>[]): number {
  if (milestones.length === 0) return 0;
  return round1((milestones.filter((m) => m.done).length / milestones.length) * 100);
}

export type ProgressSource = 'key-results' | 'milestones' | 'manual';

type ProgressParts = {
  keyResults: readonly (Measured & { weight?: number })[];
  milestones: readonly Pick<Milestone, 'done'>[];
};

/** Key results win over milestones; with neither, progress is set by hand. */
export function progressSource(goal: ProgressParts): ProgressSource {
  if (goal.keyResults.length > 0) return 'key-results';
  if (goal.milestones.length > 0) return 'milestones';
  return 'manual';
}

export function goalProgress(goal: ProgressParts & { progress: number }): number {
  switch (progressSource(goal)) {
    case 'key-results':
      return objectiveProgress(goal.keyResults);
    case 'milestones':
      return milestoneProgress(goal.milestones);
    case 'manual':
      return round1(clampPercent(goal.progress));
  }
}

/**
 * Today's calendar date (YYYY-MM-DD) in a time zone (default: the runtime's). Due dates are
 * date-only and compared as dates, so nothing is shifted a day by UTC conversion.
 */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const parts = intlFormatter(Intl.DateTimeFormat, 'en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Due before today (a goal due today is not overdue yet). ISO dates compare as strings. */
export const isPastDue = (dueDate: string | null, today: string) =>
  dueDate !== null && dueDate < today;

export type GoalHealth =
  'done' | 'awaiting-confirmation' | 'overdue' | 'at-risk' | 'on-track' | 'not-started';

/** What a person should read about a goal today. */
export function goalHealth(
  goal: Pick<Goal, 'status' | 'dueDate' | 'progress' | 'milestones'>,
  today: string,
): GoalHealth {
  if (goal.status === 'done') return 'done';
  // The mentee finished it; only the mentor's confirmation is missing, late or not.
  if (goal.status === 'awaiting-confirmation') return 'awaiting-confirmation';
  if (isPastDue(goal.dueDate, today)) return 'overdue';
  if (
    goal.status === 'at-risk' ||
    goal.milestones.some((m) => !m.done && isPastDue(m.dueDate, today))
  )
    return 'at-risk';
  if (goal.status === 'not-started' && goal.progress === 0) return 'not-started';
  return 'on-track';
}

/** Goals as shown: by position, then by creation. */
export const byPosition = (a: Goal, b: Goal) =>
  a.position - b.position || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
