import '@felles/elements/id-login-button/define.js';
import { updated } from './wait.js';

export const tag = 'felles-id-login-button';

/** The recommended way: a link to the service's own login endpoint. */
export function create() {
  const el = document.createElement(tag);
  el.setAttribute('href', '/login');
  el.setAttribute('level', 'substantial');
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);
