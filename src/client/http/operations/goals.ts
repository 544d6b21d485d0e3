// Goals, session recaps and their action items (<mentor-goal-tracker>).
import {
  ActionItem,
  ActionItemList,
  Goal,
  GoalList,
  Recap,
  RecapPage,
  type ActionItemQuery,
  type CreateGoal,
  type CreateRecap,
  type GoalOrder,
  type RecapQuery,
  type UpdateActionItem,
  type UpdateGoal,
} from '../../../contract/goal.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

type GoalOperation =
  | 'listGoals'
  | 'getGoal'
  | 'createGoal'
  | 'updateGoal'
  | 'reorderGoals'
  | 'listRecaps'
  | 'createRecap'
  | 'listActionItems'
  | 'updateActionItem';

const mentorshipPath = (mentorshipId: string, rest: string) =>
  `/mentorships/${pathId(mentorshipId)}/${rest}`;

export const goalOperations = (http: HttpTransport): Pick<MentoringApi, GoalOperation> => ({
  listGoals: (mentorshipId: string, options?: CallOptions) =>
    http.read(mentorshipPath(mentorshipId, 'goals'), GoalList, options),
  getGoal: (goalId: string, options?: CallOptions) =>
    http.read(`/goals/${pathId(goalId)}`, Goal, options),
  createGoal: (mentorshipId: string, input: CreateGoal, options?: CreateOptions) =>
    http.create(mentorshipPath(mentorshipId, 'goals'), Goal, input, options),
  updateGoal: (goalId: string, patch: UpdateGoal, options: EditOptions) =>
    http.edit('patch', `/goals/${pathId(goalId)}`, Goal, patch, options),
  // The whole order at once: a PUT of the full value, so no If-Match (last write wins).
  reorderGoals: (mentorshipId: string, order: GoalOrder, options?: CallOptions) =>
    http.replace(mentorshipPath(mentorshipId, 'goal-order'), GoalList, order, options),
  listRecaps: (mentorshipId: string, query: RecapQuery = {}, options?: CallOptions) => {
    const params = new URLSearchParams();
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    return http.read(mentorshipPath(mentorshipId, 'recaps'), RecapPage, options, params);
  },
  createRecap: (mentorshipId: string, input: CreateRecap, options?: CreateOptions) =>
    http.create(mentorshipPath(mentorshipId, 'recaps'), Recap, input, options),
  listActionItems: (mentorshipId: string, query: ActionItemQuery = {}, options?: CallOptions) => {
    const params = new URLSearchParams(query.status ? { status: query.status } : {});
    return http.read(mentorshipPath(mentorshipId, 'action-items'), ActionItemList, options, params);
  },
  updateActionItem: (itemId: string, patch: UpdateActionItem, options: EditOptions) =>
    http.edit('patch', `/action-items/${pathId(itemId)}`, ActionItem, patch, options),
});
