// Loaded on demand: the mentor's note when sending a goal back to the mentee (a goal awaiting
// confirmation, in programs where the mentor confirms). Checked with the contract's rule for the
// note before it is sent.
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { UpdateGoal } from '../../contract/goal.js';
import type { Goal } from '../../contract/index.js';
import { renderField } from './goal-tracker-fields.js';

/** Why the note cannot be sent, in words; undefined when it can. */
export function noteError(note: string): string | undefined {
  return UpdateGoal.safeParse({ sendBack: { note } }).success
    ? undefined
    : msg('Say what is missing, in up to 1000 characters.');
}

export interface SendBackView {
  goal: Goal;
  note: string;
  error: string;
  /** Who reads the note (the mentee's name). */
  partner: string;
  set: (note: string) => void;
  submit: () => void;
  cancel: () => void;
}

export function renderSendBack(view: SendBackView): TemplateResult {
  return html`<form
    class="send-back stack"
    part="send-back"
    novalidate
    aria-label=${msg(str`Send “${view.goal.title}” back`)}
    @input=${(e: Event) => view.set((e.target as HTMLTextAreaElement).value)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        view.cancel();
      }
    }}
    @submit=${(e: Event) => {
      e.preventDefault();
      view.submit();
    }}
  >
    ${renderField({
      path: `send-back-${view.goal.id}`,
      label: msg('What is still missing?'),
      hint: msg(str`${view.partner} sees this note with the goal.`),
      value: view.note,
      type: 'textarea',
      maxlength: 1000,
      error: view.error || undefined,
      required: true,
    })}
    <div class="row">
      <button type="submit" class="button primary">${msg('Send back')}</button>
      <button type="button" class="button" @click=${view.cancel}>${msg('Cancel')}</button>
    </div>
  </form>`;
}
