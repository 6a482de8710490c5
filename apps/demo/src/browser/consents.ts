import '@felles/elements/consent-list/define.js';
import type { ConsentRequest } from '@felles/client-samtykke';
import { focusErrorSummary } from './_enhance.js';

/** The element shows the list the server rendered, and withdraws straight against the consent API. */
const list = document.querySelector('felles-consent-list');
const data = document.getElementById('consent-requests')?.textContent;
if (list && data) {
  await customElements.whenDefined('felles-consent-list');
  list.requests = JSON.parse(data) as ConsentRequest[];
}
focusErrorSummary();
