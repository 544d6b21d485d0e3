// Query objects for GET /mentors and GET /requests read back from URL parameters and validated
// against the contract (zod). Writing them, and reading them unvalidated, is ./query-codec.ts.
import { MentorQuery } from './directory.js';
import { RequestQuery } from './request.js';
import { mentorQueryInput, requestQueryInput } from './query-codec.js';

export { mentorQueryToSearchParams, requestQueryToSearchParams } from './query-codec.js';

/**
 * Read a directory search back from URL parameters (the inverse of `mentorQueryToSearchParams`) and
 * validate it against the contract. Unknown parameters are ignored. Returns zod's safe-parse result:
 * the server turns a failure into field errors, the directory falls back to an empty search.
 */
export function mentorQueryFromSearchParams(
  params: URLSearchParams,
): ReturnType<typeof MentorQuery.safeParse> {
  return MentorQuery.safeParse(mentorQueryInput(params));
}

/** Read and validate `GET /requests` parameters (inverse of `requestQueryToSearchParams`). */
export function requestQueryFromSearchParams(
  params: URLSearchParams,
): ReturnType<typeof RequestQuery.safeParse> {
  return RequestQuery.safeParse(requestQueryInput(params));
}
