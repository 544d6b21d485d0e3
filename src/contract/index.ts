// The contract: schemas (zod/mini), their types, shared rules. Single source of truth for the
// client, the memory API, the server and the generated openapi.json.
export * from './common.js';
export * from './problem.js';
export * from './person.js';
export * from './directory.js';
export * from './request.js';
export * from './request-rules.js';
export * from './mentorship.js';
export * from './goal.js';
export * from './goal-rules.js';
export * from './goal-confirmation.js';
export * from './recap-rules.js';
export * from './survey.js';
export * from './agreement.js';
export * from './agreement-rules.js';
export * from './mentorship-end.js';
export * from './report.js';
export * from './hashing.js';
export * from './query-params.js';
export {
  MEETING_FORMATS,
  CADENCES,
  DECLINE_REASONS,
  GOAL_FRAMEWORKS,
  SIGNATURE_METHODS,
  MATCH_REASON_KINDS,
} from './values.js';
