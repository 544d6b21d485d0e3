// When the directory asks for its lazy parts (./directory-parts.ts): its schemas, its results
// list and the virtualizer as soon as it connects (they load with the first search), the filters once the first render shows a
// wide layout (the panel is on screen there), the dialog and the narrow-screen drawer after the
// first results, so that a click on them does not wait.
import type { ReactiveController, ReactiveElement } from 'lit';
import { NetworkError } from '../../client/errors.js';
import { LazyParts } from '../../core/lazy.js';
import {
  loadResultsPart,
  loadSchemas,
  loadedResultsPart,
  loadedSchemas,
  loadFilters,
  loadProfileDialog,
  loadVirtualizer,
  type VirtualizerModule,
} from './directory-parts.js';

/** The container width (px at 16px/rem) from which the filters sit beside the results. */
const WIDE_LAYOUT_REM = 48;

export class DirectoryPartsController implements ReactiveController {
  /** The virtualizer module, once loaded. */
  virtualizer?: VirtualizerModule;
  /** The virtualizer could not load: cards render without it. */
  virtualizerFailed = false;
  private readonly parts: LazyParts;
  private filtersAsked = false;
  private resizeObserver?: ResizeObserver;
  /** The `.layout` element the observer watches. */
  private measured?: HTMLElement;
  /** The schemas' or the results' chunk could not load (offline): the directory offers to try again. */
  dataPartsError: NetworkError | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: { virtualize: () => boolean; layout: () => HTMLElement | null },
  ) {
    host.addController(this);
    this.parts = new LazyParts(host);
  }

  hostConnected(): void {
    void this.dataParts();
    if (!this.options.virtualize() || this.virtualizer) return;
    void this.parts.need(loadVirtualizer).then(
      (module) => (this.virtualizer = module),
      () => (this.virtualizerFailed = true),
    );
  }

  // Measured by a ResizeObserver, after the browser's own layout: reading the width here, after
  // each render, forced a style and layout pass of the whole page while the other widgets on it
  // were still rendering (npm run bench:page --why).
  hostUpdated(): void {
    const layout = this.options.layout();
    if (this.filtersAsked || !layout || layout === this.measured) return;
    this.measured = layout;
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      if (!this.filtersAsked && entry && entry.target.clientWidth >= WIDE_LAYOUT_REM * rem)
        this.filters();
    });
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(layout);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.measured = undefined;
  }

  /**
   * Resolves once the parts the first results need are here: the schemas (the first search
   * waits for them) and the results list with its cards (or one failed to load: `dataPartsError`).
   */
  async dataParts(): Promise<void> {
    if (loadedSchemas() && loadedResultsPart()) return;
    this.dataPartsError = undefined;
    await Promise.all([this.parts.need(loadSchemas), this.parts.need(loadResultsPart)]).catch(
      (cause: unknown) => {
        this.dataPartsError = new NetworkError('could not load the directory', { cause });
      },
    );
  }

  /** The first results are on screen: fetch what a person may open next. */
  resultsShown(): void {
    this.filters();
    this.profileDialog().catch(() => undefined); // asked again (and reported) on open
  }

  /** Resolves once `<mentor-profile-dialog>` is defined. */
  profileDialog(): Promise<void> {
    return this.parts.need(loadProfileDialog);
  }

  /** Load the filters (idempotent); a failure leaves the panel's placeholder and retries on open. */
  filters(): void {
    this.filtersAsked = true;
    this.resizeObserver?.disconnect();
    this.parts.need(loadFilters).catch(() => {
      this.filtersAsked = false;
      this.measured = undefined; // measure again after the next render
    });
  }

  /** Every part asked for so far has loaded or failed. */
  settled(): Promise<void> {
    return this.parts.settled();
  }
}
