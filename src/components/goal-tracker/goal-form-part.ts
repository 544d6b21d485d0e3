// The goal form, loaded on demand (./lazy-parts.ts) as soon as the tracker shows goals someone
// may edit: its view and the contract schema a draft is checked with (zod), neither of which the
// tracker's first paint needs.
export { renderGoalForm } from './goal-tracker-form.js';
export { CreateGoal } from '../../contract/goal.js';
