import { LitElement, html, type TemplateResult } from 'lit';
import { announce } from '../announcer.js';
import { define } from '../define.js';
import { FormControlMixin, type FormValue, type ValidityResult } from '../form-control.js';
import { LocalizeController, defineMessages } from '../localize.js';
import { baseStyles } from '../styles.js';
import { css } from 'lit';

const messages = defineMessages({
  nb: {
    label: 'Organisasjonsnavn',
    hint: (date: string, amount: string) => `Frist ${date}. Gebyr ${amount}.`,
    saved: 'Lagret',
    save: 'Lagre',
    valueMissing: 'Du må fylle ut dette feltet.',
  },
  nn: {
    label: 'Organisasjonsnamn',
    hint: (date: string, amount: string) => `Frist ${date}. Gebyr ${amount}.`,
    saved: 'Lagra',
    save: 'Lagre',
    valueMissing: 'Du må fylle ut dette feltet.',
  },
  en: {
    label: 'Organisation name',
    hint: (date: string, amount: string) => `Deadline ${date}. Fee ${amount}.`,
    saved: 'Saved',
    save: 'Save',
    valueMissing: 'Please fill in this field.',
  },
  se: {},
});

/**
 * A minimal form control that exercises the shared element core: language resolution, theming tokens,
 * form association and announcements. It is not published; it backs the core's tests and story.
 */
export class FellesCoreDemo extends FormControlMixin(LitElement) {
  static override properties = {
    value: {},
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: grid;
        gap: var(--ds-size-2, 0.5rem);
        max-width: 28rem;
      }
      input {
        font: inherit;
        color: var(--ds-color-neutral-text-default, var(--_ds-color-neutral-text-default));
        background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
        border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-default, var(--_ds-color-neutral-border-default));
        border-radius: var(--ds-border-radius-md, 0.25rem);
        min-height: var(--ds-size-12, 3rem);
        padding: 0 var(--ds-size-3, 0.75rem);
      }
      .hint {
        color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
        font-size: var(--ds-body-sm-font-size, 1rem);
      }
      button {
        font: inherit;
        justify-self: start;
        color: var(--ds-color-base-contrast-default, var(--_ds-color-accent-base-contrast-default));
        background: var(--ds-color-base-default, var(--_ds-color-accent-base-default));
        border: 0;
        border-radius: var(--ds-border-radius-md, 0.25rem);
        min-height: var(--ds-size-12, 3rem);
        padding: 0 var(--ds-size-4, 1rem);
      }
    `,
  ];

  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  value = '';

  #initialValue = '';
  readonly #l10n = new LocalizeController(this, messages);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initialValue = this.value;
  }

  protected override formValue(): FormValue {
    return this.value;
  }

  protected override validate(): ValidityResult | null {
    if (this.required && !this.value.trim()) return { flags: { valueMissing: true }, message: this.#l10n.t('valueMissing') };
    return null;
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }

  protected override resetValue(): void {
    this.value = this.#initialValue;
  }

  protected override restoreValue(state: FormValue): void {
    if (typeof state === 'string') this.value = state;
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  #onSave(): void {
    announce(this.#l10n.t('saved'), { lang: this.#l10n.locale, from: this });
  }

  protected override render(): TemplateResult {
    const t = this.#l10n;
    return html`
      <label for="input">${t.t('label')}</label>
      <input
        id="input"
        .value=${this.value}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-describedby="hint"
        @input=${this.#onInput}
      />
      <span class="hint" id="hint">${t.t('hint', t.date(new Date(Date.UTC(2027, 0, 31))), t.number(1234.5, { style: 'currency', currency: 'NOK' }))}</span>
      <button type="button" @click=${this.#onSave}>${t.t('save')}</button>
    `;
  }
}

define('felles-core-demo', FellesCoreDemo);

declare global {
  interface HTMLElementTagNameMap {
    'felles-core-demo': FellesCoreDemo;
  }
}
