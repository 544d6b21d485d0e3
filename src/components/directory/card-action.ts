// Internal events from a card (or the profile dialog) to its directory: not part of the public
// API; they do not cross shadow roots. Their own module, so the directory's first load has the
// event without the card, which comes with the results (./directory-results-part.ts).
import type { MentorCard } from '../../contract/index.js';

export type CardAction = 'profile' | 'request' | 'favourite';

export class CardActionEvent extends Event {
  constructor(
    readonly action: CardAction,
    readonly card: MentorCard,
    readonly opener: HTMLElement,
  ) {
    super('card-action', { bubbles: true });
  }
}
