// One consistent rendering of @lit/task states for every widget: a skeleton while pending, a
// clear message with Retry when it failed (announced by a live region), the content when done.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { TaskStatus, type Task } from '@lit/task';
import { describeError, isIgnorableError } from './errors-view.js';

export interface TaskViewOptions<T> {
  /** Rendering before the task first runs (default: nothing). */
  initial?: () => unknown;
  /** Rendering while pending (default: `renderSkeleton(skeleton)`). */
  pending?: () => unknown;
  /** The default skeleton's shape (default: 3 lines). */
  skeleton?: SkeletonOptions;
  /** Rendering of a failure (default: `renderError(error, retry)`). */
  error?: (error: unknown, retry: () => void) => unknown;
  /** What is loading, announced politely, e.g. "Loading mentors" (default "Loading"). */
  loadingLabel?: string;
  /** What to announce politely once loaded, e.g. "12 mentors found" (default: nothing). */
  announce?: (value: T) => string;
  /**
   * A re-run of the same thing is pending (a refresh, see `TaskRefresh`): the last value stays
   * on screen instead of the skeleton, so the field someone types in keeps its focus and text.
   */
  refreshing?: boolean;
}

/** Re-runs a task for the same arguments; `active` while that run is pending. */
export class TaskRefresh {
  active = false;

  constructor(private readonly task: Task<ReadonlyArray<unknown>, unknown>) {}

  async run(): Promise<void> {
    this.active = true;
    try {
      await this.task.run();
    } finally {
      this.active = false;
    }
  }
}

export interface SkeletonOptions {
  /** Grey lines per block (default 3). */
  lines?: number;
  /** Blocks of lines, e.g. one per card about to appear (default 1). */
  blocks?: number;
  /** What is loading, for assistive technology (the grey blocks are hidden from it). */
  label?: string;
}

/** The one loading placeholder of every widget: grey blocks of lines, marked busy. */
export function renderSkeleton({ lines = 3, blocks = 1, label }: SkeletonOptions = {}) {
  const block = () =>
    html`<div class="skeleton-block" aria-hidden="true">
      ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
    </div>`;
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    ${Array.from({ length: blocks }, block)}
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
    pending:
      options.pending ??
      (() =>
        options.refreshing && task.value !== undefined
          ? complete(task.value)
          : renderSkeleton(options.skeleton)),
    complete,
    error: (error) => {
      const retry = () => void task.run();
      return options.error ? options.error(error, retry) : renderError(error, retry);
    },
  });
  return html`<div class="visually-hidden" role="status">${announcement}</div>
    ${body}`;
}
