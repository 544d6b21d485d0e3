// Finding and opening the match request form for a mentor. The form is another widget
// (<mentor-match-request>); the directory only relies on this small, tolerant contract.
import type { MentorCard, MentorProfile } from '../../contract/index.js';

/**
 * What the directory expects of a request form element. It calls `open(mentor, card)` when the
 * element has such a method, otherwise it sets the `mentor` property (and `card` when supported).
 */
export interface RequestFormLike extends HTMLElement {
  open?: (mentor: MentorProfile, card?: MentorCard) => unknown;
  mentor?: MentorProfile | null;
  card?: MentorCard | null;
}

/** The element named by `request-form` (looked up in the directory's own tree first), or the first on the page. */
export function findRequestForm(
  from: Element,
  id: string | null | undefined,
): RequestFormLike | null {
  if (id) {
    const root = from.getRootNode() as Document | ShadowRoot;
    return (
      ((root.getElementById?.(id) ?? document.getElementById(id)) as RequestFormLike | null) ?? null
    );
  }
  return document.querySelector<RequestFormLike>('mentor-match-request');
}

export function openRequestForm(form: RequestFormLike, card: MentorCard): void {
  if (typeof form.open === 'function') {
    form.open(card.mentor, card);
    return;
  }
  form.mentor = card.mentor;
  if ('card' in form) form.card = card;
}
