// How a mentor's match and standing read to a mentee (reasons, reply speed, spots): shared by the
// directory's cards and the request form, so both say the same thing the same way.
import { msg, str } from '@lit/localize';
import type { MatchReason, MentorCard, MentorProfile } from '../contract/index.js';
import { intlFormatter } from '../contract/intl-cache.js';
import { formatList, formatPercent, formatReplyTime } from './format.js';

export function languageName(locale: string, tag: string): string {
  try {
    return intlFormatter(Intl.DisplayNames, locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** One readable sentence per reason, e.g. "Teaches 2 of the 3 skills you want: negotiation, roadmapping". */
export function reasonSentence(locale: string, reason: MatchReason): string {
  const items = formatList(reason.matched, locale);
  switch (reason.kind) {
    case 'skills': {
      const matched = reason.value ?? reason.matched.length;
      const wanted = reason.total ?? reason.matched.length;
      return wanted === 1 && matched === 1
        ? msg(str`Teaches the skill you want: ${items}`)
        : msg(str`Teaches ${matched} of the ${wanted} skills you want: ${items}`);
    }
    case 'interests':
      return msg(str`Shares your interest in ${items}`);
    case 'languages':
      return msg(
        str`You both speak ${formatList(
          reason.matched.map((tag) => languageName(locale, tag)),
          locale,
        )}`,
      );
    case 'timezone':
      return reason.value === 1
        ? msg('1 hour of shared working time')
        : msg(str`${reason.value ?? 0} hours of shared working time`);
    case 'location':
      return msg(str`Also based in ${reason.matched[0] ?? ''}`);
    case 'responsiveness':
      return replySpeed(locale, reason.value ?? null) ?? msg('Replies to requests');
    case 'capacity':
      return reason.value === 1
        ? msg('Has 1 open spot')
        : msg(str`Has ${reason.value ?? 0} open spots`);
  }
}

function replySpeed(locale: string, hours: number | null): string | null {
  return hours === null ? null : formatReplyTime(hours, locale);
}

/** From the derived stats, honestly: new mentors have no history yet. */
export function responsivenessText(locale: string, mentor: MentorProfile): string {
  const { medianHoursToFirstReply, answeredShare, sampleSize } = mentor.responsiveness;
  const speed = sampleSize > 0 ? replySpeed(locale, medianHoursToFirstReply) : null;
  if (!speed) return msg('No reply history yet');
  if (answeredShare === null) return speed;
  const share = formatPercent(answeredShare, locale);
  return msg(str`${speed}, answers ${share} of requests`);
}

export function spotsText(card: MentorCard): string {
  const { mentor, openSpots } = card;
  if (mentor.availability.status === 'paused') {
    return mentor.availability.pausedUntil
      ? msg(str`Paused until ${mentor.availability.pausedUntil}`)
      : msg('Paused, not taking mentees');
  }
  if (openSpots === 0) return msg('Full: no open spots');
  return msg(str`${openSpots} of ${mentor.capacity} spots open`);
}
