import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import {
  FormControlController,
  type FormRestoreMode,
  type FormRestoreState,
} from '../../../src/core/form-control.js';
import { baseStyles } from '../../../src/core/base.styles.js';

/** A one-question form widget: rate 1-5, required. */
class TestRating extends LitElement {
  static formAssociated = true;
  static override styles = baseStyles;
  @state() rating = '';
  readonly formControl = new FormControlController(this, {
    onReset: () => {
      this.rating = '';
    },
    onRestore: (state) => {
      this.rating = typeof state === 'string' ? state : '';
    },
  });

  formResetCallback() {
    this.formControl.formResetCallback();
  }
  formDisabledCallback(disabled: boolean) {
    this.formControl.formDisabledCallback(disabled);
  }
  formStateRestoreCallback(state: FormRestoreState, mode: FormRestoreMode) {
    this.formControl.formStateRestoreCallback(state, mode);
  }

  protected override updated() {
    this.formControl.setValue(this.rating || null);
    const input = this.renderRoot.querySelector('input')!;
    if (this.rating) this.formControl.clearValidity();
    else
      this.formControl.setValidity({ valueMissing: true }, 'Choose a rating from 1 to 5.', input);
  }

  override render() {
    return html`<label class="field">
      <span class="label">Rating</span>
      <input
        class="input"
        type="number"
        min="1"
        max="5"
        .value=${this.rating}
        ?disabled=${this.formControl.disabled}
        @input=${(event: Event) => (this.rating = (event.target as HTMLInputElement).value)}
      />
    </label>`;
  }
}
customElements.define('test-rating', TestRating);

async function ratingForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset><test-rating name="rating"></test-rating></fieldset>
    </form>`,
  );
  const rating = form.querySelector<TestRating>('test-rating')!;
  await rating.updateComplete;
  return { form, rating };
}

describe('FormControlController', () => {
  it('submits the widget value with the host form', async () => {
    const { form, rating } = await ratingForm();
    rating.rating = '4';
    await rating.updateComplete;
    expect(new FormData(form).get('rating')).to.equal('4');
    expect(rating.formControl.form).to.equal(form);
  });

  it('blocks submit with a message while invalid', async () => {
    const { form, rating } = await ratingForm();
    expect(form.checkValidity()).to.equal(false);
    expect(rating.formControl.validity.valueMissing).to.equal(true);
    expect(rating.formControl.validationMessage).to.equal('Choose a rating from 1 to 5.');
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);

    rating.rating = '5';
    await rating.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('resets with the form', async () => {
    const { form, rating } = await ratingForm();
    rating.rating = '3';
    await rating.updateComplete;
    form.reset();
    await rating.updateComplete;
    expect(rating.rating).to.equal('');
    expect(new FormData(form).get('rating')).to.equal(null);
  });

  it('follows a disabled fieldset, and is then left out of the submission', async () => {
    const { form, rating } = await ratingForm();
    rating.rating = '2';
    await rating.updateComplete;
    form.querySelector('fieldset')!.disabled = true;
    await rating.updateComplete;
    expect(rating.formControl.disabled).to.equal(true);
    expect(rating.renderRoot.querySelector('input')!.disabled).to.equal(true);
    expect(new FormData(form).get('rating')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('refuses an element that is not form-associated', () => {
    class NotAssociated extends LitElement {
      readonly formControl = new FormControlController(this);
    }
    customElements.define('test-not-associated', NotAssociated);
    expect(() => new NotAssociated()).to.throw(/formAssociated/);
  });
});
