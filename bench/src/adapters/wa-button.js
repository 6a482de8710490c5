import '@awesome.me/webawesome/dist/components/button/button.js';
import { updated } from './wait.js';

export const tag = 'wa-button';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('variant', 'brand');
  el.textContent = 'Logg inn';
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);
