// Registers <mentor-goal-tracker> (safe to load twice). Import the class from ./index.js (or
// ./goal-tracker.component.js) to extend it without registering.
import { MentorGoalTracker } from './goal-tracker.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The tracker's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'mentorships', 'goals');

export { MentorGoalTracker };
export const goalTrackerTag = 'mentor-goal-tracker';

defineElement(goalTrackerTag, MentorGoalTracker);
