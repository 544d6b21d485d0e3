// RFC 9457 problem details: every error the server gives is `application/problem+json` with a
// stable `code`, field errors for bad input, and never a 500 for something the client sent.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PROBLEM_CONTENT_TYPE, ProblemCode, type Problem } from '../src/contract/index.js';
import { problemKit } from '../src/contract/problem-catalogue.js';

/** Thrown anywhere in a request; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status() {
    return this.problem.status;
  }
}

/** The shared catalogue (src/contract/problem-catalogue.ts), thrown as HttpProblem. */
export const { problems, validate, refuse, assertVersion, decodeCursor } = problemKit(
  (problem) => new HttpProblem(problem),
);

export function sendProblem(c: Context, body: Problem): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
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
