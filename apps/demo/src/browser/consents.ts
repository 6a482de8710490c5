import type {} from '@felles/elements/consent-list/define.js';
import type { ConsentRequest } from '@felles/client-samtykke';
import { focusErrorSummary } from './_enhance.js';

/** The element shows the list the server rendered, and withdraws straight against the consent API. */
const list = document.querySelector('felles-consent-list');
const data = document.getElementById('consent-requests')?.textContent;
// Set before the element is defined (Lit keeps a property set before the upgrade), so its first
// update has the list and does not fetch it from the consent API again.
if (list && data) list.requests = JSON.parse(data) as ConsentRequest[];
await import('@felles/elements/consent-list/define.js');
focusErrorSummary();
