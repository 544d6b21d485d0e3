// The one open conflict (a 412 on a goal), the person's pick per field, and how it is resolved:
// take theirs (nothing to send), keep mine, or send the merged picks on top of their version.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { GoalConflict } from './goal-save.controller.js';
import type { LazyParts } from './lazy-parts.js';

type Choice = 'mine' | 'theirs';

export class ConflictController implements ReactiveController {
  conflict: GoalConflict | undefined;
  picks: Record<string, Choice> = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      lazy: LazyParts;
      save: (goalId: string, patch: object) => void;
      say: (text: string) => void;
      opened: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async open(conflict: GoalConflict): Promise<void> {
    await this.options.lazy.get('conflict');
    this.options.opened();
    this.picks = {};
    this.conflict = conflict;
    this.host.requestUpdate();
    this.options.say(
      msg('Your partner changed this goal meanwhile. Compare both versions and choose.'),
    );
  }

  pick(field: string, choice: Choice): void {
    this.picks = { ...this.picks, [field]: choice };
    this.host.requestUpdate();
  }

  resolve(how: 'mine' | 'theirs' | 'merge'): void {
    const conflict = this.conflict;
    const parts = this.options.lazy.parts.conflict;
    if (!conflict || !parts) return;
    this.conflict = undefined;
    this.host.requestUpdate();
    if (how === 'theirs') {
      this.options.say(msg('Kept your partner’s version.'));
      return;
    }
    const patch = parts.mergedPatch(conflict, how === 'mine' ? {} : this.picks);
    if (Object.keys(patch).length > 0) this.options.save(conflict.theirs.id, patch);
  }

  render(locale: string): unknown {
    const parts = this.options.lazy.parts.conflict;
    if (!this.conflict || !parts) return undefined;
    return parts.renderConflict({
      conflict: this.conflict,
      locale,
      picks: this.picks,
      pick: (field, choice) => this.pick(field, choice),
      resolve: (how) => this.resolve(how),
    });
  }
}
