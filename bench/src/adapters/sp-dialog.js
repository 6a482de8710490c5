import '@spectrum-web-components/dialog/sp-dialog-wrapper.js';
import { updated, until, visible } from './wait.js';
import { fillDialog } from './dialog-content.js';

export const tag = 'sp-dialog-wrapper';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('headline', 'Samtykke');
  el.setAttribute('underlay', '');
  el.setAttribute('dismissable', '');
  fillDialog(el);
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/** @param {HTMLElement & { open: boolean }} el */
export async function open(el) {
  el.open = true;
  await until(() => visible(el.querySelector('.bench-content')), 'sp-dialog-wrapper to show its content');
}

/** @param {HTMLElement & { open: boolean }} el */
export async function close(el) {
  el.open = false;
  await until(() => !visible(el.querySelector('.bench-content')), 'sp-dialog-wrapper to close');
}
