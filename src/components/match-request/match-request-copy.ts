// Words a person reads in <mentor-match-request>: built from structured data (statuses, reasons,
// rules) and localized here, in one place, so the form, the status view and the inbox agree.
import { msg, str } from '@lit/localize';
import type {
  Cadence,
  DeclineReason,
  MatchRequest,
  MeetingFormat,
  MentorCard,
  RequestDraftProblem,
  RequestStatus,
} from '../../contract/index.js';
import { formatDate, formatList, formatRelativeTime } from '../../core/format.js';

export function statusLabel(status: RequestStatus): string {
  switch (status) {
    case 'pending':
      return msg('Waiting for an answer');
    case 'needs-info':
      return msg('Mentor asked a question');
    case 'accepted':
      return msg('Accepted');
    case 'declined':
      return msg('Declined');
    case 'withdrawn':
      return msg('Withdrawn');
    case 'expired':
      return msg('Expired');
  }
}

export function cadenceLabel(cadence: Cadence): string {
  switch (cadence) {
    case 'weekly':
      return msg('Weekly');
    case 'biweekly':
      return msg('Every two weeks');
    case 'monthly':
      return msg('Monthly');
  }
}

export function formatLabel(format: MeetingFormat): string {
  switch (format) {
    case 'video':
      return msg('Video call');
    case 'in-person':
      return msg('In person');
    case 'chat':
      return msg('Chat');
  }
}

export function declineReasonLabel(reason: DeclineReason): string {
  switch (reason) {
    case 'capacity':
      return msg('I have no open spots');
    case 'not-a-fit':
      return msg('Another mentor would fit better');
    case 'busy':
      return msg('I am not available in this period');
    case 'other':
      return msg('Another reason');
  }
}

/** The decline reason in plain words for the mentee, e.g. "Kwame has no open spots right now." */
export function declineReasonForMentee(name: string, reason: DeclineReason): string {
  switch (reason) {
    case 'capacity':
      return msg(str`${name} has no open spots right now.`);
    case 'not-a-fit':
      return msg(str`${name} thinks another mentor would fit your goals better.`);
    case 'busy':
      return msg(str`${name} is not available in this period.`);
    case 'other':
      return msg(str`${name} declined for another reason.`);
  }
}

export function weeksLabel(weeks: number): string {
  return weeks === 1 ? msg('1 week') : msg(str`${weeks} weeks`);
}

/** "Every two weeks · Video call · 12 weeks" (only what the mentee chose). */
export function preferencesText(request: MatchRequest, locale: string): string {
  const { cadence, format, durationWeeks } = request.preferences;
  const parts = [
    cadence ? cadenceLabel(cadence) : null,
    format ? formatLabel(format) : null,
    durationWeeks ? weeksLabel(durationWeeks) : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? formatList(parts, locale, 'unit') : msg('No preferences given');
}

export function expiresText(request: MatchRequest, locale: string, now = Date.now()): string {
  const when = formatRelativeTime(request.expiresAt, locale, now);
  const date = formatDate(request.expiresAt, locale);
  return msg(str`Expires ${when} (${date}) if there is no answer.`);
}

export function waitingText(request: MatchRequest, locale: string, now = Date.now()): string {
  const since = formatRelativeTime(request.createdAt, locale, now);
  return msg(str`Sent ${since}`);
}

/** Why a mentor cannot be asked, and what to do instead; null when they can be. */
export function notRequestableAdvice(
  card: MentorCard,
  locale: string,
): { title: string; advice: string } | null {
  const name = card.mentor.name;
  switch (card.notRequestableReason) {
    case null:
      return null;
    case 'full':
      return {
        title: msg(str`${name} has no open spots right now`),
        advice: msg('Choose another mentor in the directory, or come back when a spot opens.'),
      };
    case 'paused': {
      const until = card.mentor.availability.pausedUntil;
      return {
        title: until
          ? msg(str`${name} is not taking mentees until ${formatDate(until, locale)}`)
          : msg(str`${name} is not taking mentees right now`),
        advice: msg('Choose another mentor, or send your request after the pause.'),
      };
    }
    case 'conflict-of-interest':
      return {
        title: msg(str`${name} is in your management line`),
        advice: msg(
          'A mentor must not have authority over you (conflict of interest). Choose someone outside your reporting line.',
        ),
      };
    case 'already-requested':
      return {
        title: msg(str`You already have an open request to ${name}`),
        advice: msg('Wait for the answer, or withdraw that request under My requests.'),
      };
    case 'already-mentoring':
      return {
        title: msg(str`${name} is already your mentor`),
        advice: msg('Continue your mentorship, or choose another mentor for a different goal.'),
      };
    case 'mentorship-limit':
      return {
        title: msg('You have as many mentorships as the program allows'),
        advice: msg('Finish or end a current mentorship before asking someone new.'),
      };
    case 'self':
      return { title: msg('This is you'), advice: msg('Choose another mentor in the directory.') };
  }
}

export function draftProblemText(problem: RequestDraftProblem): string {
  switch (problem.rule) {
    case 'required':
      return problem.field === 'message'
        ? msg('Write a message to the mentor.')
        : msg('Add at least one goal.');
    case 'too-short':
      return msg(str`Write at least ${problem.limit} characters.`);
    case 'too-long':
      return msg(str`Keep it under ${problem.limit} characters.`);
    case 'too-many':
      return msg(str`Choose at most ${problem.limit} goals.`);
    case 'out-of-range':
      return msg('Choose between 4 and 24 weeks.');
  }
}

/** The live counter under the message. */
export function counterText(length: number, min: number, max: number): string {
  if (length < min) return msg(str`${min - length} more characters needed (${length} of ${max})`);
  return msg(str`${length} of ${max} characters`);
}
