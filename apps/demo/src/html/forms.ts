import type { RequestContext } from '../http/context.js';
import { commonMessages } from '../pages/common.messages.js';
import { attrs, html, type Html } from './html.js';

export interface FieldError {
  /** The id of the field the message belongs to (the error summary links to it). */
  field: string;
  message: string;
}

export interface TextFieldOptions {
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  type?: 'text' | 'search';
  /**
   * A button in the input's own row, joined to it (Designsystemet's search field with its button), so
   * that a message under the field never moves it.
   */
  button?: Html;
}

/** A Designsystemet text field: label, optional description, input, validation message. */
export function textField(o: TextFieldOptions): Html {
  const describedBy = [o.description ? `${o.id}-description` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  const input = html`<input${attrs({
    class: 'ds-input',
    id: o.id,
    name: o.name,
    type: o.type ?? 'text',
    value: o.value ?? '',
    required: o.required ?? false,
    autocomplete: o.autocomplete,
    inputmode: o.inputmode,
    'aria-invalid': o.error ? 'true' : undefined,
    'aria-describedby': describedBy || undefined,
  })}>`;
  return html`<div class="ds-field">
  <label class="ds-label" for="${o.id}">${o.label}</label>
  ${o.description ? html`<div class="ds-paragraph" data-size="sm" data-field="description" id="${o.id}-description">${o.description}</div>` : ''}
  ${o.button ? html`<div class="ds-search">${input}${o.button}</div>` : input}
  ${o.error ? html`<p class="ds-validation-message" data-field="validation" id="${o.id}-error">${o.error}</p>` : ''}
</div>`;
}

/** GOV.UK-style error summary at the top of a form: focusable, each error a link to its field. */
export function errorSummary(ctx: RequestContext, errors: FieldError[]): Html {
  if (errors.length === 0) return html``;
  const t = commonMessages[ctx.lang];
  return html`<div class="ds-error-summary" tabindex="-1" data-autofocus aria-labelledby="error-summary-heading">
  <h2 class="ds-heading" data-size="xs" id="error-summary-heading">${t.errorSummary}</h2>
  <ul class="ds-list">${errors.map((error) => html`<li><a class="ds-link" href="#${error.field}">${error.message}</a></li>`)}</ul>
</div>`;
}

/** An alert (Designsystemet `ds-alert`); `role="alert"` only for what just went wrong. */
export function alert(color: 'info' | 'success' | 'warning' | 'danger', content: Html, live = false): Html {
  return html`<div class="ds-alert" data-color="${color}"${live ? html` role="alert"` : ''}>${content}</div>`;
}
