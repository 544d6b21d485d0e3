// The mentor's confirmation of done goals (a program option, ProgramSettings
// .goalsNeedMentorConfirmation), shared by the server, the memory API and <mentor-goal-tracker>:
// who may mark a goal done, confirm it or send it back, and what each step stores. Pure, no I/O.
import { ProblemCode } from './problem-codes.js';
import type { Goal, GoalConfirmation, GoalStatus, UpdateGoal } from './goal.js';

/** Who edits a goal, in which program. */
export interface GoalEditor {
  personId: string;
  /** Their side of the mentorship. */
  side: 'mentee' | 'mentor';
  /** The program asks the mentor to confirm goals the mentee marks as done. */
  needsConfirmation: boolean;
}

/** An editor outside any program rule: statuses are taken as sent (optimistic previews). */
export const PLAIN_EDITOR: GoalEditor = { personId: '', side: 'mentee', needsConfirmation: false };

export interface GoalRefusal {
  status: 403 | 409;
  code: string;
  detail: string;
}

type Completion = Pick<Goal, 'status' | 'confirmation'>;
type CompletionPatch = Pick<UpdateGoal, 'status' | 'sendBack'>;

const finished = (status: GoalStatus | undefined) =>
  status === 'done' || status === 'awaiting-confirmation';

/** Why this editor may not make this change to the goal's completion; null when they may. */
export function confirmationRefusal(
  goal: Pick<Goal, 'status'>,
  patch: CompletionPatch,
  editor: GoalEditor,
): GoalRefusal | null {
  const awaiting = goal.status === 'awaiting-confirmation';
  if (patch.sendBack) {
    if (editor.side !== 'mentor')
      return {
        status: 403,
        code: ProblemCode.mentorConfirmsGoals,
        detail: 'Only the mentor can send a goal back.',
      };
    if (!awaiting)
      return {
        status: 409,
        code: ProblemCode.goalNotAwaitingConfirmation,
        detail: 'This goal is not waiting for confirmation.',
      };
    if (finished(patch.status))
      return {
        status: 409,
        code: ProblemCode.invalidTransition,
        detail: 'A goal sent back cannot be done at the same time.',
      };
  }
  if (editor.side === 'mentee' && editor.needsConfirmation && awaiting && patch.status === 'done')
    return {
      status: 403,
      code: ProblemCode.mentorConfirmsGoals,
      detail: 'Only the mentor can confirm that this goal is done.',
    };
  return null;
}

/**
 * The stored status and confirmation after an allowed change. "Done" from the mentee waits for
 * the mentor when the program asks for it; "done" from the mentor confirms. A goal sent back is
 * on track again, with the mentor's note kept until the mentee marks it done again.
 */
export function completionAfter(
  goal: Completion,
  patch: CompletionPatch,
  editor: GoalEditor,
  now: string,
): Completion {
  const step = (name: GoalConfirmation['step'], note = ''): GoalConfirmation => ({
    step: name,
    byId: editor.personId,
    at: now,
    note,
  });
  if (patch.sendBack)
    return {
      status: patch.status ?? 'on-track',
      confirmation: step('sent-back', patch.sendBack.note),
    };
  const asked = patch.status;
  if (asked === undefined || asked === goal.status || (finished(asked) && goal.status === 'done'))
    return { status: goal.status, confirmation: goal.confirmation };
  if (!finished(asked))
    return {
      status: asked,
      confirmation: goal.confirmation?.step === 'sent-back' ? goal.confirmation : null,
    };
  if (!editor.needsConfirmation) return { status: 'done', confirmation: null };
  if (editor.side === 'mentee')
    return { status: 'awaiting-confirmation', confirmation: step('requested') };
  return { status: 'done', confirmation: step('confirmed') };
}

/** The editor of a goal in a mentorship: the mentor's side, or else the mentee's. */
export const goalEditor = (
  personId: string,
  mentorship: { mentorId: string },
  settings: { goalsNeedMentorConfirmation?: boolean },
): GoalEditor => ({
  personId,
  side: mentorship.mentorId === personId ? 'mentor' : 'mentee',
  needsConfirmation: settings.goalsNeedMentorConfirmation ?? false,
});
