import accessibleAutocomplete from 'accessible-autocomplete';
import css from 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import { addStyles, labels, until, visible } from './wait.js';

addStyles(css);

/** Not a custom element: the function renders into a container (Preact). */
export const tag = undefined;

/** @typedef {HTMLElement & { results: string[] }} Container */

let next = 0;

/**
 * The page gives a label and a container, and the function renders the input, the list and the live region
 * (its documented use). The source answers with whatever results the container holds, as a server would.
 */
export function create() {
  const id = `adresse-${++next}`;
  const el = /** @type {Container} */ (/** @type {unknown} */ (document.createElement('div')));
  el.results = [];
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = 'Adresse';
  const container = document.createElement('div');
  el.append(label, container);
  accessibleAutocomplete({
    element: container,
    id,
    minLength: 1,
    source: (/** @type {string} */ _query, /** @type {(results: string[]) => void} */ populate) => populate(el.results),
  });
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => until(() => Boolean(el.querySelector('input')), 'accessible-autocomplete to render');

/** @param {HTMLElement} el */
export const input = (el) => /** @type {HTMLInputElement} */ (el.querySelector('input'));

/**
 * Results from its source, then the person types (an `input` event; it also polls the field every 100 ms).
 * @param {Container} el @param {number} count
 */
export async function openWith(el, count) {
  el.results = labels(count);
  const field = input(el);
  field.value = 'gata';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await until(() => {
    const options = el.querySelectorAll('[role="option"]');
    return options.length === count && visible(options[count - 1]);
  }, `accessible-autocomplete to show ${count} options`);
}
