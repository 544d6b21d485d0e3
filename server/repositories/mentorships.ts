// Mentorships, their goals and session recaps: visible to the two partners and admins only.
import { and, asc, desc, eq, or } from 'drizzle-orm';
import type {
  CreateGoal,
  CreateRecap,
  Goal,
  GoalList,
  Milestone,
  MilestoneInput,
  Mentorship,
  MentorshipPage,
  Recap,
  UpdateGoal,
} from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { alias } from 'drizzle-orm/pg-core';
import { goals, mentorships, people, recaps } from '../db/schema.js';
import { assertVersion } from '../problems.js';
import { newId } from '../ids.js';
import { problems } from '../problems.js';
import { isAdmin, type PersonRow } from './people.js';

type MentorshipRow = typeof mentorships.$inferSelect;
type GoalRow = typeof goals.$inferSelect;
const mentee = alias(people, 'mentee');
const mentor = alias(people, 'mentor');

const toMentorship = (row: MentorshipRow, mentorName: string, menteeName: string): Mentorship => ({
  id: row.id,
  programId: row.programId,
  programType: row.programType,
  requestId: row.requestId,
  mentorId: row.mentorId,
  menteeId: row.menteeId,
  mentorName,
  menteeName,
  status: row.status,
  agreementId: row.agreementId,
  startedAt: row.startedAt.toISOString(),
  endedAt: row.endedAt?.toISOString() ?? null,
  version: row.version,
});

function selectMentorships(tx: Tx) {
  return tx
    .select({ mentorship: mentorships, mentorName: mentor.name, menteeName: mentee.name })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId));
}

/** The viewer's own partnerships (as mentor or mentee), newest first. */
export async function listMentorships(tx: Tx, viewer: PersonRow): Promise<MentorshipPage> {
  const rows = await selectMentorships(tx)
    .where(or(eq(mentorships.mentorId, viewer.id), eq(mentorships.menteeId, viewer.id)))
    .orderBy(desc(mentorships.startedAt), desc(mentorships.id))
    .limit(100);
  return {
    items: rows.map((row) => toMentorship(row.mentorship, row.mentorName, row.menteeName)),
    nextCursor: null,
  };
}

const isPartner = (viewer: PersonRow, row: Pick<MentorshipRow, 'mentorId' | 'menteeId'>) =>
  row.mentorId === viewer.id || row.menteeId === viewer.id;

export async function getMentorship(tx: Tx, viewer: PersonRow, id: string): Promise<Mentorship> {
  const [row] = await selectMentorships(tx).where(eq(mentorships.id, id));
  if (!row || !(isPartner(viewer, row.mentorship) || isAdmin(viewer)))
    throw problems.notFound('This mentorship');
  return toMentorship(row.mentorship, row.mentorName, row.menteeName);
}

/** For writes: partners only; admins may read but do not write someone else's goals. */
async function partnerMentorship(tx: Tx, viewer: PersonRow, id: string): Promise<MentorshipRow> {
  const [row] = await tx.select().from(mentorships).where(eq(mentorships.id, id));
  if (!row || !(isPartner(viewer, row) || isAdmin(viewer)))
    throw problems.notFound('This mentorship');
  if (!isPartner(viewer, row))
    throw problems.forbidden('Only the two partners can change their goals.');
  if (row.status !== 'active')
    throw problems.conflict(
      'mentorship-ended',
      'This mentorship has ended; its goals are read-only.',
    );
  return row;
}

const toGoal = (row: GoalRow): Goal => ({
  id: row.id,
  mentorshipId: row.mentorshipId,
  framework: row.framework,
  title: row.title,
  description: row.description,
  milestones: row.milestones,
  dueDate: row.dueDate,
  progress: row.progress,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export async function listGoals(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
): Promise<GoalList> {
  await getMentorship(tx, viewer, mentorshipId);
  const rows = await tx
    .select()
    .from(goals)
    .where(eq(goals.mentorshipId, mentorshipId))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  return { items: rows.map(toGoal) };
}

const toMilestones = (inputs: MilestoneInput[]): Milestone[] =>
  inputs.map((input) => ({
    id: input.id ?? newId('mile'),
    title: input.title,
    dueDate: input.dueDate,
    done: input.done,
  }));

export async function createGoal(
  tx: Tx,
  viewer: PersonRow,
  mentorshipId: string,
  input: CreateGoal,
  now: Date,
): Promise<Goal> {
  await partnerMentorship(tx, viewer, mentorshipId);
  const id = newId('goal');
  const [row] = await tx
    .insert(goals)
    .values({
      id,
      mentorshipId,
      framework: input.framework,
      title: input.title,
      description: input.description ?? '',
      milestones: toMilestones(input.milestones ?? []),
      dueDate: input.dueDate ?? null,
      progress: 0,
      status: 'not-started',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return toGoal(row!);
}

async function goalForWrite(tx: Tx, viewer: PersonRow, goalId: string): Promise<GoalRow> {
  const [row] = await tx.select().from(goals).where(eq(goals.id, goalId)).for('update');
  if (!row) throw problems.notFound('This goal');
  await partnerMentorship(tx, viewer, row.mentorshipId).catch((error: unknown) => {
    throw error instanceof Error &&
      'status' in error &&
      (error as { status: number }).status === 404
      ? problems.notFound('This goal')
      : error;
  });
  return row;
}

export async function updateGoal(
  tx: Tx,
  viewer: PersonRow,
  goalId: string,
  expectedVersion: number,
  patch: UpdateGoal,
  now: Date,
): Promise<Goal> {
  const row = await goalForWrite(tx, viewer, goalId);
  assertVersion(expectedVersion, row.version);
  const known = new Set(row.milestones.map((milestone) => milestone.id));
  const unknown =
    patch.milestones?.findIndex(
      (milestone) => milestone.id !== undefined && !known.has(milestone.id),
    ) ?? -1;
  if (unknown >= 0)
    throw problems.validation([
      { path: `milestones.${unknown}.id`, message: 'No milestone with this id on this goal.' },
    ]);
  const [updated] = await tx
    .update(goals)
    .set({
      ...(patch.framework !== undefined ? { framework: patch.framework } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.milestones !== undefined ? { milestones: toMilestones(patch.milestones) } : {}),
      ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
      ...(patch.progress !== undefined ? { progress: patch.progress } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      updatedAt: now,
      version: row.version + 1,
    })
    .where(and(eq(goals.id, goalId), eq(goals.version, row.version)))
    .returning();
  return toGoal(updated!);
}

export async function createRecap(
  tx: Tx,
  viewer: PersonRow,
  goalId: string,
  input: CreateRecap,
  now: Date,
): Promise<Recap> {
  const goal = await goalForWrite(tx, viewer, goalId);
  const actionItems = input.actionItems.map((item) => ({
    id: newId('act'),
    ...item,
    done: false,
    doneAt: null,
  }));
  const recap = {
    id: newId('recap'),
    goalId,
    mentorshipId: goal.mentorshipId,
    authorId: viewer.id,
    sessionDate: input.sessionDate,
    notes: input.notes,
    actionItems,
    progress: input.progress,
  };
  await tx.insert(recaps).values({ ...recap, createdAt: now });
  // The recap's progress becomes the goal's progress (a new goal version).
  await tx
    .update(goals)
    .set({
      progress: input.progress,
      status: goal.status === 'not-started' && input.progress > 0 ? 'on-track' : goal.status,
      updatedAt: now,
      version: goal.version + 1,
    })
    .where(eq(goals.id, goalId));
  return { ...recap, createdAt: now.toISOString() };
}
