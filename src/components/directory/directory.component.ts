import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { MentorCard, MentorQuery } from '../../contract/index.js';
import { MentorElement } from '../../core/mentor-element.js';
import { jsonProperty } from '../../core/json-property.js';
import { baseStyles } from '../../core/base.styles.js';
import { ConnectivityController } from '../../core/connectivity.js';
import { MentorSearchController } from './mentor-search.controller.js';
import { directoryStyles } from './directory.styles.js';
import {
  activeFilters,
  clearFilters,
  normalizeQuery,
  sameQuery,
  searchRequest,
  removeFilter,
  type ActiveFilter,
  type DirectoryFilterOptions,
  type DirectoryWeights,
  FILTER_NAMES,
  type DirectoryQuery,
} from './directory-query.js';
import { resultsCount } from './directory-copy.js';
import { findRequestForm, openRequestForm } from './request-form.js';
import { CardActionEvent } from './card-action.js';
import type { MentorProfileDialog } from './mentor-profile-dialog.component.js';
import { FavouritesController } from './favourites.controller.js';
import { ResultsLayoutController } from './results-layout.controller.js';
import { RovingFocusController } from './roving-focus.controller.js';
import { SearchTextController } from './search-text.controller.js';
import { UrlSyncController } from './url-sync.controller.js';
import { DirectoryPartsController } from './lazy-parts.controller.js';
import { loadedSchemas } from './directory-parts.js';
import { renderToolbar } from './directory-toolbar.js';
import { focusAfterChipRemoved, renderChips } from './directory-chips.js';
import { renderFiltersPanel } from './directory-filters-panel.js';
import { renderResultsState } from './directory-results-state.js';
import { renderOfflineBanner } from './directory-states.js';

/**
 * The front door of a mentoring program: search and filter mentors, see why each one fits,
 * save favourites and start a request.
 *
 * Put it inside `<mentor-program>` (or give it `api-base` / the `api` property). To open the
 * request form, place a `<mentor-match-request>` on the page or name one with `request-form`:
 * the directory calls its `open(mentor, card)` method, or sets its `mentor` property.
 *
 * Results load page by page (cursor pagination) as the person scrolls, and only the cards on
 * screen are rendered, so thousands of loaded mentors stay fast.
 *
 * @summary Searchable, filterable mentor directory with explained match scores.
 *
 * @fires mentor-request-start - "Request mentoring" was pressed. Cancelable: call
 *   `preventDefault()` to stop the directory from opening the request form. Detail: `{ mentor, card }`.
 * @fires mentor-select - A mentor's profile was opened. Detail: `{ mentor }`.
 * @fires mentor-favourite-change - A mentor was saved or unsaved. Detail: `{ mentorId, favourite, favourites }`.
 * @fires mentor-search-change - The person changed the search, filters or sort. Detail: `{ query }`.
 *
 * @slot empty - Replaces the hint shown when no mentor matches the search.
 * @slot no-mentors - Replaces the message shown when the program has no mentors yet.
 *
 * @csspart toolbar - Search box, sort and layout controls.
 * @csspart search - The search input.
 * @csspart filters - The filter panel.
 * @csspart chips - The list of active filters.
 * @csspart results - The list of mentor cards.
 * @csspart card - A mentor card (also avatar, name, score, why, skills, spots, favourite-button,
 *   request-button, not-requestable inside each card).
 * @csspart status - Empty, offline and no-mentors messages.
 * @csspart error - The error message with its retry button.
 * @csspart skeleton - Loading placeholders.
 * @csspart load-more - The "Show more mentors" button.
 * @csspart dialog - The profile dialog.
 *
 * @cssprop [--mentor-card-min-width=18rem] - Narrowest card in the grid layout (columns follow).
 * @cssprop [--mentor-avatar-size=3rem] - Size of the photo or initials on cards.
 * @cssprop [--mentor-filters-width=16rem] - Width of the filter panel on wide screens.
 * @cssprop --mentor-color-accent - Brand colour of buttons, score and matched skills.
 */
export class MentorDirectory extends MentorElement {
  static override styles = [baseStyles, directoryStyles];

  /** `grid` (cards side by side) or `list` (one card per row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** Mentors fetched per page (1-100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** Keep the search and filters in the page URL (shareable, bookmarkable, back button works). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Id of the `<mentor-match-request>` to open; by default the first one on the page. */
  @property({ attribute: 'request-form' }) requestForm?: string;

  /**
   * Preset and hide filters, as an object or JSON: `{"preset": {"skills": ["negotiation"], "available": true},
   * "hide": ["departments", "programTypes"]}`. Filter names: search, skills, languages, locations,
   * departments, programTypes, timezone, available, sort.
   */
  @jsonProperty({
    schema: () => loadedSchemas()?.DirectoryFilterOptions,
    fallback: () => ({}),
    expected: `{"preset": {"skills": ["negotiation"], "available": true}, "hide": ["departments"]} (filter names: ${FILTER_NAMES.join(', ')})`,
  })
  filters: DirectoryFilterOptions = {};

  /**
   * Re-weight the score, as JSON or an object: `{"skills": 50, "languages": 0}`, 0-100 per
   * criterion (skills, interests, languages, timezone, location, responsiveness, capacity); the
   * others keep the program's defaults.
   */
  @jsonProperty({
    schema: () => loadedSchemas()?.DirectoryWeights,
    fallback: () => undefined,
    expected: 'points 0-100 per criterion, like {"skills": 50, "languages": 0}',
  })
  weights?: DirectoryWeights;

  /**
   * Hide mentors in the viewer's management line instead of showing them as not requestable
   * (also set program-wide by `<mentor-program>` options `hideConflicted`). The search asks
   * the server to leave them out (`hideBlocked`), so totals and facet counts agree.
   */
  @property({ type: Boolean, attribute: 'hide-conflicted' }) hideConflicted = false;

  /** Render every loaded card instead of only those on screen (for printing; slow with many cards). */
  @property({ type: Boolean, attribute: 'no-virtualize' }) noVirtualize = false;

  /** The current search, filters and sort (kept normalized). Setting it runs the search. */
  @property({ attribute: false })
  get query(): DirectoryQuery {
    return this._query;
  }
  set query(value: DirectoryQuery) {
    const old = this._query;
    this._query = normalizeQuery(value);
    this.requestUpdate('query', old);
  }
  private _query: DirectoryQuery = {};

  @state() private _announcement = '';
  @state() private _filtersOpen = false;
  @state() private _request?: MentorQuery;
  @query('mentor-profile-dialog') private _dialog!: MentorProfileDialog;
  private _presetApplied = false;

  private _results = new MentorSearchController(this, {
    api: () => this.api,
    requireApi: () => this.requireApi(),
    request: () => this._request,
    onFirstPage: (total) => {
      this._focus.activeIndex = 0;
      this._announcement = resultsCount(total);
      this._parts.resultsShown();
    },
    onMorePage: (loaded, total) =>
      (this._announcement = msg(str`Showing ${loaded} of ${total} mentors`)),
  });
  private _me = new Task(this, {
    task: async ([api], { signal }) => {
      // One GET /me per page, shared with the other widgets; favourites are per person.
      const me = api ? await this.currentUser(signal).catch(() => null) : null;
      this._favourites.load(me?.person.id ?? 'anonymous');
      return me;
    },
    args: () => [this.api] as const,
  });

  private _searchBox = new SearchTextController(this, (q) =>
    this._setQuery({ ...this.query, q }, 'text'),
  );

  private _favourites = new FavouritesController(this);
  private _connectivity = new ConnectivityController(this, () => {
    if (this._parts.dataPartsError) void this._parts.dataParts();
    if (this._results.first.status === TaskStatus.ERROR) void this._results.first.run();
  });

  private _layout = new ResultsLayoutController(this, {
    layout: () => this.layout,
    hasItems: () => this._results.items.length > 0,
    loadMore: () => this.loadMore(),
    virtualizer: () => this._parts.virtualizer,
  });

  private _focus = new RovingFocusController(this, {
    count: () => this._results.items.length,
    columns: () => this._layout.columns,
    reveal: (index) => this._layout.revealCard(index),
    activate: (index, target) => {
      const card = this._results.items[index];
      if (card) void this._openProfile(card, target);
      return card !== undefined;
    },
  });

  private _parts = new DirectoryPartsController(this, {
    virtualize: () => !this.noVirtualize,
    layout: () => this.renderRoot.querySelector<HTMLElement>('.layout'),
  });

  private _urlSync = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    fallback: () => this.filters.preset ?? {},
    restore: (query) => {
      this.query = query;
      this._searchBox.text = this.query.q ?? '';
    },
  });

  /** Ids of the mentors the person saved. */
  get favourites(): string[] {
    return [...this._favourites.ids];
  }

  /** Cards loaded so far (all pages), after hiding conflicted mentors when asked to. */
  get cards(): readonly MentorCard[] {
    return this._results.items;
  }

  /** Resolves when the current search (and any page being loaded) has settled and its cards are rendered. */
  async searchComplete(): Promise<void> {
    await this._parts.dataParts();
    await this.updateComplete;
    await this._results.settled();
    await this._me.taskComplete.catch(() => undefined);
    await this._parts.settled();
    await this.updateComplete;
    await this._layout.settled();
  }

  /** Load the next page of results, if any (infinite scroll calls this). */
  loadMore(): Promise<void> {
    return this._results.loadMore();
  }

  /** Run the current search again (e.g. after the data changed elsewhere). */
  refresh(): Promise<void> {
    return this._results.first.run();
  }

  private get _hidden() {
    return this.filters.hide ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!loadedSchemas()) return; // preset, weights, URL unread: the skeleton shows, none sent
    if (!this._presetApplied) {
      this._presetApplied = true;
      const start = this._urlSync.initialQuery() ?? { ...this.filters.preset, ...this.query };
      this.query = this._searchBox.adopt(start);
      this._urlSync.replace(this.query);
    }
    const request = searchRequest(this.query, {
      pageSize: this.pageSize,
      weights: this.weights,
      // The server leaves them out of results, total and facets alike.
      hideBlocked: this.hideConflicted || Boolean(this.options.hideConflicted),
    });
    if (!this._request || !sameQuery(request, this._request)) this._request = request;
  }

  // ---- search state -------------------------------------------------------------------------

  private _setQuery(next: DirectoryQuery, source: 'text' | 'filters') {
    const query = normalizeQuery(next);
    if (sameQuery(query, this.query)) return;
    this.query = query;
    this.emit('mentor-search-change', { query });
    this._urlSync.record(query, source);
  }

  private _removeChip = (chip: ActiveFilter, index: number) => {
    if (chip.key === 'q') this._searchBox.text = '';
    this._setQuery(removeFilter(this.query, chip), 'filters');
    void this.updateComplete.then(() => focusAfterChipRemoved(this.renderRoot, index));
  };

  private _clearAll = () => {
    this._searchBox.text = '';
    this._setQuery(clearFilters(this.query, this._hidden), 'filters');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus(),
    );
  };

  // ---- cards --------------------------------------------------------------------------------

  private _onCardAction = (event: Event) => {
    if (!(event instanceof CardActionEvent)) return;
    event.stopPropagation();
    const { card, opener } = event;
    if (event.action === 'profile') void this._openProfile(card, opener);
    else if (event.action === 'favourite') this._favourites.toggle(card.mentor.id);
    else this._startRequest(card);
  };

  private async _openProfile(card: MentorCard, opener: HTMLElement) {
    await this._parts.profileDialog(); // its own chunk, fetched after the first results
    this.emit('mentor-select', { mentor: card.mentor });
    void this._dialog.show(card, opener);
  }

  private _startRequest(card: MentorCard) {
    if (!card.requestable) return;
    const detail = { mentor: card.mentor, card };
    if (!this.emit('mentor-request-start', detail, { cancelable: true })) return;
    const form = findRequestForm(this, this.requestForm);
    if (form) openRequestForm(form, card);
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render() {
    const hidden = this._hidden;
    const chips = activeFilters(this.query, hidden);
    return html`
      <div class="layout">
        ${renderToolbar({
          hidden,
          searchText: this._searchBox.text,
          sort: this.query.sort,
          layout: this.layout,
          filtersOpen: this._filtersOpen,
          activeCount: chips.length,
          onSearchInput: this._searchBox.onInput,
          onSearchKeydown: this._searchBox.onKeydown,
          onSort: (sort) => this._setQuery({ ...this.query, sort }, 'filters'),
          onLayout: (layout) => (this.layout = layout),
          onToggleFilters: () => {
            this._parts.filters();
            this._filtersOpen = !this._filtersOpen;
          },
        })}
        ${renderChips({
          chips,
          locale: this.locale,
          offsets: { min: this.query.utcOffsetMin, max: this.query.utcOffsetMax },
          onRemove: this._removeChip,
          onClearAll: this._clearAll,
        })}
        <div class="body">
          ${renderFiltersPanel({
            open: this._filtersOpen,
            query: this.query,
            facets: this._results.facets,
            hidden,
            locale: this.locale,
            onChange: (query) => this._setQuery(query, 'filters'),
          })}
          <section class="results-area" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">${msg('Mentors')}</h2>
            ${
              this._connectivity.offline &&
              this._results.items.length > 0 &&
              this._results.first.status !== TaskStatus.ERROR
                ? renderOfflineBanner()
                : nothing
            }
            ${this._renderState()}
          </section>
        </div>
      </div>
      <mentor-profile-dialog
        exportparts="dialog, request-button: dialog-request-button"
        locale=${this.locale}
        @card-action=${this._onCardAction}
      ></mentor-profile-dialog>
    `;
  }

  private _renderState() {
    return renderResultsState({
      search: this._results.first,
      results: this._results,
      announcement: this._announcement,
      query: this.query,
      hidden: this._hidden,
      noVirtualize: this.noVirtualize,
      layout: this._layout,
      parts: this._parts,
      focus: this._focus,
      favourites: this._favourites.ids,
      locale: this.locale,
      pageSize: this.pageSize,
      onCardAction: this._onCardAction,
      onClearAll: this._clearAll,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-directory': MentorDirectory;
  }
}
