import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import type { Facets, MentorCard, MentorQuery } from '../../contract/index.js';
import { NetworkError } from '../../client/errors.js';
import { MentorElement } from '../../core/mentor-element.js';
import { baseStyles } from '../../core/base.styles.js';
import { formatPercent } from '../../core/format.js';
import { renderError } from '../../core/task-view.js';
import { isIgnorableError } from '../../core/errors-view.js';
import { directoryStyles } from './directory.styles.js';
import {
  activeFilters,
  clearFilters,
  hasVisibleFilters,
  normalizeQuery,
  parseFilterOptions,
  parseWeights,
  queryFromUrl,
  queryKey,
  removeFilter,
  SORTS,
  urlWithQuery,
  type ActiveFilter,
  type DirectoryFilterOptions,
  type DirectoryQuery,
} from './directory-query.js';
import { chipLabel, resultsCount, sortLabel } from './directory-copy.js';
import { loadFavourites, saveFavourites } from './favourites.js';
import { findRequestForm, openRequestForm } from './request-form.js';
import { CardActionEvent } from './mentor-card.component.js';
import type { FiltersChangeEvent } from './directory-filters.component.js';
import type { MentorProfileDialog } from './mentor-profile-dialog.component.js';

/** The browser says it has no connection; no request was sent. */
export class OfflineError extends NetworkError {
  override name = 'OfflineError';
}

const SEARCH_DEBOUNCE_MS = 300;
const CARD_MIN_WIDTH_PX = 288;
const GRID_GAP_PX = 16;
const CARD_PARTS =
  'card, avatar, name, score, why, skills, spots, favourite-button, request-button, not-requestable';

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
   * Preset and hide filters, as JSON: `{"preset": {"skills": ["negotiation"], "available": true},
   * "hide": ["departments", "programTypes"]}`. Filter names: search, skills, languages, locations,
   * departments, programTypes, timezone, available, sort.
   */
  @property({
    converter: { fromAttribute: (value: string | null) => parseFilterOptions(value) },
  })
  filters: DirectoryFilterOptions = {};

  /** Re-weight the score, as JSON: `{"skills": 50, "languages": 0}` (see the matching defaults). */
  @property({ converter: { fromAttribute: (value: string | null) => parseWeights(value) } })
  weights?: Record<string, number>;

  /**
   * Hide mentors in the viewer's management line instead of showing them as not requestable
   * (also set program-wide by `<mentor-program>` options `hideConflicted`). Counts then
   * exclude the hidden mentors of the loaded pages only.
   */
  @property({ type: Boolean, attribute: 'hide-conflicted' }) hideConflicted = false;

  /** Render every loaded card instead of only those on screen (for printing; slow with many cards). */
  @property({ type: Boolean, attribute: 'no-virtualize' }) noVirtualize = false;

  /** The current search, filters and sort. Setting it runs the search. */
  @property({ attribute: false }) query: DirectoryQuery = {};

  @state() private _searchText = '';
  @state() private _items: MentorCard[] = [];
  @state() private _nextCursor: string | null = null;
  @state() private _total = 0;
  @state() private _hiddenCount = 0;
  @state() private _facets?: Facets;
  @state() private _favourites = new Set<string>();
  @state() private _columns = 1;
  @state() private _activeIndex = 0;
  @state() private _offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private _announcement = '';
  @state() private _filtersOpen = false;
  @state() private _request?: MentorQuery;

  @query('mentor-profile-dialog') private _dialog!: MentorProfileDialog;
  @query('.results') private _results?: HTMLElement & VirtualizerHostElement;
  @query('.more') private _sentinel?: HTMLElement;

  private _userId = 'anonymous';
  private _debounce?: ReturnType<typeof setTimeout>;
  private _lastChangeWasText = false;
  private _presetApplied = false;
  private _resizeObserver?: ResizeObserver;
  private _intersection?: IntersectionObserver;

  private _search = new Task(this, {
    task: async ([api, request], { signal }) => {
      this._more.abort();
      if (!api) this.requireApi();
      if (!request || !api) return undefined;
      if (navigator.onLine === false) throw new OfflineError(msg('You are offline'));
      const page = await api.searchMentors(request, { signal });
      const items = this._visible(page.items);
      this._items = items;
      this._hiddenCount = page.items.length - items.length;
      this._nextCursor = page.nextCursor;
      this._total = page.total;
      this._facets = page.facets;
      this._activeIndex = 0;
      this._announcement = resultsCount(this._shownTotal);
      return page;
    },
    args: () => [this.api, this._request] as const,
  });

  private _more = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      const api = this.requireApi();
      const cursor = this._nextCursor;
      if (!cursor || !this._request) return;
      const page = await api.searchMentors({ ...this._request, cursor }, { signal });
      const items = this._visible(page.items);
      this._items = [...this._items, ...items];
      this._hiddenCount += page.items.length - items.length;
      this._nextCursor = page.nextCursor;
      this._announcement = msg(str`Showing ${this._items.length} of ${this._shownTotal} mentors`);
    },
  });

  private _me = new Task(this, {
    task: async ([api], { signal }) => {
      const me = api ? await api.getMe({ signal }).catch(() => null) : null;
      this._userId = me?.person.id ?? 'anonymous';
      this._favourites = loadFavourites(this._userId);
      return me;
    },
    args: () => [this.api] as const,
  });

  /** Ids of the mentors the person saved. */
  get favourites(): string[] {
    return [...this._favourites];
  }

  /** Cards loaded so far (all pages), after hiding conflicted mentors when asked to. */
  get cards(): readonly MentorCard[] {
    return this._items;
  }

  /** Resolves when the current search (and any page being loaded) has settled and its cards are rendered. */
  async searchComplete(): Promise<void> {
    await this.updateComplete;
    await this._search.taskComplete.catch(() => undefined);
    await this._me.taskComplete.catch(() => undefined);
    if (this._more.status === TaskStatus.PENDING)
      await this._more.taskComplete.catch(() => undefined);
    await this.updateComplete;
    await this._layoutSettled();
  }

  // The virtualizer renders cards in its own layout pass, a frame or two after ours. Its
  // layoutComplete promise only settles when a layout happens, so wait a bounded number of frames.
  private async _layoutSettled() {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let count = 0; count < 10; count++) {
      const virtualizer = this._results?.[virtualizerRef];
      if (!virtualizer || this._items.length === 0) break;
      await Promise.race([virtualizer.layoutComplete.catch(() => undefined), frame().then(frame)]);
      if (this.renderRoot.querySelector('mentor-card')) break;
    }
    await this.updateComplete;
  }

  /** Load the next page of results, if any (infinite scroll calls this). */
  async loadMore(): Promise<void> {
    if (!this._nextCursor || this._search.status !== TaskStatus.COMPLETE) return;
    if (this._more.status === TaskStatus.PENDING)
      return this._more.taskComplete.then(() => undefined);
    await this._more.run([]);
  }

  /** Run the current search again (e.g. after the data changed elsewhere). */
  refresh(): Promise<void> {
    return this._search.run();
  }

  private get _shownTotal(): number {
    return Math.max(0, this._total - this._hiddenCount);
  }

  private get _hidden() {
    return this.filters.hide ?? [];
  }

  private _visible(items: MentorCard[]): MentorCard[] {
    if (!(this.hideConflicted || this.options.hideConflicted)) return items;
    return items.filter((card) => card.notRequestableReason !== 'conflict-of-interest');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
    window.addEventListener('online', this._onOnline);
    window.addEventListener('offline', this._onOffline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
    window.removeEventListener('online', this._onOnline);
    window.removeEventListener('offline', this._onOffline);
    clearTimeout(this._debounce);
    this._resizeObserver?.disconnect();
    this._intersection?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this._presetApplied) {
      this._presetApplied = true;
      const fromUrl = this.syncUrl ? queryFromUrl(location.search) : null;
      this.query = normalizeQuery(fromUrl ?? { ...this.filters.preset, ...this.query });
      this._searchText = this.query.q ?? '';
      if (this.syncUrl)
        history.replaceState(history.state, '', urlWithQuery(location.href, this.query));
    }
    const request: MentorQuery = {
      ...normalizeQuery(this.query),
      limit: Math.min(100, Math.max(1, Math.round(this.pageSize) || 24)),
      ...(this.weights ? { weights: this.weights } : {}),
    };
    if (!this._request || JSON.stringify(request) !== JSON.stringify(this._request))
      this._request = request;
  }

  protected override firstUpdated(): void {
    this._resizeObserver = new ResizeObserver(() => this._measureColumns());
    this._intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this._loadMoreFromScroll();
      },
      { rootMargin: '400px 0px' },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    const results = this.renderRoot.querySelector('.results-area');
    if (results && this._resizeObserver) this._resizeObserver.observe(results);
    if (changed.has('layout')) this._measureColumns();
    // Through the CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline') allows this.
    this.style.setProperty('--mk-columns', String(this.layout === 'list' ? 1 : this._columns));
    if (this._sentinel && this._observed !== this._sentinel) this._reobserve();
  }

  private _observed?: HTMLElement;

  private async _loadMoreFromScroll() {
    await this.loadMore();
    // Measure again only once the virtualizer has laid out the new rows; before that the end
    // of the list looks near and every page would load at once.
    await this.updateComplete;
    await this._layoutSettled();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this._reobserve();
  }

  // IntersectionObserver reports the current state on observe(): re-observing after a page
  // loads keeps loading while the end of the list is still near the viewport.
  private _reobserve() {
    if (!this._intersection) return;
    this._intersection.disconnect();
    this._observed = this._sentinel;
    if (this._sentinel) this._intersection.observe(this._sentinel);
  }

  private _measureColumns() {
    const area = this.renderRoot.querySelector('.results-area');
    const width = area?.clientWidth ?? 0;
    const columns =
      this.layout === 'list' || width === 0
        ? 1
        : Math.max(1, Math.floor((width + GRID_GAP_PX) / (this._cardMinWidth() + GRID_GAP_PX)));
    if (columns !== this._columns) this._columns = columns;
  }

  private _cardMinWidth(): number {
    const value = getComputedStyle(this).getPropertyValue('--mentor-card-min-width').trim();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    if (value.endsWith('rem')) return parseFloat(value) * rem;
    if (value.endsWith('px')) return parseFloat(value);
    return CARD_MIN_WIDTH_PX;
  }

  // ---- search state -------------------------------------------------------------------------

  private _setQuery(next: DirectoryQuery, source: 'text' | 'filters') {
    const query = normalizeQuery(next);
    if (queryKey(query) === queryKey(this.query)) return;
    this.query = query;
    this.emit('mentor-search-change', { query });
    if (this.syncUrl) {
      const url = urlWithQuery(location.href, query);
      // Each filter change is a step back; typing updates one entry instead of one per word.
      if (source === 'text' && this._lastChangeWasText)
        history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    }
    this._lastChangeWasText = source === 'text';
  }

  private _onSearchInput(event: Event) {
    this._searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this._debounce);
    this._debounce = setTimeout(() => this._commitText(), SEARCH_DEBOUNCE_MS);
  }

  private _commitText() {
    clearTimeout(this._debounce);
    this._setQuery({ ...this.query, q: this._searchText }, 'text');
  }

  private _onSearchKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      this._commitText();
    }
  }

  private _onPopState = () => {
    if (!this.syncUrl) return;
    const query = queryFromUrl(location.search) ?? normalizeQuery(this.filters.preset ?? {});
    this.query = query;
    this._searchText = query.q ?? '';
    this._lastChangeWasText = false;
  };

  private _onOnline = () => {
    this._offline = false;
    if (this._search.status === TaskStatus.ERROR) void this._search.run();
  };

  private _onOffline = () => {
    this._offline = true;
  };

  private _removeChip(chip: ActiveFilter, index: number) {
    if (chip.key === 'q') this._searchText = '';
    this._setQuery(removeFilter(this.query, chip), 'filters');
    // Keep the keyboard where it was: the next chip, else the search box.
    void this.updateComplete.then(() => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chips button');
      (
        chips[Math.min(index, chips.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>('#search')
      )?.focus();
    });
  }

  private _clearAll() {
    this._searchText = '';
    this._setQuery(clearFilters(this.query, this._hidden), 'filters');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus(),
    );
  }

  // ---- cards --------------------------------------------------------------------------------

  private _onCardAction(event: Event) {
    if (!(event instanceof CardActionEvent)) return;
    event.stopPropagation();
    const { card, opener } = event;
    if (event.action === 'profile') {
      this.emit('mentor-select', { mentor: card.mentor });
      void this._dialog.show(card, opener);
    } else if (event.action === 'favourite') {
      this._toggleFavourite(card.mentor.id);
    } else {
      this._startRequest(card);
    }
  }

  private _toggleFavourite(mentorId: string) {
    const next = new Set(this._favourites);
    const favourite = !next.has(mentorId);
    if (favourite) next.add(mentorId);
    else next.delete(mentorId);
    this._favourites = next;
    saveFavourites(this._userId, next);
    this.emit('mentor-favourite-change', { mentorId, favourite, favourites: [...next] });
  }

  private _startRequest(card: MentorCard) {
    if (!card.requestable) return;
    const proceed = this.emit(
      'mentor-request-start',
      { mentor: card.mentor, card },
      { cancelable: true },
    );
    if (!proceed) return;
    const form = findRequestForm(this, this.requestForm);
    if (form) openRequestForm(form, card);
  }

  // Arrow keys, Home/End and Page Up/Down move between cards (roving tabindex: one card is in
  // the Tab order; Tab then reaches the buttons inside it).
  // Enter or Space on a card opens its profile.
  private _onResultsKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.localName !== 'mentor-card') return;
    const index = Number(target.dataset['index']);
    if (event.key === 'Enter' || event.key === ' ') {
      const card = this._items[index];
      if (!card) return;
      event.preventDefault();
      this.emit('mentor-select', { mentor: card.mentor });
      void this._dialog.show(card, target);
      return;
    }
    const rtl = getComputedStyle(this).direction === 'rtl';
    const columns = this.layout === 'list' ? 1 : this._columns;
    const last = this._items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      ArrowRight: index + (rtl ? -1 : 1),
      ArrowLeft: index + (rtl ? 1 : -1),
      Home: 0,
      End: last,
      PageDown: index + columns * 3,
      PageUp: index - columns * 3,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this._focusCard(Math.max(0, Math.min(last, next)));
  }

  private async _focusCard(index: number) {
    this._activeIndex = index;
    await this.updateComplete;
    const find = () =>
      this.renderRoot.querySelector<HTMLElement>(`mentor-card[data-index="${index}"]`);
    let card = find();
    if (!card && this._results?.[virtualizerRef]) {
      const virtualizer = this._results[virtualizerRef];
      virtualizer.element(Math.floor(index / this._columns))?.scrollIntoView({ block: 'nearest' });
      // The row renders after the virtualizer's next layout pass or two.
      for (let frames = 0; frames < 60 && !card; frames++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await this.updateComplete;
        card = find();
      }
    }
    card?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render() {
    const hidden = this._hidden;
    const chips = activeFilters(this.query, hidden);
    return html`
      <div class="layout">
        <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
        ${this._renderToolbar(chips.length)} ${this._renderChips(chips)}
        <div class="body">
          <section
            id="filters"
            part="filters"
            class="filters-panel"
            ?data-open=${this._filtersOpen}
            aria-labelledby="filters-heading"
          >
            <h2 id="filters-heading" class="panel-heading">${msg('Filters')}</h2>
            <mentor-directory-filters
              .query=${this.query}
              .facets=${this._facets}
              .hiddenFilters=${hidden}
              locale=${this.locale}
              @filters-change=${(e: FiltersChangeEvent) => this._setQuery(e.query, 'filters')}
            ></mentor-directory-filters>
          </section>
          <section class="results-area" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">${msg('Mentors')}</h2>
            ${
              this._offline && this._items.length > 0 && this._search.status !== TaskStatus.ERROR
                ? html`<p class="offline-banner small" part="status">
                    ${msg('You are offline. These are the results loaded before.')}
                  </p>`
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

  private _renderToolbar(activeCount: number) {
    const hidden = this._hidden;
    return html`<div class="toolbar" part="toolbar">
      ${
        hidden.includes('search')
          ? nothing
          : html`<div class="search-field">
              <label for="search" class="label">${msg('Search mentors')}</label>
              <input
                id="search"
                part="search"
                class="input"
                type="search"
                autocomplete="off"
                placeholder=${msg('Name, title, skill or interest')}
                .value=${this._searchText}
                @input=${this._onSearchInput}
                @keydown=${this._onSearchKeydown}
              />
            </div>`
      }
      ${
        hidden.includes('sort')
          ? nothing
          : html`<div class="sort-field">
              <label for="sort" class="label">${msg('Sort by')}</label>
              <select
                id="sort"
                class="input"
                @change=${(e: Event) =>
                  this._setQuery(
                    {
                      ...this.query,
                      sort: (e.target as HTMLSelectElement).value as DirectoryQuery['sort'],
                    },
                    'filters',
                  )}
              >
                ${SORTS.map(
                  (sort) =>
                    html`<option value=${sort} ?selected=${(this.query.sort ?? 'match') === sort}>
                      ${sortLabel(sort)}
                    </option>`,
                )}
              </select>
            </div>`
      }
      <div class="view-controls" role="group" aria-label=${msg('Layout')}>
        <button
          type="button"
          class="button"
          aria-pressed=${this.layout === 'grid' ? 'true' : 'false'}
          @click=${() => (this.layout = 'grid')}
        >
          ${msg('Grid')}
        </button>
        <button
          type="button"
          class="button"
          aria-pressed=${this.layout === 'list' ? 'true' : 'false'}
          @click=${() => (this.layout = 'list')}
        >
          ${msg('List')}
        </button>
      </div>
      <button
        type="button"
        class="button filters-toggle"
        aria-controls="filters"
        aria-expanded=${this._filtersOpen ? 'true' : 'false'}
        @click=${() => (this._filtersOpen = !this._filtersOpen)}
      >
        ${activeCount > 0 ? msg(str`Filters (${activeCount})`) : msg('Filters')}
      </button>
    </div>`;
  }

  private _renderChips(chips: ActiveFilter[]) {
    if (chips.length === 0) return nothing;
    const offsets = { min: this.query.utcOffsetMin, max: this.query.utcOffsetMax };
    return html`<div class="chips-row">
      <ul class="chips" part="chips" aria-label=${msg('Active filters')}>
        ${chips.map((chip, index) => {
          const label = chipLabel(this.locale, chip, offsets);
          return html`<li>
            <button
              type="button"
              class="chip"
              aria-label=${msg(str`Remove filter ${label}`)}
              @click=${() => this._removeChip(chip, index)}
            >
              ${label} <span aria-hidden="true">×</span>
            </button>
          </li>`;
        })}
      </ul>
      <button type="button" class="button link clear-all" @click=${this._clearAll}>
        ${msg('Clear all')}
      </button>
    </div>`;
  }

  private _renderState() {
    const status = this._search.status;
    if (status === TaskStatus.ERROR) return this._renderError(this._search.error);
    if (status !== TaskStatus.COMPLETE && this._search.value === undefined)
      return this._renderSkeleton();
    if (this._shownTotal === 0 && this._items.length === 0) {
      if (status === TaskStatus.PENDING) return this._renderSkeleton();
      return hasVisibleFilters(this.query, this._hidden)
        ? this._renderEmpty()
        : this._renderNoMentors();
    }
    return this._renderResults(status === TaskStatus.PENDING);
  }

  private _renderSkeleton() {
    return html`<div class="skeletons" part="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${msg('Loading mentors')}</p>
      ${Array.from(
        { length: 6 },
        () =>
          html`<div class="skeleton-card" aria-hidden="true">
            <div class="skeleton-line"></div>
            <div class="skeleton-line"></div>
            <div class="skeleton-line"></div>
          </div>`,
      )}
    </div>`;
  }

  private _renderError(error: unknown) {
    if (isIgnorableError(error)) return this._renderSkeleton();
    if (
      error instanceof OfflineError ||
      (error instanceof NetworkError && navigator.onLine === false)
    ) {
      return html`<div class="status" part="status">
        <div role="alert">
          <p class="status-title">${msg('You are offline')}</p>
          <p>${msg('Mentors will load when your connection is back.')}</p>
        </div>
        <button type="button" class="button" @click=${() => this._search.run()}>
          ${msg('Try again')}
        </button>
      </div>`;
    }
    return renderError(error, () => this._search.run());
  }

  private _renderEmpty() {
    return html`<div class="status" part="status">
      <p class="status-title">${msg('No mentors match your search')}</p>
      <slot name="empty">
        <p>
          ${msg('Try removing a filter, widening the time zone range or searching for a broader skill.')}
        </p>
      </slot>
      <button type="button" class="button" @click=${this._clearAll}>
        ${msg('Clear all filters')}
      </button>
    </div>`;
  }

  private _renderNoMentors() {
    return html`<div class="status" part="status">
      <slot name="no-mentors">
        <p class="status-title">${msg('No mentors in this program yet')}</p>
        <p>${msg('When colleagues sign up as mentors, they will appear here.')}</p>
      </slot>
    </div>`;
  }

  private _renderResults(updating: boolean) {
    const columns = this.layout === 'list' ? 1 : this._columns;
    const rows: MentorCard[][] = [];
    for (let start = 0; start < this._items.length; start += columns) {
      rows.push(this._items.slice(start, start + columns));
    }
    const renderRow = (row: MentorCard[] | undefined, rowIndex: number) =>
      // The virtualizer may ask for a row that a shorter new result no longer has.
      !row
        ? html``
        : html`<div class="results-row">
            ${row.map((card, offset) => this._renderCard(card, rowIndex * columns + offset))}
          </div>`;
    const shown = this._shownTotal;
    return html`<p class="summary muted small" aria-hidden="true">
        ${updating ? msg('Updating results…') : resultsCount(shown)}
      </p>
      <div
        class="results"
        part="results"
        role="list"
        aria-label=${msg('Mentors')}
        aria-busy=${updating ? 'true' : 'false'}
        @keydown=${this._onResultsKeydown}
        @card-action=${this._onCardAction}
      >
        ${
          this.noVirtualize
            ? rows.map(renderRow)
            : virtualize({
                items: rows,
                keyFunction: (row: MentorCard[] | undefined) => row?.[0]?.mentor.id,
                renderItem: renderRow,
              })
        }
      </div>
      ${this._renderMore(shown)}`;
  }

  private _renderCard(card: MentorCard, index: number) {
    const { mentor, match } = card;
    return html`<mentor-card
      role="listitem"
      data-index=${index}
      tabindex=${index === this._activeIndex ? '0' : '-1'}
      aria-posinset=${index + 1}
      aria-setsize=${this._shownTotal}
      aria-label=${msg(str`${mentor.name}, ${mentor.title}, ${formatPercent(match.score / 100, this.locale)} match`)}
      exportparts=${CARD_PARTS}
      locale=${this.locale}
      .card=${card}
      .favourite=${this._favourites.has(mentor.id)}
      @focusin=${() => (this._activeIndex = index)}
    ></mentor-card>`;
  }

  private _renderMore(shown: number) {
    const loading = this._more.status === TaskStatus.PENDING;
    const failed = this._more.status === TaskStatus.ERROR && !isIgnorableError(this._more.error);
    if (!this._nextCursor) {
      return this._items.length > 0 && shown > this.pageSize
        ? html`<p class="more end muted small">${msg(str`All ${shown} mentors shown`)}</p>`
        : nothing;
    }
    return html`<div class="more">
      ${failed ? renderError(this._more.error, () => this._more.run([])) : nothing}
      <p class="muted small">${msg(str`Showing ${this._items.length} of ${shown} mentors`)}</p>
      <button
        type="button"
        class="button"
        part="load-more"
        ?disabled=${loading}
        @click=${() => this.loadMore()}
      >
        ${loading ? msg('Loading more mentors…') : msg('Show more mentors')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-directory': MentorDirectory;
  }
}
