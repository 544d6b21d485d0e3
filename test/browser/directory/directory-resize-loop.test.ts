// On a customer's page, "ResizeObserver loop completed with undelivered notifications" reaches
// window.onerror, so their error monitoring reports it. The directory (its column measurement and
// the virtualizer's row sizing) must lay out, scroll and reflow without causing one.
import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import { memoryApi } from '../support/memory.js';
import { settled } from './helpers.js';
import '../../../src/components/directory/define.js';

const frames = async (count: number) => {
  for (let index = 0; index < count; index++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('<mentor-directory> and ResizeObserver', function () {
  this.timeout(30_000); // the machine is shared; a slow run is not a failure

  it('reports no ResizeObserver loop error to the page while it lays out, scrolls and reflows', async () => {
    const reported: string[] = [];
    // Capture: runs before any other error listener on window could stop the event.
    const onError = (event: ErrorEvent) => reported.push(event.message);
    window.addEventListener('error', onError, true);
    try {
      const api = await memoryApi({ mentors: 200 });
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <mentor-directory .api=${api} page-size="50" layout="grid"></mentor-directory>
        </div>`,
      );
      const el = page.querySelector<MentorDirectory>('mentor-directory')!;
      await settled(el);
      await frames(5);
      expect(el.cards.length).to.be.greaterThan(0);
      // As a person resizing the window: the columns change, and every observed box with them.
      for (const width of [900, 600, 1300, 1200, 400, 1200]) {
        await setViewport({ width, height: 800 });
        await frames(4);
      }
      for (const top of [1500, 4000, 0]) {
        window.scrollTo(0, top);
        await frames(4);
      }
      await settled(el);
      await frames(5);
    } finally {
      window.removeEventListener('error', onError, true);
      await setViewport({ width: 800, height: 600 });
      window.scrollTo(0, 0);
    }
    expect(reported.filter((message) => message.includes('ResizeObserver'))).to.deep.equal([]);
  });
});
