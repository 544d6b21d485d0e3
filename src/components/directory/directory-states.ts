// What the directory shows instead of (or after) its cards: loading placeholders, the offline
// message, "no match", "no mentors yet" and the "show more" footer. Plain render functions
// taking what they show and what their buttons call.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { renderError, renderSkeleton } from '../../core/task-view.js';
import { isIgnorableError } from '../../core/errors-view.js';

/** Placeholders shaped like the cards about to appear. */
export function renderCardsSkeleton() {
  return renderSkeleton({ blocks: 6, label: msg('Loading mentors') });
}

/** Why the search failed: being offline gets its own message; aborted searches keep the placeholders. */
export function renderSearchError(error: unknown, offline: boolean, onRetry: () => void) {
  if (isIgnorableError(error)) return renderCardsSkeleton();
  return offline ? renderOffline(onRetry) : renderError(error, onRetry);
}

function renderOffline(onRetry: () => void) {
  return html`<div class="status" part="status">
    <div role="alert">
      <p class="status-title">${msg('You are offline')}</p>
      <p>${msg('Mentors will load when your connection is back.')}</p>
    </div>
    <button type="button" class="button" @click=${onRetry}>${msg('Try again')}</button>
  </div>`;
}

/** Over results loaded before the connection dropped. */
export function renderOfflineBanner() {
  return html`<p class="offline-banner small" part="status">
    ${msg('You are offline. These are the results loaded before.')}
  </p>`;
}

export function renderEmpty(onClearAll: () => void) {
  return html`<div class="status" part="status">
    <p class="status-title">${msg('No mentors match your search')}</p>
    <slot name="empty">
      <p>
        ${msg('Try removing a filter, widening the time zone range or searching for a broader skill.')}
      </p>
    </slot>
    <button type="button" class="button" @click=${onClearAll}>${msg('Clear all filters')}</button>
  </div>`;
}

export function renderNoMentors() {
  return html`<div class="status" part="status">
    <slot name="no-mentors">
      <p class="status-title">${msg('No mentors in this program yet')}</p>
      <p>${msg('When colleagues sign up as mentors, they will appear here.')}</p>
    </slot>
  </div>`;
}

export interface MoreView {
  /** Another page exists. */
  hasMore: boolean;
  /** Cards loaded so far. */
  loaded: number;
  /** Mentors found in all (minus hidden ones). */
  shown: number;
  pageSize: number;
  loading: boolean;
  /** The last page failed to load (and the error is worth showing). */
  failed: boolean;
  error: unknown;
  onRetry: () => void;
  onLoadMore: () => void;
}

/** The footer under the cards: "show more" (the infinite-scroll sentinel) or "all shown". */
export function renderMore(view: MoreView) {
  const { loaded, shown, loading } = view;
  if (!view.hasMore) {
    return loaded > 0 && shown > view.pageSize
      ? html`<p class="more end muted small">${msg(str`All ${shown} mentors shown`)}</p>`
      : nothing;
  }
  return html`<div class="more">
    ${view.failed ? renderError(view.error, view.onRetry) : nothing}
    <p class="muted small">${msg(str`Showing ${loaded} of ${shown} mentors`)}</p>
    <button
      type="button"
      class="button"
      part="load-more"
      ?disabled=${loading}
      @click=${view.onLoadMore}
    >
      ${loading ? msg('Loading more mentors…') : msg('Show more mentors')}
    </button>
  </div>`;
}
