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

/** Aborts (navigation, a newer search) are not failures and are never shown. */
export function isIgnorableError(error: unknown): boolean {
  return isAbortError(error) || (error instanceof Error && error.name === 'AbortError');
}
