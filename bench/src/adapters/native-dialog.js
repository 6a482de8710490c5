import { fillDialog } from './dialog-content.js';
import { until, visible } from './wait.js';

/** The floor for dialogs: a bare `<dialog>` with the same content, no script of its own. */
export const tag = undefined;

export function create() {
  const el = document.createElement('dialog');
  fillDialog(el);
  return el;
}

export const rendered = () => Promise.resolve();

/** @param {HTMLDialogElement} el */
export async function open(el) {
  el.showModal();
  await until(() => visible(el.querySelector('.bench-content')), 'the dialog to show its content');
}

/** @param {HTMLDialogElement} el */
export async function close(el) {
  el.close();
  await until(() => !visible(el.querySelector('.bench-content')), 'the dialog to close');
}
