// One typed helper for every mentor-* event: bubbling, composed (crosses shadow roots).
import type {
  Agreement,
  EndedMentorship,
  ActionItem,
  Goal,
  AnswerValue,
  MatchRequest,
  MentorCard,
  MentorProfile,
  MentorQuery,
  Signature,
  Recap,
  SurveySubmission,
} from '../contract/index.js';

/** Event name -> detail type. Widgets add their events here so hosts get typed listeners. */
export interface MentorEventMap {
  'mentor-request-start': { mentor: MentorProfile; card?: MentorCard };
  'mentor-select': { mentor: MentorProfile };
  'mentor-favourite-change': { mentorId: string; favourite: boolean; favourites: string[] };
  'mentor-search-change': { query: MentorQuery };
  'mentor-request-submit': { request: MatchRequest };
  'mentor-agreement-edit': { agreement: Agreement };
  'mentor-agreement-sign': { agreement: Agreement; signature: Signature };
  'mentor-agreement-complete': { agreement: Agreement };
  'mentor-mentorship-end': EndedMentorship;
  'mentor-goal-change': {
    goal: Goal;
    change:
      | 'created'
      | 'updated'
      | 'archived'
      | 'restored'
      | 'reordered'
      | 'reopened'
      | 'awaiting-confirmation'
      | 'sent-back';
  };
  'mentor-goal-complete': { goal: Goal };
  'mentor-recap-save': { recap: Recap };
  'mentor-action-item-change': { item: ActionItem };
  'mentor-survey-change': {
    surveyId: string;
    questionId: string;
    answers: Record<string, AnswerValue>;
  };
  'mentor-survey-submit': { surveyId: string; submission: SurveySubmission };
  'mentor-request-withdraw': { request: MatchRequest };
  'mentor-request-reply': { request: MatchRequest };
  'mentor-request-accept': { request: MatchRequest };
  'mentor-request-decline': { request: MatchRequest };
  'mentor-request-ask': { request: MatchRequest };
  /** Counts of the mentor's inbox, for a badge on the host page. */
  'mentor-inbox-change': { pending: number; needsInfo: number; open: number; spotsLeft: number };
  'mentor-agreement-open': { request: MatchRequest; mentorshipId: string };
  'mentor-directory-open': { request: MatchRequest | null };
}

export type MentorEventName = keyof MentorEventMap;

/**
 * Dispatch a typed `CustomEvent` from `target`. Returns false when a listener called
 * `preventDefault()` on a cancelable event (the host vetoed the action).
 */
export function emit<K extends MentorEventName>(
  target: EventTarget,
  name: K,
  detail: MentorEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}

/** Every mentor-* event as the DOM sees it, derived from MentorEventMap so the two never drift. */
type MentorDomEvents = { [K in MentorEventName]: CustomEvent<MentorEventMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MentorDomEvents {}
  // They bubble and are composed, so a host page can listen on the document too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends MentorDomEvents {}
}
