// The goal form, loaded on demand (./lazy-parts.ts) as soon as the tracker shows goals someone
// may edit: its view, and the check of a draft with the contract schema (zod) and the goal rules,
// none of which the tracker's first paint needs.
export { renderGoalForm } from './goal-tracker-form.js';
export { CreateGoal } from '../../contract/goal.js';
export { diffPatch, parseDraft } from './goal-draft-check.js';
