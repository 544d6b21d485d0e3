// Typed errors every MentoringApi implementation throws, so widgets can tell a person what
// happened and what to do (retry, reload, fix a field) without parsing messages.
import type { FieldError, Problem } from '../contract/index.js';

export class MentoringApiError extends Error {
  override name = 'MentoringApiError';
}

/** The server could not be reached (offline, DNS, dropped connection). Safe to retry. */
export class NetworkError extends MentoringApiError {
  override name = 'NetworkError';
}

/** The server did not answer in time. */
export class TimeoutError extends MentoringApiError {
  override name = 'TimeoutError';
}

/** The server answered with RFC 9457 problem details. */
export class ProblemError extends MentoringApiError {
  override name = 'ProblemError';
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** 409/412: someone changed the entity first; reload (see `currentVersion`) and retry. */
export class ConflictError extends ProblemError {
  override name = 'ConflictError';
  get currentVersion(): number | undefined {
    return this.problem.currentVersion;
  }
}

/** The server's answer broke the contract; `path` names the offending field. */
export class InvalidResponseError extends MentoringApiError {
  override name = 'InvalidResponseError';
  constructor(
    readonly operation: string,
    readonly path: string,
    detail: string,
  ) {
    super(`The server's answer to ${operation} is not valid: ${path || '(root)'}: ${detail}`);
  }
}

/** Build the right error class for a problem body. */
export function problemToError(problem: Problem): ProblemError {
  return problem.status === 409 || problem.status === 412
    ? new ConflictError(problem)
    : new ProblemError(problem);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
