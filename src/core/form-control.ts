// Form association for form-like widgets (survey, match request, goal tracker, agreement): the
// widget takes part in a host page's <form> like a native field. Its value is submitted, its
// validity blocks submit (form.checkValidity() / reportValidity() see it), form reset puts it
// back to its initial value, a disabled <fieldset> disables it, and the browser restores it on
// back/forward navigation.
//
// The browser calls formResetCallback & co. on the element class itself, so the `FormAssociated`
// mixin declares them (and `static formAssociated = true`) and hands them to the controller:
//
//   export class MentorThing extends FormAssociated(MentorElement) {
//     private readonly formControl = new FormControlController(this, {
//       value: () => JSON.stringify(this.answers),           // submitted with the form
//       restore: (state) => { this.answers = parse(state); }, // reset, back/forward, autofill
//       validity: () => this.missing ? { flags: { valueMissing: true }, message, anchor } : null,
//     });
//   }
//
// Value and validity are read after every update; nothing needs to be forwarded by hand.
import type { ReactiveController, ReactiveElement } from 'lit';

export type FormValue = File | string | FormData | null;
export type FormRestoreMode = 'restore' | 'autocomplete';

export interface FormInvalidity {
  flags: ValidityStateFlags;
  /** Shown by the browser on submit, in words a person understands. */
  message: string;
  /** Element in the shadow root the browser points at (and focuses) on submit. */
  anchor?: HTMLElement | null | undefined;
}

export interface FormControlOptions {
  /** The value submitted with the form (null: nothing is submitted). */
  value: () => FormValue;
  /** The whole widget state the browser keeps for back/forward (default: the value). */
  state?: () => FormValue;
  /**
   * Put the widget in a state: the one captured after the first render (form reset), or the
   * one the browser kept (`restore` on back/forward, `autocomplete` on autofill).
   */
  restore: (state: FormValue, reason: FormRestoreMode | 'reset') => void;
  /** Why the widget is invalid now, or null when it is valid. */
  validity?: () => FormInvalidity | null;
  /** A disabled <fieldset> or form around the widget changed. */
  onDisabledChange?: (disabled: boolean) => void;
}

/** Each form-associated widget's controller (the browser calls the element, not the controller). */
const controllers = new WeakMap<HTMLElement, FormControlController>();
/** Classes made by FormAssociated(), to refuse a controller on an element that lacks the callbacks. */
const associatedClasses = new WeakSet<object>();

function isFormAssociated(element: HTMLElement): boolean {
  for (let proto = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto))
    if (associatedClasses.has(proto.constructor)) return true;
  return false;
}

function controllerOf(element: HTMLElement): FormControlController {
  const controller = controllers.get(element);
  if (!controller)
    throw new Error(`${element.localName}: create a FormControlController in the constructor`);
  return controller;
}

export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals;
  private _disabled = false;
  private _initialState: FormValue | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormControlOptions,
  ) {
    if (!isFormAssociated(host)) {
      throw new Error(
        `${host.localName}: extend FormAssociated(...) to use FormControlController (it sets formAssociated and the form callbacks)`,
      );
    }
    if (controllers.has(host)) throw new Error(`${host.localName}: one FormControlController only`);
    controllers.set(host, this);
    this.internals = host.attachInternals();
    host.addController(this);
  }

  /** True while an ancestor <fieldset disabled> (or a disabled form) disables the widget. */
  get disabled(): boolean {
    return this._disabled;
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

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Value and validity follow every render (the anchor exists only once rendered). */
  hostUpdated(): void {
    this.sync();
  }

  /** Reads value and validity now (e.g. before the host's next render). */
  sync(): void {
    const value = this.options.value();
    const state = this.options.state ? this.options.state() : value;
    if (this._initialState === undefined) this._initialState = state;
    this.internals.setFormValue(value, state);
    const invalid = this.options.validity?.() ?? null;
    if (invalid)
      this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor ?? undefined);
    else this.internals.setValidity({});
  }

  /** @internal The host form was reset: back to the state after the first render. */
  reset(): void {
    this.options.restore(this._initialState ?? null, 'reset');
    this.host.requestUpdate();
  }

  /** @internal */
  setDisabled(disabled: boolean): void {
    this._disabled = disabled;
    this.options.onDisabledChange?.(disabled);
    this.host.requestUpdate();
  }

  /** @internal */
  restoreState(state: FormValue, mode: FormRestoreMode): void {
    this.options.restore(state, mode);
    this.host.requestUpdate();
  }
}

// Mixins need `any[]` constructor arguments (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = abstract new (...args: any[]) => ReactiveElement;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * What `FormAssociated()` adds to a class. Declared apart (Lit's mixin pattern) so that the
 * published .d.ts can name it: an anonymous class type would expose the base's private members.
 */
export declare abstract class FormAssociatedMembers {
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  get willValidate(): boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(state: FormValue, mode: FormRestoreMode): void;
}

/**
 * Makes a widget class form-associated: `static formAssociated = true`, the browser's form
 * callbacks handed to its FormControlController, and the native field API (`form`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`).
 */
export function FormAssociated<Base extends ElementClass>(base: Base) {
  abstract class FormAssociatedElement extends base {
    static formAssociated = true;

    /** The form the widget belongs to, if any. */
    get form(): HTMLFormElement | null {
      return controllerOf(this).form;
    }
    get validity(): ValidityState {
      return controllerOf(this).validity;
    }
    get validationMessage(): string {
      return controllerOf(this).validationMessage;
    }
    get willValidate(): boolean {
      return controllerOf(this).willValidate;
    }
    checkValidity(): boolean {
      return controllerOf(this).checkValidity();
    }
    reportValidity(): boolean {
      return controllerOf(this).reportValidity();
    }

    /** @internal Called by the browser when the host form is reset. */
    formResetCallback(): void {
      controllers.get(this)?.reset();
    }
    /** @internal Called by the browser when a disabled fieldset or form around it changes. */
    formDisabledCallback(disabled: boolean): void {
      controllers.get(this)?.setDisabled(disabled);
    }
    /** @internal Called by the browser on back/forward restore and autofill. */
    formStateRestoreCallback(state: FormValue, mode: FormRestoreMode): void {
      controllers.get(this)?.restoreState(state, mode);
    }
  }
  associatedClasses.add(FormAssociatedElement);
  return FormAssociatedElement as unknown as Constructor<FormAssociatedMembers> & Base;
}
