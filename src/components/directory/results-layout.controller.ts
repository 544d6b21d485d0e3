// The directory's result list geometry, kept apart from its search state: how many card
// columns fit (ResizeObserver), loading the next page when the end of the list nears
// (IntersectionObserver on the "more" sentinel), and waiting for the virtualizer's own
// layout pass so callers see rendered cards.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerModule } from './directory-parts.js';

const CARD_MIN_WIDTH_PX = 288;
/** After a keyboard jump, how long the end of the list may be in view before more loads. */
const KEYBOARD_JUMP_HOLD_MS = 1500;
/** No card is shorter: how many rows the viewport can show at most. */
const CARD_MIN_HEIGHT_PX = 160;
const GRID_GAP_PX = 16;

export interface ResultsLayoutOptions {
  /** The host's `layout` property. */
  layout: () => 'grid' | 'list';
  /** Whether any card is loaded (no virtualizer layout to wait for otherwise). */
  hasItems: () => boolean;
  /** Load the next page (the end of the list came near). */
  loadMore: () => Promise<void>;
  /** The virtualizer module once loaded (it is fetched on demand). */
  virtualizer: () => VirtualizerModule | undefined;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export class ResultsLayoutController implements ReactiveController {
  private _columns = 1;
  private _layout?: 'grid' | 'list';
  private _resizeObserver?: ResizeObserver;
  private _intersection?: IntersectionObserver;
  private _observed?: HTMLElement;
  /** Until then, reaching the end of the list loads nothing (see `revealCard`). */
  private _holdUntil = 0;
  private _holdTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ResultsLayoutOptions,
  ) {
    host.addController(this);
  }

  /** Card columns that fit the results area (1 in the list layout). */
  get columns(): number {
    return this.options.layout() === 'list' ? 1 : this._columns;
  }

  /** Whether `count` cards, all there are, fit in the viewport (no virtualizer needed then). */
  allFit(count: number, nextCursor: string | null): boolean {
    const rows = Math.ceil(window.innerHeight / CARD_MIN_HEIGHT_PX);
    return nextCursor === null && count <= rows * this.columns;
  }

  /** The virtualizer has laid its rows out once (it does so a frame or two after rendering). */
  laidOut = false;

  onLayout = (): void => {
    if (this.laidOut) return;
    this.laidOut = true;
    this.host.requestUpdate();
  };

  hostDisconnected(): void {
    this._resizeObserver?.disconnect();
    this._intersection?.disconnect();
    clearTimeout(this._holdTimer);
  }

  hostUpdate(): void {
    // Before the render, so a layout change renders once with its columns (measured in
    // hostUpdated it asked for a second render). The area is there from the render before; on
    // the first one it is not, and the ResizeObserver's first report measures it.
    const layout = this.options.layout();
    if (layout !== this._layout) {
      this._layout = layout;
      this._columns = this._countColumns();
    }
  }

  hostUpdated(): void {
    // Created after the first render, once there is something to observe.
    if (!this._resizeObserver) {
      // Next frame: re-rendering the rows inside the callback trips the browser's
      // "ResizeObserver loop" error, which a host page's error monitoring reports.
      this._resizeObserver = new ResizeObserver(() =>
        requestAnimationFrame(() => this._measureColumns()),
      );
      this._intersection = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this._nearEnd();
        },
        { rootMargin: '400px 0px' },
      );
    }
    const area = this._area();
    if (area) this._resizeObserver.observe(area);
    // Through the CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline') allows this.
    this.host.style.setProperty('--mk-columns', String(this.columns));
    const sentinel = this._sentinel();
    if (sentinel && this._observed !== sentinel) this._reobserve();
  }

  // The virtualizer renders cards in its own layout pass, a frame or two after ours. Its
  // layoutComplete promise only settles when a layout happens, so wait a bounded number of frames.
  /** Resolves once the virtualizer has rendered cards (or after a bounded wait). */
  async settled(): Promise<void> {
    for (let count = 0; count < 10; count++) {
      const virtualizer = this._virtualizer();
      if (!virtualizer || !this.options.hasItems()) break;
      await Promise.race([virtualizer.layoutComplete.catch(() => undefined), frame().then(frame)]);
      if (this.host.renderRoot.querySelector('mentor-card')) break;
    }
    await this.host.updateComplete;
  }

  /**
   * Scroll the row holding card `index` into view so the virtualizer renders it.
   * Returns false when the cards are not virtualized (every card is rendered already).
   */
  revealCard(index: number): boolean {
    const virtualizer = this._virtualizer();
    if (!virtualizer) return false;
    // A keyboard jump (End, Page Down) lands on a loaded card: the list must not grow and move
    // the goal while the focus gets there. Scrolling on afterwards loads the next page.
    this._holdUntil = performance.now() + KEYBOARD_JUMP_HOLD_MS;
    virtualizer.element(Math.floor(index / this._columns))?.scrollIntoView({ block: 'nearest' });
    return true;
  }

  private _area() {
    return this.host.renderRoot.querySelector<HTMLElement>('.results-area');
  }

  private _results() {
    return this.host.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.results');
  }

  private _virtualizer() {
    const ref = this.options.virtualizer()?.virtualizerRef;
    return ref ? this._results()?.[ref] : undefined;
  }

  private _sentinel() {
    return this.host.renderRoot.querySelector<HTMLElement>('.more') ?? undefined;
  }

  private _nearEnd() {
    const wait = this._holdUntil - performance.now();
    if (wait <= 0) {
      void this._loadMoreFromScroll();
      return;
    }
    clearTimeout(this._holdTimer);
    this._holdTimer = setTimeout(() => this._reobserve(), wait); // still near then: load
  }

  private async _loadMoreFromScroll() {
    await this.options.loadMore();
    // Measure again only once the virtualizer has laid out the new rows; before that the end
    // of the list looks near and every page would load at once.
    await this.host.updateComplete;
    await this.settled();
    await frame();
    this._reobserve();
  }

  // IntersectionObserver reports the current state on observe(): re-observing after a page
  // loads keeps loading while the end of the list is still near the viewport.
  private _reobserve() {
    if (!this._intersection) return;
    this._intersection.disconnect();
    const sentinel = this._sentinel();
    this._observed = sentinel;
    if (sentinel) this._intersection.observe(sentinel);
  }

  private _countColumns(): number {
    const width = this._area()?.clientWidth ?? 0;
    return this.options.layout() === 'list' || width === 0
      ? 1
      : Math.max(1, Math.floor((width + GRID_GAP_PX) / (this._cardMinWidth() + GRID_GAP_PX)));
  }

  private _measureColumns() {
    const columns = this._countColumns();
    if (columns !== this._columns) {
      this._columns = columns;
      this.host.requestUpdate();
    }
  }

  private _cardMinWidth(): number {
    const value = getComputedStyle(this.host).getPropertyValue('--mentor-card-min-width').trim();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    if (value.endsWith('rem')) return parseFloat(value) * rem;
    if (value.endsWith('px')) return parseFloat(value);
    return CARD_MIN_WIDTH_PX;
  }
}
