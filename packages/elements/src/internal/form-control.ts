import type { LitElement, PropertyValues } from 'lit';

/** What a form control reports about its own validity; `message` is already in the page's language. */
export interface ValidityResult {
  flags: ValidityStateFlags;
  message: string;
}

export type FormValue = File | string | FormData | null;

// Mixins need a constructor type that accepts any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * The public and protected shape a form-associated Felles element gets from {@link FormControlMixin}.
 * Declared separately because TypeScript cannot emit declarations for protected members of a class
 * expression returned from a function.
 */
export declare class FormControl {
  static readonly formAssociated: boolean;
  /** The name under which the value is submitted with the form. */
  name: string;
  /** Disables the control; a disabled `<fieldset>` or form does the same. */
  disabled: boolean;
  /** Makes a value necessary before the form can be submitted. */
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(state: FormValue, mode: 'restore' | 'autocomplete'): void;
  protected readonly internals: ElementInternals;
  protected formDisabled: boolean;
  protected get isDisabled(): boolean;
  protected formValue(): FormValue;
  protected formState(): FormValue;
  protected validate(): ValidityResult | null;
  protected validationAnchor(): HTMLElement | undefined;
  protected resetValue(): void;
  protected restoreValue(state: FormValue, mode: 'restore' | 'autocomplete'): void;
  protected syncFormState(): void;
}

/**
 * Makes a Lit element take part in native forms through `ElementInternals`: its value reaches
 * `FormData`, its validity `checkValidity()` and `:invalid`, `form.reset()` and `<fieldset disabled>`
 * reach it, and the browser can restore it on back navigation. A component overrides the protected
 * hooks (`formValue`, `validate`, `resetValue`, `restoreValue`) and calls nothing itself: the state is
 * synchronised after every update.
 */
export function FormControlMixin<T extends Constructor<LitElement>>(Base: T): T & Constructor<FormControl> {
  class FormControlElement extends Base {
    static properties = {
      name: { reflect: true },
      disabled: { type: Boolean, reflect: true },
      required: { type: Boolean, reflect: true },
      formDisabled: { state: true },
    };

    static readonly formAssociated = true;

    /** The name under which the value is submitted with the form. */
    name = '';

    /** Disables the control; a disabled `<fieldset>` or form does the same. */
    disabled = false;

    /** Makes a value necessary before the form can be submitted. */
    required = false;

    protected formDisabled = false;

    protected readonly internals: ElementInternals;

    #customError = '';

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
    }

    /** The form the element belongs to, as for a native input. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    /** The `<label>` elements that label it. */
    get labels(): NodeList {
      return this.internals.labels;
    }

    /** Its validity, as for a native input (`valueMissing`, `typeMismatch`, `customError`, ...). */
    get validity(): ValidityState {
      return this.internals.validity;
    }

    /** The message the browser would show for the current validity, in the page's language. */
    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    /** Whether it takes part in form validation (not when disabled). */
    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    protected get isDisabled(): boolean {
      return this.disabled || this.formDisabled;
    }

    /** True when valid; otherwise fires `invalid` and returns false. */
    checkValidity(): boolean {
      this.syncFormState();
      return this.internals.checkValidity();
    }

    /** Like `checkValidity()`, and shows the browser's message at the field. */
    reportValidity(): boolean {
      this.syncFormState();
      return this.internals.reportValidity();
    }

    /** Makes the element invalid with your own message; an empty string makes it valid again. */
    setCustomValidity(message: string): void {
      this.#customError = message;
      this.syncFormState();
    }

    formResetCallback(): void {
      this.resetValue();
      this.requestUpdate();
    }

    formDisabledCallback(disabled: boolean): void {
      // The browser also calls this when the element's own `disabled` attribute changes, which happens
      // while Lit reflects the property during an update: a change made then would be dropped, so it
      // waits for that update to finish.
      if (this.isUpdatePending) void this.updateComplete.then(() => (this.formDisabled = disabled));
      else this.formDisabled = disabled;
    }

    formStateRestoreCallback(state: FormValue, mode: 'restore' | 'autocomplete'): void {
      this.restoreValue(state, mode);
      this.requestUpdate();
    }

    protected formValue(): FormValue {
      return null;
    }

    /** What the browser keeps for back/forward restoration; the submitted value unless overridden. */
    protected formState(): FormValue {
      return this.formValue();
    }

    protected validate(): ValidityResult | null {
      return null;
    }

    /** The element the browser points its validation bubble at. */
    protected validationAnchor(): HTMLElement | undefined {
      return undefined;
    }

    protected resetValue(): void {}

    protected restoreValue(_state: FormValue, _mode: 'restore' | 'autocomplete'): void {}

    protected syncFormState(): void {
      this.internals.setFormValue(this.isDisabled ? null : this.formValue(), this.formState());
      const result = this.#customError ? { flags: { customError: true }, message: this.#customError } : this.isDisabled ? null : this.validate();
      if (result) this.internals.setValidity(result.flags, result.message, this.validationAnchor());
      else this.internals.setValidity({});
    }

    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.syncFormState();
    }
  }
  return FormControlElement as unknown as T & Constructor<FormControl>;
}
