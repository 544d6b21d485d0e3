// A host page whose own stylesheet went through its bundler: Vite 8 (Lightning CSS) lowers
// `light-dark()` into variables that only the `color-scheme` declarations of that stylesheet
// switch. applyTheme() sets `color-scheme` from a constructed sheet the bundler never saw, so
// the kit's themes must switch those variables too, or a dark theme puts light widget text on
// the page's still-light background.
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { applyTheme } from '../../../src/core/themes.js';
import { apiFor, type TestWhoami } from './fixtures.js';

const HOST_CSS = `
:root { color-scheme: light dark; --page-bg: light-dark(#ffffff, #121417); }
:root.page-dark { color-scheme: dark; }
.host-page { background: var(--page-bg); padding: 1rem; }`;

const WHITE = 'rgb(255, 255, 255)';
const DARK_PAGE = 'rgb(18, 20, 23)';
const LIGHT_TEXT = 'rgb(236, 238, 242)';
const DARK_TEXT = 'rgb(29, 31, 36)';

/**
 * Pretends the device prefers `scheme`, or skips the test: the test runner emulates media over
 * the Chrome DevTools Protocol only, so in Firefox (driven over WebDriver BiDi) it cannot.
 */
const canEmulateMedia = !navigator.userAgent.includes('Firefox/');
async function deviceScheme(test: Mocha.Context, scheme: 'light' | 'dark') {
  if (!canEmulateMedia) test.skip();
  await emulateMedia({ colorScheme: scheme });
}

async function hostPage() {
  const page = await fixture<HTMLDivElement>(
    html`<div class="host-page"><test-whoami .api=${apiFor('Ana')}></test-whoami></div>`,
  );
  const widget = page.querySelector<TestWhoami>('test-whoami')!;
  await widget.whoami.taskComplete;
  await widget.updateComplete;
  return {
    page,
    background: getComputedStyle(page).backgroundColor,
    text: getComputedStyle(widget).color,
  };
}

describe('themes on a host page whose bundler lowered light-dark()', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/__lowered.css?css=${encodeURIComponent(HOST_CSS)}`;
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    // The stylesheet really is lowered, as the app's production build ships it.
    const text = await (await fetch(link.href)).text();
    expect(text).to.include('--lightningcss-dark').and.not.include('light-dark(');
  });
  after(() => link.remove());
  afterEach(async () => {
    document.adoptedStyleSheets = [];
    document.documentElement.classList.remove('page-dark');
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('is light, page and widgets, with no theme', async () => {
    const { background, text } = await hostPage();
    expect([background, text]).to.deep.equal([WHITE, DARK_TEXT]);
  });

  it("turns page and widgets dark with applyTheme('dark'), readable under axe", async () => {
    applyTheme('dark');
    const { page, background, text } = await hostPage();
    expect([background, text]).to.deep.equal([DARK_PAGE, LIGHT_TEXT]);
    await expect(page).to.be.accessible();
  });

  it("turns back light with applyTheme('light') on a dark device", async function () {
    await deviceScheme(this, 'dark');
    applyTheme('light');
    const { page, background, text } = await hostPage();
    expect([background, text]).to.deep.equal([WHITE, DARK_TEXT]);
    await expect(page).to.be.accessible();
  });

  it("follows the device with applyTheme('branded'): dark on a dark device", async function () {
    await deviceScheme(this, 'dark');
    applyTheme('branded');
    const { page, background, text } = await hostPage();
    expect([background, text]).to.deep.equal([DARK_PAGE, LIGHT_TEXT]);
    await expect(page).to.be.accessible();
  });

  it("turns dark with the page's own color-scheme (its lowered stylesheet)", async () => {
    document.documentElement.classList.add('page-dark');
    const { page, background, text } = await hostPage();
    expect([background, text]).to.deep.equal([DARK_PAGE, LIGHT_TEXT]);
    await expect(page).to.be.accessible();
  });
});
