import { UNSAFE_Combobox as Combobox } from '@navikt/ds-react/Combobox';
import { createElement } from 'react';
import { addAkselStyles } from './aksel-styles.js';
import { container, renderNow, unmount } from './react-root.js';
import { labels, until, visible } from './wait.js';

addAkselStyles('form');

/** Not a custom element: React renders it into a container. */
export const tag = undefined;

/** @typedef {import('./react-root.js').Container} Container */

/** @param {string[]} options */
const combobox = (options) =>
  createElement(Combobox, { label: 'Adresse', options, filteredOptions: options, isListOpen: options.length > 0 ? true : undefined });

export const create = container;

/** @param {Container} el */
export function rendered(el) {
  renderNow(el, combobox([]));
  return Promise.resolve();
}

/** @param {HTMLElement} el */
export const input = (el) => /** @type {HTMLInputElement} */ (el.querySelector('input'));

/**
 * Options as `filteredOptions`, as with a server search (no filtering of its own), and the list open.
 * @param {Container} el @param {number} count
 */
export async function openWith(el, count) {
  renderNow(el, combobox(labels(count)));
  await until(() => {
    const items = el.querySelectorAll('[role="option"]');
    return items.length >= count && visible(items[items.length - 1]);
  }, `UNSAFE_Combobox to show ${count} options`);
}

export const close = unmount;
