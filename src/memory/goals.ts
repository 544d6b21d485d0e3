// Goals, session recaps and action items of a mentorship, with the rules of src/contract/goal-rules
// (the server applies the same ones).
import {
  ActionItemQuery,
  CreateGoal,
  CreateRecap,
  GoalOrder,
  RecapQuery,
  UpdateActionItem,
  UpdateGoal,
  afterRecapCursor,
  byPosition,
  confirmationRefusal,
  goalEditor,
  bySessionDesc,
  isRecapCursor,
  recapCursor,
  goalUpdateIssues,
  newActionItems,
  introducedIssues,
  issuesAsFieldErrors,
  newGoal,
  orderIssues,
  patchActionItem,
  patchGoal,
  recapGoalProgress,
  unknownPartIssues,
  type ActionItem,
  type ActionItemList,
  type Goal,
  type GoalList,
  type Recap,
  type RecapPage,
} from '../contract/index.js';
import { getMentorship, partnerMentorship } from './mentorships.js';
import { assertVersion, decodeCursor, problems, refuse, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const goalsOf = (store: MemoryStore, mentorshipId: string) =>
  [...store.goals.values()].filter((g) => g.mentorshipId === mentorshipId).sort(byPosition);

export function listGoals(store: MemoryStore, viewer: Viewer, mentorshipId: string): GoalList {
  getMentorship(store, viewer, mentorshipId);
  return { items: goalsOf(store, mentorshipId) };
}

/** `found` when it exists in a mentorship the viewer sees; otherwise "not found" (hides it). */
function visible<T>(
  store: MemoryStore,
  viewer: Viewer,
  what: string,
  found: { mentorshipId: string; value: T } | undefined,
): T {
  if (found) {
    try {
      getMentorship(store, viewer, found.mentorshipId);
      return found.value;
    } catch {
      // fall through: the same answer as for a missing one
    }
  }
  throw problems.notFound(what);
}

export function getGoal(store: MemoryStore, viewer: Viewer, goalId: string): Goal {
  const goal = store.goals.get(goalId);
  return visible(
    store,
    viewer,
    'This goal',
    goal && { mentorshipId: goal.mentorshipId, value: goal },
  );
}

/**
 * A validated body or query for a mentorship the viewer sees; writes are for the partners only,
 * while the mentorship is active.
 */
function inputFor<S extends Parameters<typeof validate>[0]>(
  access: 'read' | 'write',
  [store, viewer, mentorshipId]: [MemoryStore, Viewer, string],
  schema: S,
  raw: unknown,
) {
  const input = validate(schema, raw);
  (access === 'write' ? partnerMentorship : getMentorship)(store, viewer, mentorshipId);
  return input;
}

/** Stores a created (`before` null) or edited goal, unless it breaks a rule `before` kept. */
function keepGoal(store: MemoryStore, before: Goal | null, goal: Goal): Goal {
  refuse(issuesAsFieldErrors(introducedIssues(before, goal)));
  store.goals.set(goal.id, goal);
  return goal;
}

const newPartId = (store: MemoryStore) => (prefix: string) => store.newId(prefix);

export function createGoal(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: CreateGoal,
): Goal {
  const input = inputFor('write', [store, viewer, mentorshipId], CreateGoal, raw);
  const existing = goalsOf(store, mentorshipId);
  const goal = newGoal(input, {
    id: store.newId('goal'),
    mentorshipId,
    position: existing.reduce((max, g) => Math.max(max, g.position + 1), 0),
    now: store.now().toISOString(),
    newId: newPartId(store),
  });
  return keepGoal(store, null, goal);
}

export function updateGoal(
  store: MemoryStore,
  viewer: Viewer,
  goalId: string,
  expectedVersion: number,
  raw: UpdateGoal,
): Goal {
  const patch = validate(UpdateGoal, raw);
  // Hides goals of other people's mentorships as "not found"; refuses admins and ended ones.
  const goal = getGoal(store, viewer, goalId);
  const mentorship = partnerMentorship(store, viewer, goal.mentorshipId);
  assertVersion(expectedVersion, goal.version);
  const unknown = unknownPartIssues(goal, patch);
  if (unknown.length > 0) throw problems.validation(unknown);
  const editor = goalEditor(viewer.person.id, mentorship, store.settings);
  const refusal = confirmationRefusal(goal, patch, editor);
  if (refusal) throw problems.goalRefused(refusal);
  const next = patchGoal(goal, patch, store.now().toISOString(), newPartId(store), editor);
  return keepGoal(store, goal, next);
}

export function reorderGoals(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: GoalOrder,
): GoalList {
  const { goalIds } = inputFor('write', [store, viewer, mentorshipId], GoalOrder, raw);
  const goals = goalsOf(store, mentorshipId);
  const issues = orderIssues(
    goals.map((g) => g.id),
    goalIds,
  );
  if (issues.length > 0) throw problems.validation(issues);
  goalIds.forEach((id, position) => {
    const goal = store.goals.get(id)!;
    if (goal.position !== position) store.goals.set(id, { ...goal, position });
  });
  return { items: goalsOf(store, mentorshipId) };
}

export function createRecap(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: CreateRecap,
): Recap {
  const input = inputFor('write', [store, viewer, mentorshipId], CreateRecap, raw);
  const bad = goalUpdateIssues(
    input.goalUpdates,
    (goalId) => store.goals.get(goalId)?.mentorshipId === mentorshipId,
  );
  if (bad.length > 0) throw problems.validation(bad);
  const now = store.now().toISOString();
  const id = store.newId('recap');
  const goalUpdates = input.goalUpdates.map(({ goalId, progress }) => {
    const goal = store.goals.get(goalId)!;
    const next = recapGoalProgress(goal, progress, now);
    if (next) store.goals.set(goalId, next);
    return { goalId, progress: (next ?? goal).progress };
  });
  const recap: Recap = {
    id,
    mentorshipId,
    authorId: viewer.person.id,
    sessionDate: input.sessionDate,
    notes: input.notes,
    actionItems: newActionItems(id, input.actionItems, (index) => `${id}-a${index + 1}`),
    goalUpdates,
    createdAt: now,
  };
  store.recaps.push(recap);
  return recap;
}

export function listRecaps(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: RecapQuery,
): RecapPage {
  const query = inputFor('read', [store, viewer, mentorshipId], RecapQuery, raw);
  const after = decodeCursor(query.cursor, isRecapCursor);
  const all = store.recaps
    .filter((r) => r.mentorshipId === mentorshipId && (!after || afterRecapCursor(r, after)))
    .sort(bySessionDesc);
  const limit = query.limit ?? 10;
  const items = all.slice(0, limit);
  return { items, nextCursor: all.length > limit ? recapCursor(items.at(-1)!) : null };
}

export function listActionItems(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: ActionItemQuery,
): ActionItemList {
  const query = inputFor('read', [store, viewer, mentorshipId], ActionItemQuery, raw);
  const items = store.recaps
    .filter((r) => r.mentorshipId === mentorshipId)
    .sort(bySessionDesc)
    .reverse()
    .flatMap((r) => r.actionItems)
    .filter((item) => query.status === 'all' || !item.done);
  return { items };
}

export function updateActionItem(
  store: MemoryStore,
  viewer: Viewer,
  itemId: string,
  expectedVersion: number,
  raw: UpdateActionItem,
): ActionItem {
  const patch = validate(UpdateActionItem, raw);
  const found = store.recaps.find((r) => r.actionItems.some((item) => item.id === itemId));
  const recap = visible(
    store,
    viewer,
    'This action item',
    found && { mentorshipId: found.mentorshipId, value: found },
  );
  partnerMentorship(store, viewer, recap.mentorshipId);
  const index = recap.actionItems.findIndex((item) => item.id === itemId);
  const item = recap.actionItems[index]!;
  assertVersion(expectedVersion, item.version);
  const next = patchActionItem(item, patch, store.now().toISOString());
  recap.actionItems[index] = next;
  return next;
}
