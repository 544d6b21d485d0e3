// Parts of a widget that its first paint does not need (a dialog, a drawer, the virtualizer) load
// on demand from their own chunk. A chunk is fetched once per page; a failed fetch (offline) is
// forgotten, so the next need tries again. Same-origin module chunks load under a strict CSP.
import type { ReactiveControllerHost } from 'lit';

/** `load` called at most once at a time and once after success. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** A sub-element registered (guarded, like define.ts) when its module first loads. */
export function lazyElement(
  tag: string,
  load: () => Promise<CustomElementConstructor>,
): () => Promise<void> {
  return once(async () => {
    const element = await load();
    // Through a local name: the manifest analyzer would take `tag` for a tag name. The class's
    // `@tagname` JSDoc names the tag in custom-elements.json.
    const registry = customElements;
    if (!registry.get(tag)) registry.define(tag, element);
  });
}

/**
 * Tracks a host's lazy parts: re-renders the host when one arrives, and `settled()` waits for
 * every part asked for so far (tests and `searchComplete()`-like methods await it).
 */
export class LazyParts {
  private readonly pending = new Set<Promise<unknown>>();
  private readonly loaded = new Set<() => Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Start (or join) a load; the host updates when it arrives. Failures are the caller's. */
  need<T>(load: () => Promise<T>): Promise<T> {
    const loading = load();
    if (this.loaded.has(load)) return loading; // nothing new to render
    const tracked = loading.then(
      () => {
        this.loaded.add(load);
        this.host.requestUpdate();
      },
      () => this.host.requestUpdate(),
    );
    this.pending.add(tracked);
    void tracked.then(() => this.pending.delete(tracked));
    return loading;
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }
}
