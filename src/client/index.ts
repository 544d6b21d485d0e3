// Public entry of the client (`mentorkit/client`): the interface, its errors and the HTTP client.
// The in-memory implementation has its own entry (`mentorkit/memory`) so that pages talking to a
// real backend never download the fixture generator.
export type { MentoringApi, CallOptions, CreateOptions, EditOptions } from './api.js';
export * from './errors.js';
export { HttpMentoringApi, type HttpMentoringApiOptions } from './http-api.js';
export {
  mentorQueryToSearchParams,
  mentorQueryFromSearchParams,
  requestQueryToSearchParams,
  requestQueryFromSearchParams,
} from '../contract/query-params.js';
