import '@ui5/webcomponents/dist/ComboBox.js';
import '@ui5/webcomponents/dist/ComboBoxItem.js';
import { renderFinished } from '@ui5/webcomponents-base/dist/Render.js';
import { labels, until, visible } from './wait.js';

export const tag = 'ui5-combobox';

export function create() {
  const el = document.createElement(tag);
  el.setAttribute('accessible-name', 'Adresse');
  return el;
}

/** UI5 renders on its own scheduler; `renderFinished` is its "updateComplete". */
export const rendered = () => renderFinished();

/**
 * Options as <ui5-cb-item> children (UI5's way of giving them), then opened, until the last is on screen.
 * @param {HTMLElement & { open: boolean }} el @param {number} count
 */
export async function openWith(el, count) {
  const items = labels(count).map((text) => {
    const item = document.createElement('ui5-cb-item');
    item.setAttribute('text', text);
    return item;
  });
  el.append(...items);
  el.open = true;
  await until(() => visible(items[count - 1]), `ui5-combobox to show ${count} options`);
}
