// What the results area shows for the search's state: a skeleton while the first page loads,
// the previous results dimmed while a new search runs, the error with retry, "no match", "no
// mentors yet", or the cards (virtualized once there are more than fit on screen).
import { msg } from '@lit/localize';
import type { MentorCard } from '../../contract/index.js';
import { isOfflineError } from '../../core/connectivity.js';
import { renderTask } from '../../core/task-view.js';
import { hasVisibleFilters, type DirectoryQuery, type FilterName } from './directory-query.js';
import { loadedResultsPart } from './directory-parts.js';
import {
  renderCardsSkeleton,
  renderEmpty,
  renderMore,
  renderNoMentors,
  renderSearchError,
} from './directory-states.js';
import type { DirectoryPartsController } from './lazy-parts.controller.js';
import type { MentorSearchController } from './mentor-search.controller.js';
import type { ResultsLayoutController } from './results-layout.controller.js';
import type { RovingFocusController } from './roving-focus.controller.js';

export interface ResultsStateView {
  search: MentorSearchController['first'];
  results: MentorSearchController;
  /** The live-region text for the latest results. */
  announcement: string;
  query: DirectoryQuery;
  hidden: readonly FilterName[];
  noVirtualize: boolean;
  layout: ResultsLayoutController;
  parts: DirectoryPartsController;
  focus: RovingFocusController;
  favourites: ReadonlySet<string>;
  locale: string;
  pageSize: number;
  onCardAction: (event: Event) => void;
  onClearAll: () => void;
}

export function renderResultsState(view: ResultsStateView): unknown {
  const { dataPartsError } = view.parts;
  if (dataPartsError)
    return renderSearchError(dataPartsError, isOfflineError(dataPartsError), () => {
      void view.parts.dataParts();
    });
  return renderTask(view.search, () => renderLoaded(view, false), {
    initial: renderCardsSkeleton,
    // While a new search runs, the previous results stay (dimmed) instead of a skeleton.
    pending: () =>
      view.search.value === undefined ? renderCardsSkeleton() : renderLoaded(view, true),
    error: (error, retry) => renderSearchError(error, isOfflineError(error), retry),
    loadingLabel: msg('Loading mentors'),
    announce: () => view.announcement,
  });
}

function renderLoaded(view: ResultsStateView, updating: boolean) {
  const { results, layout, parts } = view;
  // The list and its cards (their chunk, fetched since connect) show with the first results.
  const part = loadedResultsPart();
  if (!part) return renderCardsSkeleton();
  if (results.total === 0 && results.items.length === 0) {
    if (updating) return renderCardsSkeleton();
    return hasVisibleFilters(view.query, view.hidden)
      ? renderEmpty(view.onClearAll)
      : renderNoMentors();
  }
  // More cards than fit on screen are virtualized: wait for its chunk (fetched since connect).
  const virtualize = !view.noVirtualize && !layout.allFit(results.items.length, results.nextCursor);
  if (virtualize && !parts.virtualizer && !parts.virtualizerFailed) return renderCardsSkeleton();
  const items: readonly MentorCard[] = results.items;
  return part.renderResults({
    items,
    columns: layout.columns,
    shown: results.total,
    updating,
    virtualize: virtualize ? parts.virtualizer?.virtualize : undefined,
    locale: view.locale,
    activeIndex: view.focus.activeIndex,
    favourites: view.favourites,
    onKeydown: view.focus.onKeydown,
    onCardAction: view.onCardAction,
    onCardFocus: (index) => (view.focus.activeIndex = index),
    laidOut: layout.laidOut,
    onLayout: layout.onLayout,
    more: renderMore(results.moreView(view.pageSize)),
  });
}
