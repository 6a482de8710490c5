import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/ds-suggestion';
import { labels, until, visible } from './wait.js';

export const tag = 'ds-suggestion';

/** The markup its documentation gives: a field with a label, the suggestion, its input and its list. */
export function create() {
  const field = document.createElement('ds-field');
  field.className = 'ds-field';
  field.innerHTML = `<label>Adresse</label><ds-suggestion class="ds-suggestion"><input type="search" class="ds-input"><del aria-label="Fjern innhold"></del><u-datalist></u-datalist></ds-suggestion>`;
  return field;
}

/** Connected elements set themselves up in their callbacks; a task later they are ready. */
export const rendered = () => Promise.resolve();

/** @param {HTMLElement} el */
export const input = (el) => /** @type {HTMLInputElement} */ (el.querySelector('input'));

/**
 * Options as `<u-option>` children, each with its label, as a server search would give them: the list is told
 * not to filter them again (`data-nofilter`). Then the person clicks the field, until the last one is on screen.
 * @param {HTMLElement} el @param {number} count
 */
export async function openWith(el, count) {
  const list = /** @type {HTMLElement} */ (el.querySelector('u-datalist'));
  list.setAttribute('data-nofilter', '');
  list.replaceChildren(
    ...labels(count).map((label) => {
      const option = document.createElement('u-option');
      option.setAttribute('value', label);
      option.textContent = label;
      return option;
    }),
  );
  const field = input(el);
  field.focus();
  field.click();
  await until(() => {
    const options = list.querySelectorAll('u-option');
    return options.length === count && visible(options[count - 1]);
  }, `ds-suggestion to show ${count} options`);
}
