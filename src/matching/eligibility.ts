// "May this mentee request this mentor?": one answer, one order of reasons and one message each,
// for the directory's cards, the server's POST /requests and the memory API.
// Values from their own modules (not the index, an entry of its own): widgets import this file.
import type { Conflict, MentorCard, MentorProfile, Person } from '../contract/index.js';
import { ProblemCode } from '../contract/problem-codes.js';
import { openSpots } from '../contract/request-rules.js';
import { findConflicts, isBlocked } from './conflicts.js';
import { isPaused } from './score.js';

export type NotRequestableReason = NonNullable<MentorCard['notRequestableReason']>;

export interface EligibilityFacts {
  /** The person asking; null when they have no mentee profile. */
  mentee: Person | null;
  mentor: MentorProfile;
  now: Date;
  /** The mentee already has an active mentorship with this mentor. */
  activeMentorship: boolean;
  /** The mentee already has a pending or needs-info request to this mentor. */
  openRequest: boolean;
  /** The mentee has as many active mentorships as the program allows (ProgramSettings). */
  atMentorshipLimit?: boolean;
  /** Conflicts found already (the score has them); found from the two people when absent. */
  conflicts?: readonly Conflict[];
}

/**
 * Why the mentee cannot request the mentor, or null when they can. Reasons come in a fixed order:
 * the one that would still hold after the others are gone comes first (a conflict of interest
 * never goes away; "full" may change tomorrow).
 */
export function whyNotRequestable(facts: EligibilityFacts): NotRequestableReason | null {
  const { mentee, mentor } = facts;
  if (mentee === null || mentee.id === mentor.id) return 'self';
  if (isBlocked(facts.conflicts ?? findConflicts(mentee, mentor))) return 'conflict-of-interest';
  if (facts.activeMentorship) return 'already-mentoring';
  if (facts.openRequest) return 'already-requested';
  if (isPaused(mentor, facts.now)) return 'paused';
  if (openSpots(mentor) === 0) return 'full';
  // Last: about the mentee, not this mentor (every other open mentor says the same).
  if (facts.atMentorshipLimit) return 'mentorship-limit';
  return null;
}

export interface RequestRefusal {
  status: 409 | 422;
  code: ProblemCode;
  detail: string;
}

/** How POST /requests refuses each reason, on every backend. */
export function requestRefusal(reason: NotRequestableReason, mentorName: string): RequestRefusal {
  switch (reason) {
    case 'self':
      return {
        status: 422,
        code: ProblemCode.selfRequest,
        detail: 'You cannot request yourself as a mentor.',
      };
    case 'conflict-of-interest':
      return {
        status: 422,
        code: ProblemCode.conflictOfInterest,
        detail: `${mentorName} is in your management line, so they cannot mentor you.`,
      };
    case 'already-mentoring':
      return {
        status: 409,
        code: ProblemCode.activeMentorshipExists,
        detail: `${mentorName} is already your mentor.`,
      };
    case 'already-requested':
      return {
        status: 409,
        code: ProblemCode.duplicateRequest,
        detail: `You already have an open request to ${mentorName}.`,
      };
    case 'paused':
      return {
        status: 409,
        code: ProblemCode.mentorPaused,
        detail: `${mentorName} is not taking mentees right now.`,
      };
    case 'full':
      return {
        status: 409,
        code: ProblemCode.mentorFull,
        detail: `${mentorName} has no open spots right now.`,
      };
    case 'mentorship-limit':
      return {
        status: 409,
        code: ProblemCode.mentorshipLimit,
        detail: 'You already have as many active mentorships as the program allows.',
      };
  }
}
