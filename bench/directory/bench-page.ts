// Benchmark page for scripts/bench-directory.ts: puts one <mentor-directory> on the memory API
// and exposes timing helpers on `window.mentorBench`. Figures are taken inside the page (after
// the next paint), memory by the script through the DevTools protocol.
import { MemoryMentoringApi } from '../../src/memory/index.js';
import '../../src/components/directory/define.js';
import type { MentorDirectory } from '../../src/components/directory/directory.component.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Two frames: the first runs before the paint that shows our change, the second after it. */
const painted = async () => {
  await frame();
  await frame();
};

let directory: MentorDirectory | undefined;

function renderedCards(): number {
  return directory?.shadowRoot?.querySelectorAll('mentor-card').length ?? 0;
}

export interface FirstRender {
  firstResultsMs: number;
  total: number;
}

const bench = {
  /** Time from adding the element to the first page of cards painted (API data built beforehand). */
  async firstRender(mentors: number, virtualize: boolean, pageSize: number): Promise<FirstRender> {
    const api = new MemoryMentoringApi({ userId: 'ana-souza', mentors, latencyMs: 0 });
    const warm = await api.searchMentors({ limit: 1 }); // builds the data set; not part of the figure
    const start = performance.now();
    directory = document.createElement('mentor-directory');
    directory.api = api;
    directory.pageSize = pageSize;
    directory.noVirtualize = !virtualize;
    document.querySelector('main')!.append(directory);
    await directory.searchComplete();
    while (renderedCards() === 0) await frame();
    await painted();
    return { firstResultsMs: performance.now() - start, total: warm.total };
  },

  /** Load every page (as scrolling to the end would) and wait for the paint. */
  async loadAll(): Promise<{ loadAllMs: number; loaded: number; cardsInDom: number }> {
    const el = directory!;
    const start = performance.now();
    let before = -1;
    while (el.cards.length !== before) {
      before = el.cards.length;
      await el.loadMore();
      await el.updateComplete;
    }
    await painted();
    return {
      loadAllMs: performance.now() - start,
      loaded: el.cards.length,
      cardsInDom: renderedCards(),
    };
  },

  /**
   * Type `text` into the search box (as the browser would: value, then an input event) and
   * time until the updated results are painted. `enter` also presses Enter, which skips the
   * 300 ms debounce.
   */
  async keystroke(text: string, enter: boolean): Promise<number> {
    const el = directory!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    const before = el.query.q;
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (enter) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    while (el.query.q === before) await frame(); // the debounce commits the search
    await el.searchComplete();
    await painted();
    return performance.now() - start;
  },
};

declare global {
  interface Window {
    mentorBench: typeof bench;
  }
}
window.mentorBench = bench;
