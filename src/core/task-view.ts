// One consistent rendering of @lit/task states for every widget: a skeleton while pending, a
// clear message with Retry when it failed (announced by a live region), the content when done.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Task } from '@lit/task';
import { describeError, isIgnorableError } from './errors-view.js';

export interface TaskViewOptions {
  /** Rendering before the task first runs (default: nothing). */
  initial?: () => unknown;
  /** Rendering while pending (default: a skeleton of `skeletonLines` lines). */
  pending?: () => unknown;
  /** Lines in the default skeleton. */
  skeletonLines?: number;
  /** What is loading, for the screen-reader announcement, e.g. "Loading mentors". */
  loadingLabel?: string;
}

/** A grey placeholder with a polite "Loading" announcement. */
export function renderSkeleton(lines = 3, label = msg('Loading')): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${label}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}

/**
 * An error box: title and detail in an assertive live region (role=alert), and a Retry button
 * when trying again can help. Abort errors render nothing.
 */
export function renderError(
  error: unknown,
  retry?: () => unknown,
): TemplateResult | typeof nothing {
  if (isIgnorableError(error)) return nothing;
  const { title, detail, retryable } = describeError(error);
  return html`<div class="status error" part="error">
    <div role="alert">
      <p class="status-title">${title}</p>
      ${detail ? html`<p>${detail}</p>` : nothing}
    </div>
    ${
      retry && retryable
        ? html`<button type="button" class="button" part="retry-button" @click=${() => retry()}>
            ${msg('Try again')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * Render a task: skeleton while pending, error + Retry (re-runs the task) on failure,
 * `complete(value)` when done.
 */
export function renderTask<T>(
  task: Task<ReadonlyArray<unknown>, T>,
  complete: (value: T) => unknown,
  options: TaskViewOptions = {},
): unknown {
  return task.render({
    initial: options.initial ?? (() => nothing),
    pending: options.pending ?? (() => renderSkeleton(options.skeletonLines, options.loadingLabel)),
    complete,
    error: (error) => renderError(error, () => task.run()),
  });
}
