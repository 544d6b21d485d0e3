// A one-question form widget for the FormControlController tests: rate 1-5, required. Its
// `value` attribute is the initial value a form reset goes back to.
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../../../../src/core/base.styles.js';
import {
  FormAssociated,
  FormControlController,
  type FormRestoreMode,
} from '../../../../src/core/form-control.js';

export class TestRating extends FormAssociated(LitElement) {
  static override styles = baseStyles;
  @property() value = '';
  /** Why the value last came from outside (reset, restore, autocomplete). */
  lastRestore?: FormRestoreMode | 'reset';

  readonly formControl = new FormControlController(this, {
    value: () => this.value || null,
    restore: (state, reason) => {
      this.value = typeof state === 'string' ? state : '';
      this.lastRestore = reason;
    },
    validity: () =>
      this.value
        ? null
        : {
            flags: { valueMissing: true },
            message: 'Choose a rating from 1 to 5.',
            anchor: this.renderRoot.querySelector('input'),
          },
  });

  override render() {
    return html`<label class="field">
      <span class="label">Rating</span>
      <input
        class="input"
        type="number"
        min="1"
        max="5"
        .value=${this.value}
        ?disabled=${this.formControl.disabled}
        @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
      />
    </label>`;
  }
}
if (!customElements.get('test-rating')) customElements.define('test-rating', TestRating);

declare global {
  interface HTMLElementTagNameMap {
    'test-rating': TestRating;
  }
}
