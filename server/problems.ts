// RFC 9457 problem details: every error the server gives is `application/problem+json` with a
// stable `code`, field errors for bad input, and never a 500 for something the client sent.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemCode,
  type FieldError,
  type Problem,
} from '../src/contract/index.js';
import type { RequestRefusal } from '../src/matching/eligibility.js';

/** Thrown anywhere in a request; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status() {
    return this.problem.status;
  }
}

const problem = (
  status: number,
  title: string,
  code: string,
  detail?: string,
  extra: Partial<Problem> = {},
) =>
  new HttpProblem({
    type: 'about:blank',
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  });

export const problems = {
  validation: (errors: FieldError[], detail = 'Some fields are not valid.') =>
    problem(422, 'Invalid input', ProblemCode.validation, detail, { errors }),
  badRequest: (detail: string, code: string = ProblemCode.validation) =>
    problem(400, 'Bad request', code, detail),
  unauthenticated: (detail = 'Sign in to continue.') =>
    problem(401, 'Not signed in', ProblemCode.unauthenticated, detail),
  forbidden: (detail = 'You are not allowed to do this.') =>
    problem(403, 'Forbidden', ProblemCode.forbidden, detail),
  notFound: (what: string) =>
    problem(
      404,
      'Not found',
      ProblemCode.notFound,
      `${what} does not exist or is not visible to you.`,
    ),
  conflict: (code: string, detail: string, extra: Partial<Problem> = {}) =>
    problem(409, 'Conflict', code, detail, extra),
  versionMismatch: (currentVersion: number) =>
    problem(
      412,
      'Changed by someone else',
      ProblemCode.versionMismatch,
      'This was changed since you loaded it. Reload and try again.',
      {
        currentVersion,
      },
    ),
  preconditionRequired: () =>
    problem(
      428,
      'Version required',
      'if-match-required',
      'Send If-Match with the version you are editing.',
    ),
  unprocessable: (code: string, detail: string, extra: Partial<Problem> = {}) =>
    problem(422, 'Cannot do this', code, detail, extra),
  refused: ({ status, code, detail }: RequestRefusal) =>
    status === 422
      ? problem(422, 'Cannot do this', code, detail)
      : problem(409, 'Conflict', code, detail),
  unsupportedMediaType: () =>
    problem(
      415,
      'Unsupported media type',
      'unsupported-media-type',
      'Send the body as application/json.',
    ),
  tooLarge: (limit: number) =>
    problem(
      413,
      'Body too large',
      'body-too-large',
      `The request body is larger than ${limit} bytes.`,
    ),
};

export function sendProblem(c: Context, body: Problem): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

/** Drizzle wraps driver errors; the PostgreSQL error code is on the cause. */
export function pgErrorCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  for (
    let e = error as
        { constraint?: unknown; constraint_name?: unknown; cause?: unknown } | undefined,
      depth = 0;
    e && depth < 4;
    depth++
  ) {
    const name = e.constraint ?? e.constraint_name;
    if (typeof name === 'string') return name;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Hono's onError: known problems as they are, framework errors mapped, the rest a logged 500. */
export function toProblemResponse(
  error: unknown,
  c: Context,
  log: (error: unknown) => void,
): Response {
  if (error instanceof HttpProblem)
    return sendProblem(c, { ...error.problem, instance: c.req.path });
  if (error instanceof HTTPException) {
    const status = error.status;
    return sendProblem(c, {
      type: 'about:blank',
      title: status === 401 ? 'Not signed in' : status === 403 ? 'Forbidden' : 'Bad request',
      status,
      code:
        status === 401
          ? ProblemCode.unauthenticated
          : status === 403
            ? ProblemCode.forbidden
            : 'bad-request',
      detail: error.message || undefined,
      instance: c.req.path,
    });
  }
  log(error);
  return sendProblem(c, {
    type: 'about:blank',
    title: 'Server error',
    status: 500,
    code: 'server-error',
    detail: 'Something went wrong on our side. Try again in a moment.',
    instance: c.req.path,
  });
}
