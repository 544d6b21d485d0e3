// Turn what ky and fetch throw into the kit's typed errors (src/client/errors.ts).
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { Problem } from '../../contract/index.js';
import { NetworkError, TimeoutError, problemToError, type ProblemError } from '../errors.js';

/**
 * Map a failure of `operation` to a typed error. The caller's own abort is returned untouched
 * (widgets ignore AbortError), and so is anything that is not a transport failure.
 */
export function toApiError(
  error: unknown,
  operation: string,
  signal: AbortSignal | undefined,
): unknown {
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
export function problemFromResponse(response: Response, body: unknown): ProblemError {
  const parsed = Problem.safeParse(body);
  const problem: Problem = parsed.success
    ? { ...parsed.data, status: response.status }
    : {
        type: 'about:blank',
        title: response.statusText || `The server answered with status ${response.status}`,
        status: response.status,
      };
  return problemToError(problem);
}
