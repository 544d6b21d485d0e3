import { expect, fixture, html } from '@open-wc/testing';
import { applyTheme, themeCss } from '../../../src/core/themes.js';
import { apiFor, type TestWhoami } from './fixtures.js';
import './fixtures.js';

/** The widget host's computed style (its text colour and font come from the tokens). */
const hostStyle = (el: Element) => getComputedStyle(el);

describe('tokens and themes', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  it('inherits the page font and is light by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">
        <test-whoami .api=${apiFor('Ana')}></test-whoami>
      </div>`,
    );
    const el = wrapper.querySelector<TestWhoami>('test-whoami')!;
    expect(hostStyle(el).fontFamily).to.equal('Georgia, serif');
    expect(hostStyle(el).color).to.equal('rgb(29, 31, 36)');
  });

  it('turns dark under a dark color-scheme (page, theme or prefers-color-scheme)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark"><test-whoami .api=${apiFor('Ana')}></test-whoami></div>`,
    );
    expect(hostStyle(wrapper.querySelector('test-whoami')!).color).to.equal('rgb(236, 238, 242)');
  });

  it('lets a page override a token', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--mentor-color-text: rgb(1, 2, 3)">
        <test-whoami .api=${apiFor('Ana')}></test-whoami>
      </div>`,
    );
    expect(hostStyle(wrapper.querySelector('test-whoami')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('applies the dark and branded themes to the page', async () => {
    const el = await fixture<TestWhoami>(html`<test-whoami .api=${apiFor('Ana')}></test-whoami>`);
    applyTheme('dark');
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('dark');
    expect(hostStyle(el).color).to.equal('rgb(236, 238, 242)');
    applyTheme('branded');
    expect(document.adoptedStyleSheets).to.have.length(1);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--mentor-radius')).to.equal(
      '2px',
    );
    expect(themeCss('dark', '.preview')).to.match(/^\.preview \{\s+color-scheme: dark;/);
  });
});
