// The tracker's surrounding states: the empty state that helps write a first good goal (an
// example per framework), the read-only notice, and the autosave status with Retry.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { GoalFramework } from '../../contract/goal.js';
import { describeError } from '../../core/errors-view.js';
import { frameworkCopy, saveCopy } from './goal-tracker-copy.js';
import type { GoalSaveController } from './goal-save.controller.js';

export function renderEmpty(
  frameworks: readonly GoalFramework[],
  readonly: boolean,
  start: (framework: GoalFramework) => void,
): TemplateResult {
  return html`<div class="empty stack" part="empty">
    <slot name="empty">
      <h3>${msg('No goals yet')}</h3>
      <p>
        ${
          readonly
            ? msg('Goals this pair agrees on will show here.')
            : msg(
                'A good goal says what will change and how you will both notice. Pick a framework to start; each comes with an example.',
              )
        }
      </p>
    </slot>
    <ul class="framework-cards">
      ${frameworks.map((framework) => {
        const copy = frameworkCopy(framework);
        return html`<li class="card stack">
          <h4>${copy.name}</h4>
          <p class="small">${copy.summary}</p>
          <p class="small muted">${msg('Example:')} ${copy.example}</p>
          ${
            readonly
              ? nothing
              : html`<button
                  type="button"
                  class="button primary"
                  data-start=${framework}
                  @click=${() => start(framework)}
                >
                  ${msg('Start with this framework')}
                  <span class="visually-hidden">${copy.name}</span>
                </button>`
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

export function renderReadonlyNotice(reason: 'ended' | 'observer' | 'readonly'): TemplateResult {
  const text =
    reason === 'ended'
      ? msg('This mentorship has ended: its goals and sessions are read-only.')
      : reason === 'observer'
        ? msg('You can see these goals; only the two partners can change them.')
        : msg('Read-only view.');
  return html`<p class="status" part="readonly-notice">${text}</p>`;
}

/** Polite "Saving… / All changes saved"; a failure is an alert with what was undone and Retry. */
export function renderSaveStatus(saver: GoalSaveController): TemplateResult {
  const failure = saver.state === 'failed' ? saver.failure : undefined;
  const described = failure ? describeError(failure.error) : undefined;
  return html`<div class="save-status" part="save-status">
    <span role="status" class="small muted"
      >${
        saver.state === 'saving'
          ? saveCopy.saving()
          : saver.state === 'saved'
            ? saveCopy.saved()
            : ''
      }</span
    >
    <div role="alert">
      ${
        failure && described
          ? html`<div class="status error">
              <p class="status-title">${saveCopy.failed(failure.title)}</p>
              <p>${described.title}${described.detail ? ` ${described.detail}` : ''}</p>
              <button type="button" class="button" part="retry-button" @click=${failure.retry}>
                ${msg('Try again')}
              </button>
            </div>`
          : nothing
      }
    </div>
  </div>`;
}

export interface ToolbarView {
  readonly: boolean;
  creating: boolean;
  panel: 'none' | 'recap' | 'timeline';
  archived: number;
  showArchived: boolean;
  add: () => void;
  open: (panel: 'recap' | 'timeline') => void;
  toggleArchived: () => void;
}

export function renderToolbar(view: ToolbarView): TemplateResult {
  return html`<div class="row toolbar" part="toolbar">
    ${
      view.readonly
        ? nothing
        : html`<button
              type="button"
              class="button primary"
              ?disabled=${view.creating}
              @click=${view.add}
            >
              ${msg('Add goal')}
            </button>
            <button
              type="button"
              class="button"
              aria-expanded=${view.panel === 'recap'}
              @click=${() => view.open('recap')}
            >
              ${msg('Record a session')}
            </button>`
    }
    <button
      type="button"
      class="button"
      aria-expanded=${view.panel === 'timeline'}
      @click=${() => view.open('timeline')}
    >
      ${msg('Session history')}
    </button>
    ${
      view.archived > 0
        ? html`<button
            type="button"
            class="button"
            aria-pressed=${view.showArchived}
            @click=${view.toggleArchived}
          >
            ${msg(str`Archived goals (${view.archived})`)}
          </button>`
        : nothing
    }
  </div>`;
}
