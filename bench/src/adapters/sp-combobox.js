import '@spectrum-web-components/combobox/sp-combobox.js';
import { labels, updated, until, visible } from './wait.js';

export const tag = 'sp-combobox';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('label', 'Adresse');
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/**
 * Options given as data (its `options` property), then opened, until the last one is on screen.
 * @param {HTMLElement & { options: unknown[], open: boolean }} el @param {number} count
 */
export async function openWith(el, count) {
  el.options = labels(count).map((itemText, i) => ({ value: String(i), itemText }));
  el.open = true;
  await until(() => {
    const items = el.shadowRoot?.querySelectorAll('sp-menu-item');
    return items?.length === count && visible(items[count - 1]);
  }, `sp-combobox to show ${count} options`);
}
