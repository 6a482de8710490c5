import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot?: ParentNode };

export interface ComboboxOptions {
  /** How many options the list shows now; 0 while there is nothing to choose (searching, an error). */
  count: () => number;
  /** An option was chosen, by Enter on the active option or a click. The list is closed already. */
  choose: (index: number) => void;
  /** False while the field is read-only or disabled: the keys do nothing. Default: always true. */
  enabled?: () => boolean;
  /** Enter with the list closed, e.g. `() => this.form?.requestSubmit()`, as a text field does. */
  enter?: () => void;
  /** Escape with the list closed, e.g. clearing the field; return true if it did something. */
  escape?: () => boolean;
  /** Whether option `index` may be chosen (a unit that no longer exists may not). Default: every option. */
  selectable?: (index: number) => boolean;
  /** Focus left the element (or a click outside it closed the list). */
  leave?: () => void;
  /** The start of each option's id: option `i` has the id `${idPrefix}${i}` in the host's shadow root. Default `option-`. */
  idPrefix?: string;
}

/**
 * The WAI-ARIA APG editable combobox with list autocomplete, as a reactive controller: the host renders
 * an `<input role="combobox">` and a listbox of options in the same shadow root and supplies how many
 * options there are and what choosing one means; the controller owns the keys, whether the list is
 * open, which option is active (`aria-activedescendant`, focus stays in the field) and the mouse.
 *
 * Keys on the field: Down and Up open the list and move (wrapping), Alt+Down opens it without making an
 * option active, Alt+Up and Escape close it, Enter chooses the active option or closes the list when
 * none is, Home, End, Left and Right go back to editing the text (no active option), Tab closes it.
 *
 * Wiring, in the host's template:
 *
 * ```ts
 * <input role="combobox" aria-expanded=${c.expanded} aria-activedescendant=${c.activeId ?? nothing}
 *   @keydown=${c.onKeydown} />
 * <div class="popup" @mousedown=${c.keepFocus}>
 *   <ul role="listbox" @click=${c.onClick}>…<li role="option" id="option-0" aria-selected=${c.active === 0}>…</ul>
 * </div>
 * ```
 *
 * The host calls `show()` when it has something to show (an answer, a status) and `hide()` when not;
 * focus leaving the element and a press outside it close the list by themselves.
 */
export class ComboboxController implements ReactiveController {
  /** Whether the popup is open. The list itself is shown while open and there are options (`expanded`). */
  isOpen = false;

  readonly #host: Host;
  readonly #options: ComboboxOptions;
  #active = -1;
  #scrolled = -1;

  constructor(host: Host, options: ComboboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The active option (the one Enter chooses), or -1: the person is editing the text. */
  get active(): number {
    return this.#active;
  }
  set active(index: number) {
    const next = index >= 0 && index < this.#options.count() ? index : -1;
    if (next === this.#active) return;
    this.#active = next;
    this.#host.requestUpdate();
  }

  /** The list is open and has options: the value of `aria-expanded`. */
  get expanded(): boolean {
    return this.isOpen && this.#options.count() > 0;
  }

  /** The id of the active option while the list is shown, for `aria-activedescendant`. */
  get activeId(): string | undefined {
    return this.expanded && this.#active >= 0 ? this.#id(this.#active) : undefined;
  }

  /** Opens the popup, with no active option unless one is given. */
  show(active = -1): void {
    if (!this.isOpen) this.#host.requestUpdate();
    this.isOpen = true;
    this.active = active;
  }

  /** Closes the popup; the text stays. */
  hide(): void {
    if (this.isOpen) this.#host.requestUpdate();
    this.isOpen = false;
    this.active = -1;
  }

  hostConnected(): void {
    this.#host.addEventListener('focusout', this.#onFocusout);
    document.addEventListener('pointerdown', this.#onOutside, true);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusout', this.#onFocusout);
    document.removeEventListener('pointerdown', this.#onOutside, true);
    this.isOpen = false;
    this.#active = -1;
  }

  hostUpdate(): void {
    // Fewer options than before (a new answer): an index past the end points at nothing.
    if (this.#active >= this.#options.count()) this.#active = -1;
  }

  hostUpdated(): void {
    const active = this.expanded ? this.#active : -1;
    if (active === this.#scrolled) return;
    this.#scrolled = active;
    if (active >= 0) this.#option(active)?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The field's keydown handler. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.#options.enabled?.() === false || event.isComposing) return;
    const count = this.#options.count();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey && event.key === 'ArrowUp') return this.hide();
        if (!count) return;
        const down = event.key === 'ArrowDown';
        const wasShown = this.expanded;
        this.show(this.#active);
        if (event.altKey) return;
        if (!wasShown || this.#active < 0) this.active = down ? 0 : count - 1;
        else this.active = (this.#active + (down ? 1 : count - 1)) % count;
        return;
      }
      case 'Enter': {
        if (!this.isOpen) {
          this.#options.enter?.();
          return;
        }
        event.preventDefault();
        const chosen = this.expanded ? this.#active : -1;
        if (chosen >= 0) this.#choose(chosen);
        else this.hide();
        return;
      }
      case 'Escape':
        if (this.isOpen) this.hide();
        else if (!this.#options.escape?.()) return;
        event.preventDefault();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text (the browser's default): the person is editing again, not choosing.
        this.active = -1;
        return;
      case 'Tab':
        this.hide();
        return;
    }
  };

  /** The popup's mousedown handler: a press in the list must not take focus from the field. Buttons keep theirs. */
  readonly keepFocus = (event: Event): void => {
    if (!(event.target as Element).closest('button, a, input')) event.preventDefault();
  };

  /** The listbox's click handler: chooses the option clicked. */
  readonly onClick = (event: Event): void => {
    const option = (event.target as Element).closest('[role="option"]');
    const prefix = this.#options.idPrefix ?? 'option-';
    if (!option?.id.startsWith(prefix)) return;
    const index = Number(option.id.slice(prefix.length));
    if (Number.isInteger(index) && index >= 0 && index < this.#options.count()) this.#choose(index);
  };

  /** Chooses an option that may be chosen; one that may not leaves the list as it is. */
  #choose(index: number): void {
    if (this.#options.selectable?.(index) === false) return;
    this.hide();
    this.#options.choose(index);
  }

  #id(index: number): string {
    return `${this.#options.idPrefix ?? 'option-'}${index}`;
  }

  #option(index: number): Element | null {
    const root = (this.#host.renderRoot ?? this.#host.shadowRoot) as ParentNode | null;
    return root?.querySelector(`[id="${this.#id(index)}"]`) ?? null;
  }

  readonly #onFocusout = (event: FocusEvent): void => {
    // Only the field in the shadow root leaves: the light DOM's no-JavaScript fallback losing focus as
    // it is disabled (the element taking over) is not the person leaving.
    const from = event.composedPath()[0];
    if (!(from instanceof Node) || from.getRootNode() !== this.#host.shadowRoot) return;
    // Seen from the host, a target inside its shadow root is the host itself.
    const next = event.relatedTarget as Node | null;
    if (next && (next === this.#host || this.#host.contains(next))) return;
    this.#leave();
  };

  readonly #onOutside = (event: Event): void => {
    if (this.isOpen && !event.composedPath().includes(this.#host)) this.#leave();
  };

  #leave(): void {
    this.hide();
    this.#options.leave?.();
  }
}
