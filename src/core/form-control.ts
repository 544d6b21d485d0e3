// Form association for form-like widgets (survey, match request): the widget takes part in a
// host page's <form> like a native field: its value is submitted, its validity blocks submit,
// and form reset / disable / browser restore reach it.
//
// Usage in a widget:
//   static formAssociated = true;
//   private readonly formControl = new FormControlController(this, {
//     onReset: () => { this.answers = {}; },
//     onRestore: (state) => { ... },
//   });
//   formResetCallback() { this.formControl.formResetCallback(); }
//   formDisabledCallback(disabled: boolean) { this.formControl.formDisabledCallback(disabled); }
//   formStateRestoreCallback(state: FormRestoreState, mode: FormRestoreMode) {
//     this.formControl.formStateRestoreCallback(state, mode);
//   }
// and after each change: this.formControl.setValue(...); this.formControl.setValidity(...).
import type { ReactiveControllerHost } from 'lit';

export type FormValue = File | string | FormData | null;
export type FormRestoreState = File | string | FormData | null;
export type FormRestoreMode = 'restore' | 'autocomplete';

export interface FormControlOptions {
  /** Put the widget back to its initial value (the host form was reset). */
  onReset?: () => void;
  /** The browser restores a value (back/forward navigation, autofill). */
  onRestore?: (state: FormRestoreState, mode: FormRestoreMode) => void;
  /** A disabled <fieldset> or form around the widget changed. */
  onDisabledChange?: (disabled: boolean) => void;
}

export class FormControlController {
  readonly internals: ElementInternals;
  /** True while an ancestor <fieldset disabled> disables the widget. */
  disabled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControlOptions = {},
  ) {
    const ctor = host.constructor as { formAssociated?: boolean };
    if (!ctor.formAssociated) {
      throw new Error(
        `${host.localName}: set "static formAssociated = true" to use FormControlController`,
      );
    }
    this.internals = host.attachInternals();
  }

  /** The host <form>, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** The value submitted with the form; `state` is what the browser restores (defaults to value). */
  setValue(value: FormValue, state?: FormRestoreState): void {
    this.internals.setFormValue(value, state ?? value);
  }

  /**
   * Marks the widget invalid with a message a person understands; `anchor` is the element in
   * the shadow root the browser points at (and focuses) when the form is submitted.
   */
  setValidity(flags: ValidityStateFlags, message: string, anchor?: HTMLElement): void {
    this.internals.setValidity(flags, message, anchor);
  }

  /** Marks the widget valid. */
  clearValidity(): void {
    this.internals.setValidity({});
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.options.onReset?.();
    this.host.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
    this.options.onDisabledChange?.(disabled);
    this.host.requestUpdate();
  }

  formStateRestoreCallback(state: FormRestoreState, mode: FormRestoreMode): void {
    this.options.onRestore?.(state, mode);
    this.host.requestUpdate();
  }
}
