import '@ui5/webcomponents/dist/Dialog.js';
import { renderFinished } from '@ui5/webcomponents-base/dist/Render.js';
import { until, visible } from './wait.js';
import { fillDialog } from './dialog-content.js';

export const tag = 'ui5-dialog';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('header-text', 'Samtykke');
  fillDialog(el);
  return el;
}

export const rendered = () => renderFinished();

/** @param {HTMLElement & { open: boolean }} el */
export async function open(el) {
  el.open = true;
  await until(() => visible(el.querySelector('.bench-content')), 'ui5-dialog to show its content');
}

/** @param {HTMLElement & { open: boolean }} el */
export async function close(el) {
  el.open = false;
  await until(() => !visible(el.querySelector('.bench-content')), 'ui5-dialog to close');
}
