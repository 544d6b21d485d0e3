// Every problem a backend answers, by name: status, title and code written once, so the server
// and the memory API give the same answer to the same mistake. Each backend wraps the plain
// problem in its own error type with problemKit().
import type * as z from 'zod/mini';
import { issuesToFieldErrors, type ValidationIssue } from './field-errors.js';
import { readCursor } from './cursor.js';
import { ProblemCode, type FieldError, type Problem } from './problem.js';
import type { SurveyRefusal } from './survey-access.js';
import type { GoalRefusal } from './goal-confirmation.js';

const problem = (
  status: number,
  title: string,
  code: string,
  detail?: string,
  extra: Partial<Problem> = {},
): Problem => ({
  type: 'about:blank',
  title,
  status,
  code,
  ...(detail ? { detail } : {}),
  ...extra,
});

export const problemCatalogue = {
  validation: (errors: FieldError[], detail = 'Some fields are not valid.') =>
    problem(422, 'Invalid input', ProblemCode.validation, detail, { errors }),
  badRequest: (detail: string, code: string = ProblemCode.validation) =>
    problem(400, 'Bad request', code, detail),
  badCursor: () =>
    problem(
      400,
      'Bad request',
      'bad-cursor',
      'The cursor is not valid; start from the first page.',
    ),
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
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    problem(
      405,
      'Method not allowed',
      'method-not-allowed',
      `${method} is not allowed here; use ${allowed.join(', ')}.`,
    ),
  conflict: (code: string, detail: string, extra: Partial<Problem> = {}) =>
    problem(409, 'Conflict', code, detail, extra),
  versionMismatch: (currentVersion: number) =>
    problem(
      412,
      'Changed by someone else',
      ProblemCode.versionMismatch,
      'This was changed since you loaded it. Reload and try again.',
      { currentVersion },
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
  /** A rule refused the action (see src/matching/eligibility.ts). */
  refused: ({ status, code, detail }: { status: 409 | 422; code: string; detail: string }) =>
    status === 422
      ? problem(422, 'Cannot do this', code, detail)
      : problem(409, 'Conflict', code, detail),
  /** A survey did not take an answer (see src/contract/survey-access.ts). */
  surveyRefused: (refusal: SurveyRefusal) =>
    refusal.kind === 'forbidden'
      ? problem(403, 'Forbidden', ProblemCode.forbidden, refusal.detail)
      : refusal.kind === 'conflict'
        ? problem(409, 'Conflict', refusal.code, refusal.detail)
        : problem(422, 'Invalid input', ProblemCode.validation, refusal.detail, {
            errors: refusal.errors,
          }),
  /** A goal's completion step refused (see src/contract/goal-confirmation.ts). */
  goalRefused: ({ status, code, detail }: GoalRefusal) =>
    status === 403
      ? problem(403, 'Forbidden', code, detail)
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

type Catalogue = typeof problemCatalogue;
export type ProblemFactories<E> = {
  [K in keyof Catalogue]: (...args: Parameters<Catalogue[K]>) => E;
};

export interface ProblemKit<E> {
  /** The catalogue, each problem wrapped in the backend's error type (to throw). */
  problems: ProblemFactories<E>;
  /** The parsed value, or a 422 naming each bad field. */
  validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S>;
  /** A 422 naming each field a shared rule (`src/contract/*-rules.ts`) found wrong; none: nothing. */
  refuse(fieldErrors: readonly FieldError[], detail?: string): void;
  /** 412 with the current version when the client edited an older one. */
  assertVersion(expected: number, current: number): void;
  /** The cursor's object (null without a cursor), or a 400 `bad-cursor`. */
  decodeCursor<T extends Record<string, unknown>>(
    cursor: string | undefined,
    check: (value: T) => boolean,
  ): T | null;
}

export function problemKit<E>(toError: (problem: Problem) => E): ProblemKit<E> {
  const problems = Object.fromEntries(
    Object.entries(problemCatalogue).map(([name, make]) => [
      name,
      (...args: unknown[]) => toError((make as (...a: unknown[]) => Problem)(...args)),
    ]),
  ) as ProblemFactories<E>;
  return {
    problems,
    validate(schema, value) {
      const result = schema.safeParse(value);
      if (!result.success)
        throw problems.validation(
          issuesToFieldErrors(result.error.issues as readonly ValidationIssue[]),
        );
      return result.data;
    },
    refuse(fieldErrors, detail) {
      if (fieldErrors.length > 0) throw problems.validation([...fieldErrors], detail);
    },
    assertVersion(expected, current) {
      if (expected !== current) throw problems.versionMismatch(current);
    },
    decodeCursor(cursor, check) {
      if (!cursor) return null;
      const value = readCursor(cursor, check);
      if (!value) throw problems.badCursor();
      return value;
    },
  };
}
