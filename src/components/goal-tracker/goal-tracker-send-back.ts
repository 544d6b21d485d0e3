// Loaded on demand: the mentor's note when sending a goal back to the mentee (a goal awaiting
// confirmation, in programs where the mentor confirms). Checked with the contract's rule for the
// note before it is sent. One note open at a time; the goal shows "sent back" at once
// (optimistic); when saving fails the save controller rolls the goal back and the note opens
// again with the text typed, so nothing is lost.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { UpdateGoal } from '../../contract/goal.js';
import type { Goal } from '../../contract/index.js';
import { renderField } from './goal-tracker-fields.js';
import type { GoalSaveController } from './goal-save.controller.js';

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

export interface SendBackOptions {
  saver: GoalSaveController;
  say: (text: string) => void;
  /** Focuses the note's text box (or, after closing, the card's button) once rendered. */
  focus: (goalId: string, selector: string) => void;
}

export class SendBackController {
  goalId: string | undefined;
  note = '';
  error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SendBackOptions,
  ) {}

  open(goal: Goal, note = ''): void {
    this.goalId = goal.id;
    this.note = note;
    this.error = '';
    this.host.requestUpdate();
    this.options.focus(goal.id, 'textarea');
  }

  set(note: string): void {
    this.note = note;
    this.error = '';
    this.host.requestUpdate();
  }

  cancel(): void {
    const goalId = this.goalId;
    this.goalId = undefined;
    this.host.requestUpdate();
    if (goalId) this.options.focus(goalId, '[data-action="send-back"]');
  }

  async submit(goal: Goal, partner: string): Promise<void> {
    const error = noteError(this.note);
    if (error) {
      this.error = error;
      this.host.requestUpdate();
      this.options.focus(goal.id, 'textarea');
      return;
    }
    const note = this.note;
    this.goalId = undefined;
    this.host.requestUpdate();
    const saved = await this.options.saver.save(goal.id, { sendBack: { note } });
    if (saved) this.options.say(msg(str`“${goal.title}” sent back to ${partner}.`));
    else if (this.goalId === undefined) this.open(goal, note);
  }

  /** The open note of this goal (once its part has loaded), or undefined. */
  render(goal: Goal, partner: string): TemplateResult | undefined {
    if (this.goalId !== goal.id) return undefined;
    return renderSendBack({
      goal,
      partner,
      note: this.note,
      error: this.error,
      set: (note) => this.set(note),
      submit: () => void this.submit(goal, partner),
      cancel: () => this.cancel(),
    });
  }
}
