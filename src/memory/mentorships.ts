// Mentorships, goals and recaps: visible to the two partners and admins, written by partners only.
import {
  CreateGoal,
  CreateRecap,
  UpdateGoal,
  type Goal,
  type GoalList,
  type MilestoneInput,
  type Mentorship,
  type MentorshipPage,
  type Recap,
} from '../contract/index.js';
import { assertVersion, problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const isPartner = (viewer: Viewer, m: Mentorship) =>
  m.mentorId === viewer.person.id || m.menteeId === viewer.person.id;

export function listMentorships(store: MemoryStore, viewer: Viewer): MentorshipPage {
  const items = [...store.mentorships.values()]
    .filter((m) => isPartner(viewer, m))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  return { items, nextCursor: null };
}

export function getMentorship(store: MemoryStore, viewer: Viewer, id: string): Mentorship {
  const mentorship = store.mentorships.get(id);
  if (!mentorship || !(isPartner(viewer, mentorship) || viewer.isAdmin))
    throw problems.notFound('This mentorship');
  return mentorship;
}

/** For writes: partners only (admins read but do not write), and only while active. */
function partnerMentorship(store: MemoryStore, viewer: Viewer, id: string): Mentorship {
  const mentorship = getMentorship(store, viewer, id);
  if (!isPartner(viewer, mentorship))
    throw problems.forbidden('Only the two partners can change their goals.');
  if (mentorship.status !== 'active')
    throw problems.conflict(
      'mentorship-ended',
      'This mentorship has ended; its goals are read-only.',
    );
  return mentorship;
}

export function listGoals(store: MemoryStore, viewer: Viewer, mentorshipId: string): GoalList {
  getMentorship(store, viewer, mentorshipId);
  const items = [...store.goals.values()]
    .filter((g) => g.mentorshipId === mentorshipId)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { items };
}

function toMilestones(store: MemoryStore, inputs: readonly MilestoneInput[]) {
  return inputs.map((m) => ({
    id: m.id ?? store.newId('ms-step'),
    title: m.title,
    dueDate: m.dueDate,
    done: m.done,
  }));
}

export function createGoal(
  store: MemoryStore,
  viewer: Viewer,
  mentorshipId: string,
  raw: CreateGoal,
): Goal {
  const input = validate(CreateGoal, raw);
  partnerMentorship(store, viewer, mentorshipId);
  const at = store.now().toISOString();
  const goal: Goal = {
    id: store.newId('goal'),
    mentorshipId,
    framework: input.framework,
    title: input.title,
    description: input.description,
    milestones: toMilestones(store, input.milestones),
    dueDate: input.dueDate,
    progress: 0,
    status: 'not-started',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  store.goals.set(goal.id, goal);
  return goal;
}

function goalForWrite(store: MemoryStore, viewer: Viewer, goalId: string): Goal {
  const goal = store.goals.get(goalId);
  if (!goal) throw problems.notFound('This goal');
  try {
    partnerMentorship(store, viewer, goal.mentorshipId);
  } catch (error) {
    throw (error as { status?: number }).status === 404 ? problems.notFound('This goal') : error;
  }
  return goal;
}

export function updateGoal(
  store: MemoryStore,
  viewer: Viewer,
  goalId: string,
  expectedVersion: number,
  raw: UpdateGoal,
): Goal {
  const patch = validate(UpdateGoal, raw);
  const goal = goalForWrite(store, viewer, goalId);
  assertVersion(expectedVersion, goal.version);
  const known = new Set(goal.milestones.map((m) => m.id));
  const unknown = patch.milestones?.findIndex((m) => m.id !== undefined && !known.has(m.id)) ?? -1;
  if (unknown >= 0)
    throw problems.validation([
      { path: `milestones.${unknown}.id`, message: 'No milestone with this id on this goal.' },
    ]);
  if (patch.framework !== undefined) goal.framework = patch.framework;
  if (patch.title !== undefined) goal.title = patch.title;
  if (patch.description !== undefined) goal.description = patch.description;
  if (patch.milestones !== undefined) goal.milestones = toMilestones(store, patch.milestones);
  if (patch.dueDate !== undefined) goal.dueDate = patch.dueDate;
  if (patch.progress !== undefined) goal.progress = patch.progress;
  if (patch.status !== undefined) goal.status = patch.status;
  goal.updatedAt = store.now().toISOString();
  goal.version++;
  return goal;
}

export function createRecap(
  store: MemoryStore,
  viewer: Viewer,
  goalId: string,
  raw: CreateRecap,
): Recap {
  const input = validate(CreateRecap, raw);
  const goal = goalForWrite(store, viewer, goalId);
  const now = store.now();
  const id = store.newId('recap');
  const recap: Recap = {
    id,
    goalId,
    mentorshipId: goal.mentorshipId,
    authorId: viewer.person.id,
    sessionDate: input.sessionDate,
    notes: input.notes,
    actionItems: input.actionItems.map((item, index) => ({
      id: `${id}-a${index + 1}`,
      ...item,
      done: false,
      doneAt: null,
    })),
    progress: input.progress,
    createdAt: now.toISOString(),
  };
  store.recaps.push(recap);
  // The recap's progress is the goal's progress after the session.
  goal.progress = input.progress;
  if (goal.status === 'not-started' && input.progress > 0) goal.status = 'on-track';
  goal.updatedAt = recap.createdAt;
  goal.version++;
  return recap;
}
