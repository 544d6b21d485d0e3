// Run something once after a pause: typing in a search box or a form should cost one request
// or one write per pause, not one per keystroke.

export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private action: (() => void) | undefined;

  constructor(private readonly delayMs: number) {}

  /** True while an action waits for its pause to end. */
  get pending(): boolean {
    return this.action !== undefined;
  }

  /** Runs `action` after `delayMs` of quiet; a later call replaces an earlier one. */
  schedule(action: () => void, delayMs = this.delayMs): void {
    clearTimeout(this.timer);
    this.action = action;
    this.timer = setTimeout(() => this.flush(), delayMs);
  }

  /** Runs the waiting action now (if any). */
  flush(): void {
    const action = this.action;
    this.cancel();
    action?.();
  }

  /** Forgets the waiting action. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.action = undefined;
  }
}
