// The problems the memory API throws: the same statuses and codes as the reference server.
import * as z from 'zod/mini';
import { ProblemCode, type FieldError, type Problem } from '../contract/index.js';
import { issuesToFieldErrors, type ValidationIssue } from '../contract/field-errors.js';
import { problemToError, type ProblemError } from '../client/errors.js';

const make = (
  status: number,
  title: string,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): ProblemError => problemToError({ type: 'about:blank', title, status, code, detail, ...extra });

export const problems = {
  validation: (errors: FieldError[], detail = 'Some fields are not valid.') =>
    make(422, 'Invalid input', ProblemCode.validation, detail, { errors }),
  unauthenticated: () =>
    make(401, 'Not signed in', ProblemCode.unauthenticated, 'Sign in to continue.'),
  forbidden: (detail = 'You are not allowed to do this.') =>
    make(403, 'Forbidden', ProblemCode.forbidden, detail),
  notFound: (what: string) =>
    make(
      404,
      'Not found',
      ProblemCode.notFound,
      `${what} does not exist or is not visible to you.`,
    ),
  conflict: (code: string, detail: string, extra: Partial<Problem> = {}) =>
    make(409, 'Conflict', code, detail, extra),
  unprocessable: (code: string, detail: string) => make(422, 'Cannot do this', code, detail),
  versionMismatch: (currentVersion: number) =>
    make(
      412,
      'Changed by someone else',
      ProblemCode.versionMismatch,
      'This was changed since you loaded it. Reload and try again.',
      { currentVersion },
    ),
};

/** The parsed value, or a 422 problem naming each bad field. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw problems.validation(
      issuesToFieldErrors(result.error.issues as readonly ValidationIssue[]),
    );
  return result.data;
}

export function assertVersion(expected: number, current: number): void {
  if (expected !== current) throw problems.versionMismatch(current);
}
