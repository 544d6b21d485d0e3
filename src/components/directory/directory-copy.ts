// Words a person reads in the directory, built from structured data (reasons, stats, codes)
// and localized here, in one place, so cards, dialog and filters say the same thing.
import { msg, str } from '@lit/localize';
import type { MentorCard, MentorSort, ProgramType } from '../../contract/index.js';
import { formatList, formatLocalTime } from '../../core/format.js';
import { languageName } from '../../core/mentor-words.js';
import type { ActiveFilter } from './directory-query.js';

export {
  languageName,
  reasonSentence,
  responsivenessText,
  spotsText,
} from '../../core/mentor-words.js';

export { formatList };

export function programTypeLabel(type: ProgramType | string): string {
  switch (type) {
    case 'career':
      return msg('Career');
    case 'high-potential':
      return msg('High potential');
    case 'diversity':
      return msg('Diversity and inclusion');
    case 'onboarding':
      return msg('Onboarding');
    case 'reverse':
      return msg('Reverse mentoring');
    case 'circle':
      return msg('Mentoring circle');
    default:
      return type;
  }
}

export function sortLabel(sort: MentorSort): string {
  switch (sort) {
    case 'match':
      return msg('Best match');
    case 'responsive':
      return msg('Most responsive');
    case 'name':
      return msg('Name');
  }
}

/** "UTC+5:30" */
export function utcOffsetLabel(offset: number): string {
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  const hours = Math.floor(abs);
  const minutes = Math.round((abs - hours) * 60);
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

export function resultsCount(count: number): string {
  return count === 1 ? msg('1 mentor found') : msg(str`${count} mentors found`);
}

/** Why "Request mentoring" is not offered, in words for the mentee. */
export function notRequestableText(card: MentorCard): string {
  switch (card.notRequestableReason) {
    case 'full':
      return msg('Has no open spots right now.');
    case 'paused':
      return msg('Is not taking mentees in this period.');
    case 'conflict-of-interest':
      return msg(
        'You can’t request this mentor: they are in your management line (conflict of interest).',
      );
    case 'self':
      return msg('This is you.');
    case 'already-requested':
      return msg('You already sent this mentor a request.');
    case 'already-mentoring':
      return msg('Already your mentor.');
    case 'mentorship-limit':
      return msg('You already have as many mentorships as the program allows.');
    default:
      return msg('Not available for requests.');
  }
}

/** "14:05 local time" at the mentor's location (nothing for an unknown time zone). */
export function localTime(locale: string, timeZone: string): string {
  try {
    return formatLocalTime(timeZone, locale);
  } catch {
    return '';
  }
}

export function chipLabel(
  locale: string,
  chip: ActiveFilter,
  offsets: { min?: number; max?: number },
): string {
  const value = chip.value ?? '';
  switch (chip.key) {
    case 'q':
      return msg(str`Search: ${value}`);
    case 'skills':
      return msg(str`Skill: ${value}`);
    case 'languages':
      return msg(str`Language: ${languageName(locale, value)}`);
    case 'locations':
      return msg(str`Location: ${value}`);
    case 'departments':
      return msg(str`Department: ${value}`);
    case 'programTypes':
      return msg(str`Program: ${programTypeLabel(value)}`);
    case 'available':
      return msg('Open spots only');
    case 'timezone':
      return msg(
        str`Time zone: ${utcOffsetLabel(offsets.min ?? -12)} to ${utcOffsetLabel(offsets.max ?? 14)}`,
      );
  }
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/u);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
