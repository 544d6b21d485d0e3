// A goal's completion on its card: the buttons (mark as done, confirm, send back, not done yet,
// reopen) for the viewer's side, and where the mentor's confirmation stands, in words.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal } from '../../contract/index.js';
import { formatCalendarDate } from '../../core/format.js';

export interface CompletionView {
  /** The viewer's side of the mentorship. */
  side: 'mentee' | 'mentor';
  /** The program asks the mentor to confirm done goals. */
  needsConfirmation: boolean;
  /** The partner's name. */
  partner: string;
  locale: string;
  readonly: boolean;
  complete: (goal: Goal) => void;
  reopen: (goal: Goal) => void;
  sendBack: (goal: Goal) => void;
  /** The open send-back note of this goal, if any (loaded on demand). */
  sendBackForm: (goal: Goal) => TemplateResult | undefined;
}

const button = (action: string, label: string, run: () => void, primary = false) =>
  html`<button
    type="button"
    class="button ${primary ? 'primary' : ''}"
    data-action=${action}
    @click=${run}
  >
    ${label}
  </button>`;

export function renderCompletionButtons(goal: Goal, view: CompletionView): TemplateResult {
  if (goal.status === 'done') return button('reopen', msg('Reopen'), () => view.reopen(goal));
  if (goal.status !== 'awaiting-confirmation')
    return button('complete', msg('Mark as done'), () => view.complete(goal));
  if (view.side === 'mentee') return button('reopen', msg('Not done yet'), () => view.reopen(goal));
  return html`${button('complete', msg('Confirm done'), () => view.complete(goal), true)}
  ${button('send-back', msg('Send back'), () => view.sendBack(goal))}`;
}

const on = (at: string, locale: string) => formatCalendarDate(at.slice(0, 10), locale);

/** Where the confirmation stands; nothing when there is nothing to say. */
export function renderConfirmationNote(
  goal: Goal,
  view: CompletionView,
): TemplateResult | typeof nothing {
  const step = goal.confirmation;
  const { partner, locale } = view;
  if (goal.status === 'awaiting-confirmation')
    return html`<p class="confirmation awaiting" part="confirmation" role="note">
        ${
          view.side === 'mentee'
            ? msg(str`Waiting for ${partner} to confirm that it is done.`)
            : msg(
                str`${partner} marked this goal as done. Confirm it, or send it back saying what is missing.`,
              )
        }
      </p>
      ${view.readonly ? nothing : (view.sendBackForm(goal) ?? nothing)}`;
  if (step?.step === 'sent-back' && goal.status !== 'done') {
    const when = on(step.at, locale);
    return html`<div class="confirmation sent-back" part="confirmation" role="note">
      <p class="small">
        ${
          view.side === 'mentee'
            ? msg(str`Sent back by ${partner} on ${when}:`)
            : msg(str`You sent it back on ${when}:`)
        }
      </p>
      <blockquote class="goal-notes">${step.note}</blockquote>
    </div>`;
  }
  if (step?.step === 'confirmed' && goal.status === 'done')
    return html`<p class="confirmation small muted" part="confirmation">
      ${
        view.side === 'mentee'
          ? msg(str`Confirmed by ${partner} on ${on(step.at, locale)}.`)
          : msg(str`You confirmed it on ${on(step.at, locale)}.`)
      }
    </p>`;
  return nothing;
}
