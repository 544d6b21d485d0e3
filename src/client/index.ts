// Public entry of the client (`mentorkit/client`): the interface, its errors and both implementations.
export type { MentoringApi, CallOptions, CreateOptions, EditOptions } from './api.js';
export * from './errors.js';
export { HttpMentoringApi, type HttpMentoringApiOptions } from './http-api.js';
export {
  mentorQueryToSearchParams,
  mentorQueryFromSearchParams,
  requestQueryToSearchParams,
  requestQueryFromSearchParams,
} from './query-params.js';
export { MemoryMentoringApi, type MemoryMentoringApiOptions } from './memory-api.js';
