// Keyboard movement between the directory's cards (roving tabindex): one card is in the Tab
// order, arrow keys, Home/End and Page Up/Down move between cards, Tab then reaches the
// buttons inside a card. Enter or Space on a card activates it. It needs no lifecycle hooks,
// so it is not registered with addController; it only asks the host to re-render.
import type { ReactiveElement } from 'lit';

export interface RovingFocusOptions {
  /** How many cards are loaded. */
  count: () => number;
  /** Cards per row, for moving up and down. */
  columns: () => number;
  /** Bring card `index` into the DOM; false when it cannot (every card is rendered already). */
  reveal: (index: number) => boolean;
  /** Enter or Space was pressed on card `index`; false when there is no such card. */
  activate: (index: number, card: HTMLElement) => boolean;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export class RovingFocusController {
  private _activeIndex = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RovingFocusOptions,
  ) {}

  /** The card that is in the Tab order (tabindex 0). */
  get activeIndex(): number {
    return this._activeIndex;
  }
  set activeIndex(index: number) {
    if (index === this._activeIndex) return;
    this._activeIndex = index;
    this.host.requestUpdate();
  }

  /** Keydown listener for the element holding the cards (`mentor-card[data-index]`). */
  onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.localName !== 'mentor-card') return;
    const index = Number(target.dataset['index']);
    if (event.key === 'Enter' || event.key === ' ') {
      if (this.options.activate(index, target)) event.preventDefault();
      return;
    }
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const columns = this.options.columns();
    const last = this.options.count() - 1;
    const moves: Record<string, number> = {
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      ArrowRight: index + (rtl ? -1 : 1),
      ArrowLeft: index + (rtl ? 1 : -1),
      Home: 0,
      End: last,
      PageDown: index + columns * 3,
      PageUp: index - columns * 3,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focus(Math.max(0, Math.min(last, next)));
  };

  /** Make card `index` the active one and focus it, scrolling it into the DOM first if needed. */
  async focus(index: number): Promise<void> {
    this.activeIndex = index;
    await this.host.updateComplete;
    const find = () =>
      this.host.renderRoot.querySelector<HTMLElement>(`mentor-card[data-index="${index}"]`);
    let card = find();
    if (!card && this.options.reveal(index)) {
      // The row renders after the virtualizer's next layout pass or two.
      for (let frames = 0; frames < 60 && !card; frames++) {
        await frame();
        await this.host.updateComplete;
        card = find();
      }
    }
    card?.focus();
  }
}
