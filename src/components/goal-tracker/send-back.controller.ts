// The mentor sends a goal awaiting confirmation back with a note. One note open at a time; the
// goal shows "sent back" at once (optimistic). When saving fails the goal is rolled back by the
// save controller and the note opens again with the text typed, so nothing is lost.
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal } from '../../contract/index.js';
import type { GoalSaveController } from './goal-save.controller.js';
import type { LazyParts } from './lazy-parts.js';

export interface SendBackOptions {
  lazy: LazyParts;
  saver: GoalSaveController;
  say: (text: string) => void;
  /** Focuses the note's text box (or, after closing, the card's button) once rendered. */
  focus: (goalId: string, selector: string) => void;
}

export class SendBackController implements ReactiveController {
  goalId: string | undefined;
  note = '';
  error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SendBackOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async open(goal: Goal, note = ''): Promise<void> {
    await this.options.lazy.get('sendBack');
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
    const parts = this.options.lazy.parts.sendBack;
    const error = parts?.noteError(this.note);
    if (!parts || error) {
      this.error = error ?? '';
      this.host.requestUpdate();
      this.options.focus(goal.id, 'textarea');
      return;
    }
    const note = this.note;
    this.goalId = undefined;
    this.host.requestUpdate();
    const saved = await this.options.saver.save(goal.id, { sendBack: { note } });
    if (saved) this.options.say(msg(str`“${goal.title}” sent back to ${partner}.`));
    else if (this.goalId === undefined) await this.open(goal, note);
  }

  /** The open note of this goal (once its part has loaded), or undefined. */
  render(goal: Goal, partner: string): TemplateResult | undefined {
    const parts = this.options.lazy.parts.sendBack;
    if (this.goalId !== goal.id || !parts) return undefined;
    return parts.renderSendBack({
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
