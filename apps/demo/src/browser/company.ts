import '@felles/elements/organisation-lookup/define.js';
import { focusErrorSummary } from './_enhance.js';

/**
 * With script, `<felles-organisation-lookup>` takes the place of the plain search: the person types a
 * name or number, picks the company from the register's suggestions, and the choice is posted. The
 * server checks the register's roles before it keeps it, as for the plain form.
 */
const form = document.querySelector<HTMLFormElement>('[data-company-lookup]');
const lookup = form?.querySelector('felles-organisation-lookup');
if (form && lookup) {
  await customElements.whenDefined('felles-organisation-lookup');
  document.querySelector('[data-company-search]')?.remove();
  // The error summary's links to the search field reach the lookup.
  lookup.id = 'q';
  form.hidden = false;
  // What the person typed to find it, kept with the company (the summary shows it).
  const typed = form.querySelector<HTMLInputElement>('[data-typed]');
  let text = '';
  lookup.addEventListener('input', () => {
    if (!lookup.organisation) text = lookup.value;
  });
  lookup.addEventListener('felles-organisation-select', () => {
    if (typed) typed.value = text.trim();
  });
}
focusErrorSummary();
