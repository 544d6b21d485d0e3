// Mentorships, their goals and session recaps (<mentor-goal-tracker>).
import {
  Goal,
  GoalList,
  Mentorship,
  MentorshipPage,
  Recap,
  type CreateGoal,
  type CreateRecap,
  type UpdateGoal,
} from '../../../contract/mentorship.js';
import type { CallOptions, CreateOptions, EditOptions, MentoringApi } from '../../api.js';
import { pathId, type HttpTransport } from '../transport.js';

export const mentorshipOperations = (
  http: HttpTransport,
): Pick<
  MentoringApi,
  'listMentorships' | 'getMentorship' | 'listGoals' | 'createGoal' | 'updateGoal' | 'createRecap'
> => ({
  listMentorships: (options?: CallOptions) => http.read('/mentorships', MentorshipPage, options),
  getMentorship: (mentorshipId: string, options?: CallOptions) =>
    http.read(`/mentorships/${pathId(mentorshipId)}`, Mentorship, options),
  listGoals: (mentorshipId: string, options?: CallOptions) =>
    http.read(`/mentorships/${pathId(mentorshipId)}/goals`, GoalList, options),
  createGoal: (mentorshipId: string, input: CreateGoal, options?: CreateOptions) =>
    http.create(`/mentorships/${pathId(mentorshipId)}/goals`, Goal, input, options),
  updateGoal: (goalId: string, patch: UpdateGoal, options: EditOptions) =>
    http.edit('patch', `/goals/${pathId(goalId)}`, Goal, patch, options),
  createRecap: (goalId: string, input: CreateRecap, options?: CreateOptions) =>
    http.create(`/goals/${pathId(goalId)}/recaps`, Recap, input, options),
});
