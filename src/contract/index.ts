// The contract: schemas (zod/mini), their types, shared rules. Single source of truth for the
// client, the memory API, the server and the generated openapi.json.
export * from './common.js';
export * from './problem.js';
export * from './person.js';
export * from './directory.js';
export * from './request.js';
export * from './request-rules.js';
export * from './mentorship.js';
export * from './survey.js';
export * from './agreement.js';
export * from './report.js';
export * from './hashing.js';
export * from './query-params.js';
