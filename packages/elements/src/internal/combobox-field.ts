import { html, nothing, type TemplateResult } from 'lit';
import type { ComboboxController } from './combobox-controller.js';

/** What a combobox field shows, for `renderComboboxField()`. */
export interface ComboboxFieldView {
  /** The element: its label, hint, text, placeholder and whether it is required. */
  host: { readonly label: string; readonly hint: string; readonly value: string; readonly placeholder: string; readonly required: boolean };
  combobox: ComboboxController;
  /** Whether there is a hint, by attribute or slotted: it is then the field's description. Default: the `hint` attribute. */
  hasHint?: boolean;
  /** A `<slot name="hint">`, for a field whose hint may have markup. */
  hintSlot?: TemplateResult;
  maxlength: number;
  disabled: boolean;
  readonly?: boolean;
  /** The validation message shown under the field and marking it invalid, or '' while it is not shown. */
  message: string;
  onInput: (event: Event) => void;
  /** The status line shown in the popup while the list is not (searching, no results, an error), or `nothing`. */
  status: TemplateResult | typeof nothing;
  /** The status only informs: a click on what lies under the popup reaches it. */
  passive?: boolean;
}

/**
 * The template of a combobox field: the no-JavaScript fallback slot, label, hint, the `<input role="combobox">`
 * wired to the `ComboboxController`, the popup with the listbox (filled by an `OptionList`) and the status
 * line, and the validation message, linked by `aria-describedby` with the hint.
 */
export function renderComboboxField(f: ComboboxFieldView): TemplateResult {
  const { host, combobox: c, hasHint = Boolean(host.hint) } = f;
  const describedBy = [hasHint ? 'hint' : '', f.message ? 'message' : ''].filter(Boolean).join(' ');
  return html`
    <slot class="fallback"></slot>
    <label id="label" for="input" part="label">${host.label}<slot name="label"></slot></label>
    <div id="hint" class="hint" part="hint" ?hidden=${!hasHint}>${host.hint}${f.hintSlot ?? nothing}</div>
    <div class="field">
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        maxlength=${f.maxlength}
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${c.expanded ? 'true' : 'false'}
        aria-activedescendant=${c.activeId ?? nothing}
        aria-invalid=${f.message ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        aria-required=${host.required ? 'true' : nothing}
        placeholder=${host.placeholder || nothing}
        .value=${host.value}
        ?disabled=${f.disabled}
        ?readonly=${f.readonly}
        @input=${f.onInput}
        @keydown=${c.onKeydown}
      />
      <div class="popup" part="popup" ?hidden=${!c.expanded && f.status === nothing} ?data-passive=${f.passive} @mousedown=${c.keepFocus}>
        <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!c.expanded} @click=${c.onClick}></ul>
        ${f.status}
      </div>
    </div>
    ${f.message ? html`<div id="message" class="message" part="message">${f.message}</div>` : nothing}
  `;
}

/** The status line in the popup; `error` colours it, and `retry` adds the "try again" button. */
export function renderStatus(text: string, error = false, retry?: { label: string; run: () => void }): TemplateResult {
  const content = retry ? html`<span>${text}</span><button type="button" part="retry" @click=${retry.run}>${retry.label}</button>` : text;
  return html`<div class=${error ? 'status error' : 'status'} part="status">${content}</div>`;
}
