// One consistent rendering of @lit/task states for every widget: a skeleton while pending, a
// clear message with Retry when it failed (announced by a live region), the content when done.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { TaskStatus, type Task } from '@lit/task';
import { describeError, isIgnorableError } from './errors-view.js';

export interface TaskViewOptions<T> {
  /** Rendering before the task first runs (default: nothing). */
  initial?: () => unknown;
  /** Rendering while pending (default: a skeleton of `skeletonLines` lines). */
  pending?: () => unknown;
  /** Lines in the default skeleton. */
  skeletonLines?: number;
  /** What is loading, announced politely, e.g. "Loading mentors" (default "Loading"). */
  loadingLabel?: string;
  /** What to announce politely once loaded, e.g. "12 mentors found" (default: nothing). */
  announce?: (value: T) => string;
}

/** A grey placeholder; hidden from assistive technology (the status message speaks instead). */
export function renderSkeleton(lines = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
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
 * `complete(value)` when done. A polite status region stays in place across states (live
 * regions only speak reliably when they exist before their text changes) and says "Loading"
 * and, with `announce`, what arrived.
 */
export function renderTask<T>(
  task: Task<ReadonlyArray<unknown>, T>,
  complete: (value: T) => unknown,
  options: TaskViewOptions<T> = {},
): TemplateResult {
  const announcement =
    task.status === TaskStatus.PENDING
      ? (options.loadingLabel ?? msg('Loading'))
      : task.status === TaskStatus.COMPLETE && options.announce
        ? options.announce(task.value as T)
        : '';
  const body = task.render({
    initial: options.initial ?? (() => nothing),
    pending: options.pending ?? (() => renderSkeleton(options.skeletonLines)),
    complete,
    error: (error) => renderError(error, () => task.run()),
  });
  return html`<div class="visually-hidden" role="status">${announcement}</div>
    ${body}`;
}
