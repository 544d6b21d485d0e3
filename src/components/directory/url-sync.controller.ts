// Keeps the directory's search in the page URL when `sync-url` is set: reads it on start,
// writes a history entry per filter change (one per typing burst) and restores the search
// when the person goes back or forward.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { urlWithQuery, type DirectoryQuery } from './directory-query.js';
import { loadedSchemas } from './directory-parts.js';

/** The search in the URL; the directory reads it only once its schemas are here. */
const queryFromUrl = (search: string) => loadedSchemas()?.queryFromUrl(search) ?? null;

export interface UrlSyncOptions {
  /** Whether syncing is on (the `sync-url` attribute); read at each use. */
  enabled: () => boolean;
  /** The search to show when the URL holds none (e.g. back to the page's first entry). */
  fallback: () => DirectoryQuery;
  /** Show a search restored from the URL by the back or forward button. */
  restore: (query: DirectoryQuery) => void;
}

export class UrlSyncController implements ReactiveController {
  private _lastChangeWasText = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this._onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this._onPopState);
  }

  /** The search in the current URL, when syncing is on and the URL has one. */
  initialQuery(): DirectoryQuery | null {
    return this.options.enabled() ? queryFromUrl(location.search) : null;
  }

  /** Write the starting search into the current history entry (no new step back). */
  replace(query: DirectoryQuery): void {
    if (this.options.enabled())
      history.replaceState(history.state, '', urlWithQuery(location.href, query));
  }

  /** Record a change the person made to the search. */
  record(query: DirectoryQuery, source: 'text' | 'filters'): void {
    if (this.options.enabled()) {
      const url = urlWithQuery(location.href, query);
      // Each filter change is a step back; typing updates one entry instead of one per word.
      if (source === 'text' && this._lastChangeWasText)
        history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    }
    this._lastChangeWasText = source === 'text';
  }

  private _onPopState = () => {
    if (!this.options.enabled()) return;
    const query = queryFromUrl(location.search) ?? this.options.fallback();
    this._lastChangeWasText = false;
    this.options.restore(query);
  };
}
