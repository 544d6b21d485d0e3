// The directory's list of mentor cards: rows of `columns` cards, virtualized unless asked not to,
// with the roving-tabindex and ARIA list attributes. A plain render function; the directory
// passes in the cards, the focus state and the listeners.
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { VirtualizerModule } from './directory-parts.js';
import type { MentorCard } from '../../contract/index.js';
import { formatPercent } from '../../core/format.js';
import { resultsCount } from './directory-copy.js';

const CARD_PARTS =
  'card, avatar, name, score, why, skills, spots, favourite-button, request-button, not-requestable';

export interface ResultsView {
  items: readonly MentorCard[];
  columns: number;
  /** Mentors found in all (minus hidden ones): the list's set size. */
  shown: number;
  /** A new search is running; the cards shown are the previous results. */
  updating: boolean;
  /** The virtualizer's directive (loaded on demand), or undefined to render every card. */
  virtualize?: VirtualizerModule['virtualize'];
  locale: string;
  /** The card in the Tab order. */
  activeIndex: number;
  favourites: ReadonlySet<string>;
  onKeydown: (event: KeyboardEvent) => void;
  onCardAction: (event: Event) => void;
  onCardFocus: (index: number) => void;
  /** The footer under the list ("show more" / "all shown"). */
  more: unknown;
  /** The virtualizer has laid out its rows at least once (until then the footer is hidden). */
  laidOut: boolean;
  onLayout: () => void;
}

export function renderResults(view: ResultsView): TemplateResult {
  const { items, columns, updating, shown } = view;
  const rows: MentorCard[][] = [];
  for (let start = 0; start < items.length; start += columns) {
    rows.push(items.slice(start, start + columns));
  }
  const renderRow = (row: MentorCard[] | undefined, rowIndex: number) =>
    // The virtualizer may ask for a row that a shorter new result no longer has.
    !row
      ? html``
      : html`<div class="results-row">
          ${row.map((card, offset) => renderCard(view, card, rowIndex * columns + offset))}
        </div>`;
  return html`<p class="summary muted small" aria-hidden="true">
      ${updating ? msg('Updating results…') : resultsCount(shown)}
    </p>
    ${keyed(
      // A virtualized list and a plain one never share an element: the virtualizer leaves its
      // sizing styles on the element it ran on.
      Boolean(view.virtualize),
      html`<div
        class="results"
        part="results"
        role="list"
        aria-label=${msg('Mentors')}
        aria-busy=${updating ? 'true' : 'false'}
        @keydown=${view.onKeydown}
        @card-action=${view.onCardAction}
      >
        ${
          view.virtualize
            ? view.virtualize({
                items: rows,
                keyFunction: (row: MentorCard[] | undefined) => row?.[0]?.mentor.id,
                renderItem: renderRow,
              })
            : rows.map(renderRow)
        }
      </div>`,
    )}
    <!-- Hidden, not removed, until the virtualizer has sized the list: it would jump down then. -->
    <div class="more-slot" ?data-pending=${Boolean(view.virtualize) && !view.laidOut}>
      ${view.more}
    </div>`;
}

function renderCard(view: ResultsView, card: MentorCard, index: number) {
  const { mentor, match } = card;
  return html`<mentor-card
    role="listitem"
    data-index=${index}
    tabindex=${index === view.activeIndex ? '0' : '-1'}
    aria-posinset=${index + 1}
    aria-setsize=${view.shown}
    aria-label=${msg(str`${mentor.name}, ${mentor.title}, ${formatPercent(match.score / 100, view.locale)} match`)}
    exportparts=${CARD_PARTS}
    locale=${view.locale}
    .card=${card}
    .favourite=${view.favourites.has(mentor.id)}
    @focusin=${() => view.onCardFocus(index)}
  ></mentor-card>`;
}
