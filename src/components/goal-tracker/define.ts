// Registers <mentor-goal-tracker> (safe to load twice). Import the class from ./index.js (or
// ./goal-tracker.component.js) to extend it without registering.
import { MentorGoalTracker } from './goal-tracker.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { peopleOperations } from '../../client/http/operations/people.js';
import { mentorshipOperations } from '../../client/http/operations/mentorships.js';
import { goalOperations } from '../../client/http/operations/goals.js';
import { defineElement } from '../../core/define.js';

// The tracker's requests arrive with it (see src/core/README.md, "Operations per widget").
preloadOperations({
  people: peopleOperations,
  mentorships: mentorshipOperations,
  goals: goalOperations,
});

export { MentorGoalTracker };
export const goalTrackerTag = 'mentor-goal-tracker';

defineElement(goalTrackerTag, MentorGoalTracker);
