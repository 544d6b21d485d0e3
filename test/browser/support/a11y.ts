// axe in both themes: light, then dark on a real dark page background (the widget's own
// transparent parts sit on the page, so contrast must hold there too).
import { expect } from '@open-wc/testing';
import { themeCss } from '../../../src/core/themes.js';

const DARK_PAGE = '#17181c';

/** Runs axe on `el` in the light theme and in the dark theme on a dark page. */
export async function expectAccessibleInThemes(el: Element): Promise<void> {
  await expect(el, 'light theme').to.be.accessible();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${themeCss('dark')} body { background: ${DARK_PAGE}; color: #eceef2; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(document.body).backgroundColor).to.equal('rgb(23, 24, 28)');
    await expect(el, 'dark theme').to.be.accessible();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
