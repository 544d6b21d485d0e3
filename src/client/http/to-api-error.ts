// Turn what ky and fetch throw into the kit's typed errors (src/client/errors.ts).
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { Problem } from '../../contract/problem.js';
import { NetworkError, TimeoutError, problemToError, type ProblemError } from '../errors.js';

/**
 * Map a failure of `operation` to a typed error. The caller's own abort is returned untouched
 * (widgets ignore AbortError), and so is anything that is not a transport failure.
 */
export async function toApiError(
  error: unknown,
  operation: string,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  if (signal?.aborted) return error;
  if (isHTTPError(error)) return problemFromResponse(error.response, error.data);
  if (isTimeoutError(error))
    return new TimeoutError(`${operation} took too long to answer`, { cause: error });
  if (isNetworkError(error)) {
    return new NetworkError(`${operation} could not reach the server`, { cause: error });
  }
  return error;
}

/**
 * An error answer as a ProblemError (ConflictError for 409/412). A body that is not RFC 9457
 * problem details (a proxy's HTML page, an empty 502) becomes a problem built from the status.
 */
export async function problemFromResponse(
  response: Response,
  body: unknown,
): Promise<ProblemError> {
  const parsed = await parseProblem(body);
  const problem: Problem = parsed?.success
    ? { ...parsed.data, status: response.status }
    : {
        type: 'about:blank',
        title: response.statusText || `The server answered with status ${response.status}`,
        status: response.status,
      };
  return problemToError(problem);
}

/**
 * The Problem schema loads with the first error, not with the client: an operation group (and
 * zod with it) is always loaded by then, so this costs a tiny chunk, and no page that never
 * meets an error pays for it. Unloadable (offline) means "not a problem body".
 */
async function parseProblem(body: unknown) {
  try {
    const { Problem } = await import('../../contract/problem.js');
    return Problem.safeParse(body);
  } catch {
    return undefined;
  }
}
