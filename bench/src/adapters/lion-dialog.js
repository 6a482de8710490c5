import '@lion/ui/define/lion-dialog.js';
import { updated, until, visible } from './wait.js';
import { fillDialog } from './dialog-content.js';

export const tag = 'lion-dialog';

export function create() {
  const el = document.createElement(tag);
  const invoker = document.createElement('button');
  invoker.slot = 'invoker';
  invoker.textContent = 'Samtykke';
  el.append(invoker);
  fillDialog(el, 'content');
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/** @param {HTMLElement & { opened: boolean }} el */
export async function open(el) {
  el.opened = true;
  await until(() => visible(el.querySelector('.bench-content')), 'lion-dialog to show its content');
}

/** @param {HTMLElement & { opened: boolean }} el */
export async function close(el) {
  el.opened = false;
  await until(() => !visible(el.querySelector('.bench-content')), 'lion-dialog to close');
}
