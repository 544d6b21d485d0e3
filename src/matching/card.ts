// A mentor as the directory shows them to one viewer: score plus whether they can be requested.
import type { MentorCard, MentorProfile, ProgramSettings } from '../contract/index.js';
import { atMentorshipLimit, openSpots } from '../contract/request-rules.js';
import { whyNotRequestable } from './eligibility.js';
import {
  prepareMentor,
  prepareSubject,
  scorePrepared,
  scoringFor,
  type MenteeSubject,
  type PreparedMentor,
  type ScoreOptions,
} from './score.js';

export interface CardContext extends ScoreOptions {
  /** Mentors the viewer has an open (pending / needs-info) request with. */
  openRequestMentorIds?: ReadonlySet<string>;
  /** Mentors the viewer already has an active mentorship with. */
  activeMentorIds?: ReadonlySet<string>;
  /** The program's limit on active mentorships per mentee (default: no limit applied). */
  settings?: Pick<ProgramSettings, 'maxActiveMentorshipsPerMentee'>;
}

/**
 * The page's cards for one viewer. Mentors come prepared (kept per mentor version by callers
 * that can), the viewer is prepared once: per card only the viewer-dependent parts are computed.
 * `subject` is null for viewers without a mentee profile: no score, nothing requestable.
 */
export function toMentorCards(
  subject: MenteeSubject | null,
  mentors: readonly PreparedMentor[],
  context: CardContext = {},
): MentorCard[] {
  const scoring = scoringFor(context);
  const { now } = scoring;
  const viewer = subject && prepareSubject(subject);
  const limitReached = context.settings
    ? atMentorshipLimit(context.activeMentorIds?.size ?? 0, context.settings)
    : false;
  return mentors.map((prepared) => {
    const mentor = prepared.profile;
    const match = viewer
      ? scorePrepared(viewer, prepared, scoring)
      : { score: 0, reasons: [], conflicts: [] };
    const reason = whyNotRequestable({
      mentee: subject?.person ?? null,
      mentor,
      now,
      conflicts: match.conflicts,
      activeMentorship: context.activeMentorIds?.has(mentor.id) ?? false,
      openRequest: context.openRequestMentorIds?.has(mentor.id) ?? false,
      atMentorshipLimit: limitReached,
    });
    return {
      mentor,
      match,
      openSpots: openSpots(mentor),
      requestable: reason === null,
      notRequestableReason: reason,
    };
  });
}

export function toMentorCard(
  subject: MenteeSubject | null,
  mentor: MentorProfile,
  context: CardContext = {},
): MentorCard {
  return toMentorCards(subject, [prepareMentor(mentor)], context)[0]!;
}
