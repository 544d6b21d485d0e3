// The goal tracker's class and helpers, without registering any tag (see ./define.js).
export { MentorGoalTracker } from './goal-tracker.component.js';
export type { GoalConflict, SaveState } from './goal-save.controller.js';
