import '@lion/ui/define/lion-combobox.js';
import '@lion/ui/define/lion-option.js';
import { labels, updated, until, visible } from './wait.js';

export const tag = 'lion-combobox';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('label', 'Adresse');
  el.setAttribute('name', 'adresse');
  // Lion shows no options for an empty field unless asked to; the others show them all.
  /** @type {any} */ (el).showAllOnEmpty = true;
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/**
 * Options as <lion-option> children (Lion's way of giving them), then opened, until the last is on screen.
 * @param {HTMLElement & { opened: boolean }} el @param {number} count
 */
export async function openWith(el, count) {
  const options = labels(count).map((text, i) => {
    const option = /** @type {HTMLElement & { choiceValue: string }} */ (document.createElement('lion-option'));
    option.choiceValue = String(i);
    option.textContent = text;
    return option;
  });
  el.append(...options);
  el.opened = true;
  await until(() => visible(options[count - 1]), `lion-combobox to show ${count} options`);
}
