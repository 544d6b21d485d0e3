// What to tell a person when something failed: one mapping from typed errors to words, shared
// by task states and submit results so every widget says the same thing for the same failure.
import { msg, str } from '@lit/localize';
import {
  ConflictError,
  InvalidResponseError,
  NetworkError,
  ProblemError,
  TimeoutError,
  isAbortError,
} from '../client/errors.js';
import { ProblemCode } from '../contract/problem-codes.js';

// Isolated left-to-right (U+2066 ... U+2069) so it reads correctly inside Arabic text.
const PROGRAM_MARKUP = '\u2066<mentor-program api-base="...">\u2069';

/** Thrown (and shown) when a widget has no MentoringApi to talk to. */
export class MissingApiError extends Error {
  override name = 'MissingApiError';
  constructor() {
    super(
      'No API configured: put this element inside <mentor-program api-base="..."> or set api-base',
    );
  }
}

export interface ErrorMessage {
  title: string;
  detail?: string;
  /** False when trying again cannot help (configuration, permissions). */
  retryable: boolean;
}

export function describeError(error: unknown): ErrorMessage {
  if (error instanceof MissingApiError) {
    return {
      title: msg('No API configured'),
      // The markup is a placeholder so translators cannot break it.
      detail: msg(str`Put this element inside ${PROGRAM_MARKUP} or set its api-base attribute.`),
      retryable: false,
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: msg('You seem to be offline'),
      detail: msg('Check your connection, then try again.'),
      retryable: true,
    };
  }
  if (error instanceof TimeoutError) {
    return {
      title: msg('The server took too long to answer'),
      detail: msg('Try again in a moment.'),
      retryable: true,
    };
  }
  if (error instanceof ProblemError) {
    const known = error.code ? describeProblemCode(error.code) : undefined;
    if (known) return known;
  }
  if (error instanceof ConflictError) {
    return {
      title: msg('Someone changed this in the meantime'),
      detail: msg('Reload to see the latest version, then try again.'),
      retryable: true,
    };
  }
  if (error instanceof ProblemError) {
    const { title, detail, status } = error.problem;
    return { title, detail, retryable: status >= 500 || status === 408 || status === 429 };
  }
  if (error instanceof InvalidResponseError) {
    return {
      title: msg('The server sent something unexpected'),
      detail: msg('Try again later. If it keeps happening, tell your program team.'),
      retryable: true,
    };
  }
  return {
    title: msg('Something went wrong'),
    detail: msg('Try again in a moment.'),
    retryable: true,
  };
}

/**
 * Localized words for the contract's stable problem codes (the server's own title is English).
 * Widgets that need a more specific message check `error.code` themselves first.
 */
export function describeProblemCode(code: string): ErrorMessage | undefined {
  switch (code) {
    case ProblemCode.validation:
      return {
        title: msg('Some answers need another look'),
        detail: msg('Check the highlighted fields, then send again.'),
        retryable: false,
      };
    case ProblemCode.notFound:
      return {
        title: msg('This is no longer available'),
        detail: msg('It may have been removed. Reload the page to see what is there now.'),
        retryable: false,
      };
    case ProblemCode.forbidden:
      return {
        title: msg('You don’t have access to this'),
        detail: msg('If you think you should, ask your program team.'),
        retryable: false,
      };
    case ProblemCode.unauthenticated:
      return {
        title: msg('Your session has ended'),
        detail: msg('Sign in again, then try again.'),
        retryable: true,
      };
    case ProblemCode.versionMismatch:
    case ProblemCode.invalidTransition:
      return {
        title: msg('Someone changed this in the meantime'),
        detail: msg('Reload to see the latest version, then try again.'),
        retryable: true,
      };
    case ProblemCode.mentorFull:
      return {
        title: msg('This mentor has no open spots'),
        detail: msg('Choose another mentor, or try again when a spot opens.'),
        retryable: false,
      };
    case ProblemCode.mentorPaused:
      return {
        title: msg('This mentor is not taking mentees right now'),
        detail: msg('Choose another mentor, or try again later.'),
        retryable: false,
      };
    case ProblemCode.conflictOfInterest:
      return {
        title: msg('You can’t request this mentor'),
        detail: msg('They are in your management line (conflict of interest).'),
        retryable: false,
      };
    case ProblemCode.duplicateRequest:
      return { title: msg('You already sent this mentor a request.'), retryable: false };
    case ProblemCode.activeMentorshipExists:
      return {
        title: msg('You already have an active mentorship with this mentor'),
        retryable: false,
      };
    case ProblemCode.alreadySubmitted:
      return { title: msg('You already sent this'), retryable: false };
    case ProblemCode.staleSignature:
      return {
        title: msg('The agreement changed before you signed'),
        detail: msg('Read the latest version, then sign again.'),
        retryable: false,
      };
    case ProblemCode.selfRequest:
      return { title: msg('You can’t be your own mentor'), retryable: false };
    default:
      return undefined;
  }
}

/** Aborts (navigation, a newer search) are not failures and are never shown. */
export function isIgnorableError(error: unknown): boolean {
  return isAbortError(error) || (error instanceof Error && error.name === 'AbortError');
}
