import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import { updated, until, visible } from './wait.js';
import { fillDialog } from './dialog-content.js';

export const tag = 'wa-dialog';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('label', 'Samtykke');
  fillDialog(el);
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/** @param {HTMLElement & { open: boolean }} el */
export async function open(el) {
  el.open = true;
  await until(() => visible(el.querySelector('.bench-content')), 'wa-dialog to show its content');
}

/** @param {HTMLElement & { open: boolean }} el */
export async function close(el) {
  el.open = false;
  await until(() => !visible(el.querySelector('.bench-content')), 'wa-dialog to close');
}
