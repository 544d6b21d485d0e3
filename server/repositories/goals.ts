// Goals, session recaps and action items of a mentorship. The rules (progress, validation, what
// an edit or a recap changes) are the shared ones in src/contract/goal-rules.ts; this file only
// reads and writes rows, inside the caller's transaction.
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import {
  confirmationRefusal,
  goalEditor,
  goalUpdateIssues,
  introducedIssues,
  isRecapCursor,
  recapCursor,
  newActionItems,
  issuesAsFieldErrors,
  newGoal,
  orderIssues,
  patchActionItem,
  patchGoal,
  recapGoalProgress,
  unknownPartIssues,
  type ActionItem,
  type ActionItemList,
  type ActionItemQuery,
  type CreateGoal,
  type CreateRecap,
  type Goal,
  type GoalList,
  type ProgramSettings,
  type GoalOrder,
  type Recap,
  type RecapPage,
  type RecapQuery,
  type UpdateActionItem,
  type UpdateGoal,
} from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { goals, recaps } from '../db/schema.js';
import { newId } from '../ids.js';
import { assertVersion, decodeCursor, problems, refuse } from '../problems.js';
import type { PersonRow } from './people.js';
import { getMentorship, partnerMentorship } from './mentorships.js';

type GoalRow = typeof goals.$inferSelect;
type RecapRow = typeof recaps.$inferSelect;

const toGoal = (row: GoalRow): Goal => ({
  id: row.id,
  mentorshipId: row.mentorshipId,
  framework: row.framework,
  title: row.title,
  description: row.description,
  criteria: row.criteria,
  milestones: row.milestones,
  keyResults: row.keyResults,
  dueDate: row.dueDate,
  progress: row.progress,
  status: row.status,
  position: row.position,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  confirmation: row.confirmation ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

/** The columns a goal's edit may change. */
const goalColumns = (goal: Goal) => ({
  framework: goal.framework,
  title: goal.title,
  description: goal.description,
  criteria: goal.criteria,
  milestones: goal.milestones,
  keyResults: goal.keyResults,
  dueDate: goal.dueDate,
  progress: goal.progress,
  status: goal.status,
  position: goal.position,
  archivedAt: goal.archivedAt ? new Date(goal.archivedAt) : null,
  confirmation: goal.confirmation,
  updatedAt: new Date(goal.updatedAt),
  version: goal.version,
});

const toRecap = (row: RecapRow): Recap => ({
  id: row.id,
  mentorshipId: row.mentorshipId,
  authorId: row.authorId,
  sessionDate: row.sessionDate,
  notes: row.notes,
  actionItems: row.actionItems,
  goalUpdates: row.goalUpdates,
  createdAt: row.createdAt.toISOString(),
});

function goalsOf(tx: Tx, mentorshipId: string) {
  return tx
    .select()
    .from(goals)
    .where(eq(goals.mentorshipId, mentorshipId))
    .orderBy(asc(goals.position), asc(goals.createdAt), asc(goals.id));
}

export async function listGoals(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
): Promise<GoalList> {
  await getMentorship(tx, viewer, mentorshipId);
  return { items: (await goalsOf(tx, mentorshipId)).map(toGoal) };
}

/** Hides goals of other people's mentorships as "not found". */
async function visibleGoal(tx: Tx, viewer: PersonRow, goalId: string, lock: boolean) {
  const query = tx.select().from(goals).where(eq(goals.id, goalId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw problems.notFound('This goal');
  await getMentorship(tx, viewer, row.mentorshipId).catch(() => {
    throw problems.notFound('This goal');
  });
  return row;
}

export async function getGoal(tx: Tx, viewer: PersonRow, goalId: string): Promise<Goal> {
  return toGoal(await visibleGoal(tx, viewer, goalId, false));
}

export async function createGoal(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  input: Required<Omit<CreateGoal, 'progress'>> & { progress?: number },
  now: Date,
): Promise<Goal> {
  await partnerMentorship(tx, viewer, mentorshipId);
  const [last] = await tx
    .select({ position: sql<number>`coalesce(max(${goals.position}) + 1, 0)` })
    .from(goals)
    .where(eq(goals.mentorshipId, mentorshipId));
  const goal = newGoal(input, {
    id: newId('goal'),
    mentorshipId,
    position: Number(last?.position ?? 0),
    now: now.toISOString(),
    newId,
  });
  refuse(issuesAsFieldErrors(introducedIssues(null, goal)));
  const [row] = await tx
    .insert(goals)
    .values({ id: goal.id, mentorshipId, ...goalColumns(goal), createdAt: now })
    .returning();
  return toGoal(row!);
}

export async function updateGoal(
  tx: Tx,
  viewer: PersonRow,
  goalId: string,
  expectedVersion: number,
  patch: UpdateGoal,
  now: Date,
  settings: Pick<ProgramSettings, 'goalsNeedMentorConfirmation'>,
): Promise<Goal> {
  const row = await visibleGoal(tx, viewer, goalId, true);
  const mentorship = await partnerMentorship(tx, viewer, row.mentorshipId);
  assertVersion(expectedVersion, row.version);
  const goal = toGoal(row);
  const unknown = unknownPartIssues(goal, patch);
  if (unknown.length > 0) throw problems.validation(unknown);
  const editor = goalEditor(viewer.id, mentorship, settings);
  const refusal = confirmationRefusal(goal, patch, editor);
  if (refusal) throw problems.goalRefused(refusal);
  const next = patchGoal(goal, patch, now.toISOString(), newId, editor);
  refuse(issuesAsFieldErrors(introducedIssues(goal, next)));
  const [updated] = await tx
    .update(goals)
    .set(goalColumns(next))
    .where(and(eq(goals.id, goalId), eq(goals.version, row.version)))
    .returning();
  return toGoal(updated!);
}

export async function reorderGoals(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  { goalIds }: GoalOrder,
): Promise<GoalList> {
  await partnerMentorship(tx, viewer, mentorshipId);
  const rows = await goalsOf(tx, mentorshipId).for('update');
  const issues = orderIssues(
    rows.map((row) => row.id),
    goalIds,
  );
  if (issues.length > 0) throw problems.validation(issues);
  for (const [position, id] of goalIds.entries()) {
    if (rows.find((row) => row.id === id)!.position !== position)
      await tx.update(goals).set({ position }).where(eq(goals.id, id));
  }
  return { items: (await goalsOf(tx, mentorshipId)).map(toGoal) };
}

export async function createRecap(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  input: Required<CreateRecap>,
  now: Date,
): Promise<Recap> {
  await partnerMentorship(tx, viewer, mentorshipId);
  const rows = await goalsOf(tx, mentorshipId).for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const bad = goalUpdateIssues(input.goalUpdates, (goalId) => byId.has(goalId));
  if (bad.length > 0) throw problems.validation(bad);
  const goalUpdates = [];
  for (const { goalId, progress } of input.goalUpdates) {
    const goal = toGoal(byId.get(goalId)!);
    const next = recapGoalProgress(goal, progress, now.toISOString());
    if (next) await tx.update(goals).set(goalColumns(next)).where(eq(goals.id, goalId));
    goalUpdates.push({ goalId, progress: (next ?? goal).progress });
  }
  const id = newId('recap');
  const actionItems = newActionItems(id, input.actionItems, () => newId('act'));
  const [row] = await tx
    .insert(recaps)
    .values({
      id,
      mentorshipId,
      authorId: viewer.id,
      sessionDate: input.sessionDate,
      notes: input.notes,
      actionItems,
      goalUpdates,
      createdAt: now,
    })
    .returning();
  return toRecap(row!);
}

export async function listRecaps(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  query: RecapQuery,
): Promise<RecapPage> {
  await getMentorship(tx, viewer, mentorshipId);
  const after = decodeCursor(query.cursor, isRecapCursor);
  const limit = query.limit ?? 10;
  const createdAt = after ? new Date(after.c) : null;
  const rows = await tx
    .select()
    .from(recaps)
    .where(
      and(
        eq(recaps.mentorshipId, mentorshipId),
        after && createdAt
          ? or(
              lt(recaps.sessionDate, after.d),
              and(eq(recaps.sessionDate, after.d), lt(recaps.createdAt, createdAt)),
              and(
                eq(recaps.sessionDate, after.d),
                eq(recaps.createdAt, createdAt),
                lt(recaps.id, after.i),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(recaps.sessionDate), desc(recaps.createdAt), desc(recaps.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toRecap);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? recapCursor(last) : null,
  };
}

export async function listActionItems(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  query: ActionItemQuery,
): Promise<ActionItemList> {
  await getMentorship(tx, viewer, mentorshipId);
  const rows = await tx
    .select({ actionItems: recaps.actionItems })
    .from(recaps)
    .where(eq(recaps.mentorshipId, mentorshipId))
    .orderBy(asc(recaps.sessionDate), asc(recaps.createdAt), asc(recaps.id));
  const items = rows.flatMap((row) => row.actionItems);
  return { items: query.status === 'all' ? items : items.filter((item) => !item.done) };
}

export async function updateActionItem(
  tx: Tx,
  viewer: PersonRow,
  itemId: string,
  expectedVersion: number,
  patch: UpdateActionItem,
  now: Date,
): Promise<ActionItem> {
  const [row] = await tx
    .select()
    .from(recaps)
    .where(sql`${recaps.actionItems} @> ${JSON.stringify([{ id: itemId }])}::jsonb`)
    .for('update');
  if (!row) throw problems.notFound('This action item');
  await getMentorship(tx, viewer, row.mentorshipId).catch(() => {
    throw problems.notFound('This action item');
  });
  await partnerMentorship(tx, viewer, row.mentorshipId);
  const index = row.actionItems.findIndex((item) => item.id === itemId);
  const item = row.actionItems[index]!;
  assertVersion(expectedVersion, item.version);
  const next = patchActionItem(item, patch, now.toISOString());
  const actionItems = row.actionItems.map((old, i) => (i === index ? next : old));
  await tx.update(recaps).set({ actionItems }).where(eq(recaps.id, row.id));
  return next;
}
