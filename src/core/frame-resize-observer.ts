// A ResizeObserver whose callback runs in the next animation frame, with each element's latest
// entry. When a callback changes layout at once (the directory re-rendering its rows for a new
// column count, the virtualizer sizing and adding rows), the browser reports "ResizeObserver loop
// completed with undelivered notifications" to window.onerror: harmless, but on a customer's page
// it lands in their error monitoring. A frame later, the change is simply measured next frame.
export class FrameResizeObserver extends ResizeObserver {
  readonly #observed = new Set<Element>();
  readonly #state: { frame: number };

  constructor(callback: ResizeObserverCallback) {
    const pending = new Map<Element, ResizeObserverEntry>();
    const state = { frame: 0 };
    super((entries, observer) => {
      for (const entry of entries) pending.set(entry.target, entry);
      if (state.frame) return;
      state.frame = requestAnimationFrame(() => {
        state.frame = 0;
        // Only elements still observed: as a native observer stops reporting an unobserved one.
        const batch = [...pending.values()].filter((entry) => this.#observed.has(entry.target));
        pending.clear();
        if (batch.length) callback(batch, observer);
      });
    });
    this.#state = state;
  }

  override observe(target: Element, options?: ResizeObserverOptions): void {
    this.#observed.add(target);
    super.observe(target, options);
  }

  override unobserve(target: Element): void {
    this.#observed.delete(target);
    super.unobserve(target);
  }

  override disconnect(): void {
    this.#observed.clear();
    cancelAnimationFrame(this.#state.frame);
    this.#state.frame = 0;
    super.disconnect();
  }
}
