// What the buttons on a goal card do: every change saves itself through the save controller
// (optimistic, undone with a message on failure); moving a goal sends the new order.
import { msg, str } from '@lit/localize';
import type { MentoringApi } from '../../client/api.js';
import type { Goal } from '../../contract/index.js';
import { byPosition } from '../../contract/goal-progress.js';
import type { MentorEventMap } from '../../core/events.js';
import { moveGoal } from './goal-changes.js';
import type { GoalActions } from './goal-tracker-list.js';
import type { GoalSaveController } from './goal-save.controller.js';

export interface GoalActionsHost {
  saver: GoalSaveController;
  api: () => MentoringApi;
  mentorshipId: () => string;
  goals: () => Goal[];
  setGoals: (goals: Goal[]) => void;
  say: (text: string) => void;
  /** Focuses a button of a goal card once it is rendered again. */
  focus: (goalId: string, action: string) => void;
  emitChange: (detail: MentorEventMap['mentor-goal-change']) => void;
  /** Opens the mentor's "send back" note for a goal awaiting confirmation. */
  sendBack: (goal: Goal) => void;
  /** The mentee's "done" waits for the mentor (program option). */
  waitsForMentor: () => boolean;
}

function move(host: GoalActionsHost, goal: Goal, delta: -1 | 1): void {
  const before = host.goals();
  const moved = moveGoal(before, goal.id, delta);
  if (!moved) return;
  host.setGoals(moved.goals);
  host.say(msg(str`Moved “${goal.title}” to position ${moved.to + 1} of ${moved.of}.`));
  host.focus(goal.id, delta < 0 ? 'up' : 'down');
  const goalIds = moved.goals.map((g) => g.id);
  void host.saver
    .track(
      msg('the order of goals'),
      () => host.api().reorderGoals(host.mentorshipId(), { goalIds }),
      () => host.setGoals(before),
    )
    .then((list) => {
      if (!list) return;
      host.setGoals([...list.items].sort(byPosition));
      host.saver.confirm(list.items);
      const saved = list.items.find((g) => g.id === goal.id);
      if (saved) host.emitChange({ goal: saved, change: 'reordered' });
    });
}

export function goalActions(host: GoalActionsHost): GoalActions {
  const save = (goal: Goal, patch: Parameters<GoalSaveController['save']>[1]) =>
    void host.saver.save(goal.id, patch);
  return {
    edit: () => undefined, // replaced by the form controller's openEdit in the element
    complete: (goal) => {
      save(goal, { status: 'done' });
      if (goal.status !== 'awaiting-confirmation' && host.waitsForMentor())
        host.say(msg(str`“${goal.title}” is waiting for your mentor to confirm it is done.`));
    },
    reopen: (goal) => save(goal, { status: 'on-track' }),
    sendBack: (goal) => host.sendBack(goal),
    archive: (goal) => {
      save(goal, { archived: true });
      host.say(msg(str`“${goal.title}” archived. Show archived goals to restore it.`));
    },
    restore: (goal) => {
      save(goal, { archived: false });
      host.say(msg(str`“${goal.title}” restored.`));
    },
    move: (goal, delta) => move(host, goal, delta),
    toggleMilestone: (goal, milestone, done) =>
      save(goal, {
        milestones: goal.milestones.map((m) => (m.id === milestone.id ? { ...m, done } : m)),
      }),
    updateKeyResult: (goal, keyResult, current) =>
      save(goal, {
        keyResults: goal.keyResults.map((kr) => (kr.id === keyResult.id ? { ...kr, current } : kr)),
      }),
  };
}
