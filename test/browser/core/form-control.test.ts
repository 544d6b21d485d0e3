// A form-associated widget inside a host page's <form>, through FormAssociated +
// FormControlController only (no callback written in the widget).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormControlController } from '../../../src/core/form-control.js';
import type { TestRating } from './form-control/test-rating.js';
import './form-control/test-rating.js';

async function ratingForm(initial = '') {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset><test-rating name="rating" value=${initial}></test-rating></fieldset>
      <button>Send</button>
    </form>`,
  );
  const rating = form.querySelector('test-rating')!;
  await rating.updateComplete;
  return { form, rating };
}

async function type(rating: TestRating, text: string) {
  const input = rating.renderRoot.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await rating.updateComplete;
}

describe('FormControlController', () => {
  it('submits the widget value with the host form', async () => {
    const { form, rating } = await ratingForm();
    await type(rating, '4');
    expect(new FormData(form).get('rating')).to.equal('4');
    expect(rating.form).to.equal(form);
    expect(rating.willValidate).to.equal(true);
  });

  it('is invalid for form.checkValidity() and reportValidity() until answered', async () => {
    const { form, rating } = await ratingForm();
    expect(form.checkValidity()).to.equal(false);
    expect(rating.validity.valueMissing).to.equal(true);
    expect(rating.validationMessage).to.equal('Choose a rating from 1 to 5.');
    const invalid = oneEvent(rating, 'invalid');
    expect(form.reportValidity()).to.equal(false);
    await invalid;
    // The browser points the person at the widget's own input.
    expect(rating.shadowRoot!.activeElement).to.equal(rating.renderRoot.querySelector('input'));

    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);

    await type(rating, '5');
    expect(form.checkValidity()).to.equal(true);
    expect(rating.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('resets with the form to its initial value, not to empty', async () => {
    const { form, rating } = await ratingForm('3');
    expect(new FormData(form).get('rating')).to.equal('3');
    await type(rating, '1');
    form.reset();
    await rating.updateComplete;
    expect(rating.value).to.equal('3');
    expect(rating.lastRestore).to.equal('reset');
    expect(rating.renderRoot.querySelector('input')!.value).to.equal('3');
    expect(new FormData(form).get('rating')).to.equal('3');
  });

  it('resets an unanswered widget back to unanswered (and invalid)', async () => {
    const { form, rating } = await ratingForm();
    await type(rating, '2');
    form.reset();
    await rating.updateComplete;
    expect(rating.value).to.equal('');
    expect(new FormData(form).get('rating')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
  });

  it('follows a disabled fieldset, and is then left out of the submission', async () => {
    const { form, rating } = await ratingForm();
    await type(rating, '2');
    const fieldset = form.querySelector('fieldset')!;
    fieldset.disabled = true;
    await rating.updateComplete;
    expect(rating.formControl.disabled).to.equal(true);
    expect(rating.renderRoot.querySelector('input')!.disabled).to.equal(true);
    expect(new FormData(form).get('rating')).to.equal(null);
    // A disabled field does not block the submit.
    expect(form.checkValidity()).to.equal(true);
    await expect(form).to.be.accessible();

    fieldset.disabled = false;
    await rating.updateComplete;
    expect(rating.renderRoot.querySelector('input')!.disabled).to.equal(false);
    expect(new FormData(form).get('rating')).to.equal('2');
  });

  it('gets its value back when the person comes back with the browser back button', async () => {
    // A page in a frame: navigate away and back, as a person does with the back button.
    const frame = document.createElement('iframe');
    const page = new URL('./form-control/restore-page.html', import.meta.url).href;
    const loaded = () =>
      new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const widget = async () => {
      await waitUntil(
        () => frame.contentWindow?.customElements.get('test-rating'),
        'page never loaded',
      );
      const found = frame.contentDocument!.querySelector('test-rating')!;
      await found.updateComplete;
      return found;
    };
    let load = loaded();
    frame.src = page;
    document.body.append(frame);
    try {
      await load;
      await type(await widget(), '4');

      // Only a fully loaded document gets a history entry of its own (else it is replaced).
      await new Promise((resolve) => setTimeout(resolve));
      // (Not checked with history.length: the test runner reuses its tab, and Chromium caps the
      // count at 50 entries, so a long run would see no change.)
      load = loaded();
      frame.contentWindow!.location.href = `${page}?next`;
      await load;
      expect(frame.contentWindow!.location.search).to.equal('?next');
      expect((await widget()).value).to.equal('');

      load = loaded();
      frame.contentWindow!.history.back();
      await load;
      expect(frame.contentWindow!.location.search, 'back in the frame').to.equal('');
      const restored = await widget();
      await waitUntil(() => restored.lastRestore === 'restore', 'the browser never restored it');
      expect(restored.value).to.equal('4');
      expect(new FormData(restored.form!).get('rating')).to.equal('4');
    } finally {
      frame.remove();
    }
  });

  it('refuses an element that is not form-associated', () => {
    class NotAssociated extends LitElement {
      readonly formControl = new FormControlController(this, {
        value: () => null,
        restore: () => undefined,
      });
    }
    customElements.define('test-not-associated', NotAssociated);
    expect(() => new NotAssociated()).to.throw(/FormAssociated/);
  });
});
