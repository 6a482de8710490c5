/** The element focused now, looking into shadow roots, so focus can go back to it. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Keeps a native `<dialog>` in step with an element's `open`: opening shows it as a modal, remembers what had
 * focus and moves focus to the heading; closing closes it and gives focus back.
 */
export class ModalSync {
  #opener: HTMLElement | null = null;

  sync(dialog: HTMLDialogElement | null, open: boolean): void {
    if (!dialog) return;
    if (open && !dialog.open) {
      this.#opener = deepActiveElement();
      dialog.showModal();
      dialog.querySelector<HTMLElement>('h2')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    }
  }
}
