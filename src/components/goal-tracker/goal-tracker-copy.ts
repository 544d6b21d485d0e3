// Words a person reads in the goal tracker, in one place: frameworks explained with an example,
// the prompts of each framework, statuses, progress and rule messages.
import { msg, str } from '@lit/localize';
import type {
  ActionOwner,
  CriterionKey,
  GoalFramework,
  GoalHealth,
  GoalRule,
  ProgressSource,
} from '../../contract/index.js';
import { formatPercent } from '../../core/format.js';

export interface FrameworkCopy {
  name: string;
  summary: string;
  example: string;
}

export function frameworkCopy(framework: GoalFramework): FrameworkCopy {
  switch (framework) {
    case 'SMART':
      return {
        name: msg('SMART'),
        summary: msg(
          'Specific, measurable, achievable, relevant and time-bound. Good for performance goals.',
        ),
        example: msg(
          'Lead two sprint reviews by the end of Q3, with feedback from the product manager after each.',
        ),
      };
    case 'REAL':
      return {
        name: msg('REAL'),
        summary: msg(
          'Relevant, experimental, aspirational and learning-based. Good for growing a skill or a habit.',
        ),
        example: msg(
          'Think more strategically: try a monthly trend memo for my team and discuss it with my mentor.',
        ),
      };
    case 'OKR':
      return {
        name: msg('OKR'),
        summary: msg(
          'An objective with two to four measurable key results. Progress follows the numbers.',
        ),
        example: msg(
          'Objective: a calmer support queue. Key result: open tickets from 200 down to 100.',
        ),
      };
  }
}

export function criterionCopy(key: CriterionKey): { label: string; hint: string } {
  switch (key) {
    case 'specific':
      return { label: msg('Specific'), hint: msg('What exactly will you do?') };
    case 'measurable':
      return {
        label: msg('Measurable'),
        hint: msg('How will you and your mentor know it is done?'),
      };
    case 'achievable':
      return {
        label: msg('Achievable'),
        hint: msg('What makes it realistic with your time and support?'),
      };
    case 'relevant':
      return { label: msg('Relevant'), hint: msg('Why does it matter for you and your work now?') };
    case 'timeBound':
      return { label: msg('Time-bound'), hint: msg('When, and what are the checkpoints?') };
    case 'experimental':
      return {
        label: msg('Experimental'),
        hint: msg('What will you try, and how will you see if it works?'),
      };
    case 'aspirational':
      return { label: msg('Aspirational'), hint: msg('What would be a great outcome, a stretch?') };
    case 'learning':
      return { label: msg('Learning-based'), hint: msg('What do you want to learn?') };
  }
}

export function healthLabel(health: GoalHealth): string {
  switch (health) {
    case 'done':
      return msg('Done');
    case 'awaiting-confirmation':
      return msg('Awaiting confirmation');
    case 'overdue':
      return msg('Overdue');
    case 'at-risk':
      return msg('At risk');
    case 'on-track':
      return msg('On track');
    case 'not-started':
      return msg('Not started');
  }
}

export function ruleMessage(rule: GoalRule): string {
  switch (rule) {
    case 'smart-needs-due-date':
      return msg('A SMART goal is time-bound: give it a due date.');
    case 'smart-needs-measure':
      return msg('Say how you will measure success.');
    case 'real-needs-learning':
      return msg('Say what you want to learn.');
    case 'okr-needs-key-result':
      return msg('An OKR needs at least one key result.');
    case 'target-equals-start':
      return msg('The target must differ from the start value.');
    case 'milestone-after-goal':
      return msg('This milestone is due after the goal itself.');
  }
}

/** Messages for input the contract refuses, by the field's last path segment. */
export function fieldMessage(path: string): string {
  const last = path.split('.').at(-1);
  switch (last) {
    case 'title':
      return path === 'title' ? msg('Give the goal a title.') : msg('Give it a name.');
    case 'start':
    case 'target':
    case 'current':
    case 'weight':
    case 'progress':
      return msg('Enter a number.');
    case 'dueDate':
    case 'sessionDate':
      return msg('Enter a date.');
    case 'text':
      return msg('Write what needs doing.');
    default:
      return msg('Check this field.');
  }
}

export function ownerLabel(owner: ActionOwner): string {
  return owner === 'mentee' ? msg('Mentee') : msg('Mentor');
}

/** What the progress bar says besides the number. */
export function progressText(
  locale: string,
  progress: number,
  source: ProgressSource,
  parts: { done: number; total: number },
): string {
  const percent = formatPercent(progress / 100, locale);
  switch (source) {
    case 'key-results':
      return msg(str`${percent}, from ${parts.total} key results`);
    case 'milestones':
      return msg(str`${percent}, ${parts.done} of ${parts.total} milestones done`);
    case 'manual':
      return msg(str`${percent}, set by hand`);
  }
}

export const saveCopy = {
  saving: () => msg('Saving…'),
  saved: () => msg('All changes saved'),
  failed: (title: string) => msg(str`Could not save “${title}”. Your change was undone.`),
};
