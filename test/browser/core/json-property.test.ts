// @jsonProperty on its own, with an array property, the way the widgets to come will use it:
// attribute, property as JSON text, property as an array, garbage, removal, and a value set
// before the element is defined (a framework can render before the script has loaded).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { jsonProperty } from '../../../src/core/json-property.js';

const Steps = z.array(z.string().check(z.minLength(1)));

class TestSteps extends LitElement {
  @jsonProperty({
    schema: Steps,
    fallback: () => ['plan'],
    expected: 'a list of step names, like ["plan", "do"]',
  })
  steps: string[] = ['plan'];

  override render() {
    return html`${this.steps.join(' > ')}`;
  }
}

describe('@jsonProperty', () => {
  let warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  // Defined here, not at import: the last test sets a value before the tag exists.
  const define = () => {
    if (!customElements.get('test-steps')) customElements.define('test-steps', TestSteps);
  };

  it('takes the attribute, the same JSON set as the property, and an array alike', async () => {
    define();
    const el = await fixture<TestSteps>(html`<test-steps steps='["plan","do"]'></test-steps>`);
    expect(el.shadowRoot!.textContent).to.contain('plan > do');

    (el as unknown as { steps: unknown }).steps = '["check","act"]';
    await el.updateComplete;
    expect(el.steps).to.deep.equal(['check', 'act']);
    expect(el.shadowRoot!.textContent).to.contain('check > act');

    el.steps = ['review'];
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('review');
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about garbage and renders the default; a removed attribute is the default', async () => {
    define();
    const el = await fixture<TestSteps>(html`<test-steps steps='["plan","do"]'></test-steps>`);
    el.setAttribute('steps', '{"plan": true}');
    await el.updateComplete;
    expect(el.steps).to.deep.equal(['plan']);
    expect(el.shadowRoot!.textContent).to.contain('plan');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-steps>: the steps value {"plan": true} cannot be used');
    expect(warnings[0]).to.contain('expected array');
    expect(warnings[0]).to.contain('Expected a list of step names');

    (el as unknown as { steps: unknown }).steps = '["", "do"]';
    await el.updateComplete;
    expect(warnings[1]).to.contain('at 0: less than 1');

    el.setAttribute('steps', '["do"]');
    el.removeAttribute('steps');
    await el.updateComplete;
    expect(el.steps).to.deep.equal(['plan']);
    expect(warnings).to.have.length(2);
  });

  it('reads a value a framework set before the element was defined', async () => {
    const el = document.createElement('test-steps-late') as TestSteps;
    (el as unknown as { steps: unknown }).steps = '["plan","do","check"]';
    document.body.append(el);
    customElements.define('test-steps-late', class extends TestSteps {});
    await (el as TestSteps).updateComplete;
    expect(el.steps).to.deep.equal(['plan', 'do', 'check']);
    expect(el.shadowRoot!.textContent).to.contain('plan > do > check');
    el.remove();
  });
});
