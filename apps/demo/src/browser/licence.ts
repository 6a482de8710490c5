import type {} from '@felles/elements/consent-dialog/define.js';
import type { ConsentRequest } from '@felles/client-samtykke';
import { focusErrorSummary } from './_enhance.js';

/**
 * With script, the consent request is answered in `<felles-consent-dialog>`, which sends the
 * decision straight to the consent API and keeps it until the API has confirmed it. The page's own
 * accept/reject form stays for browsers without script.
 */
const dialog = document.querySelector('felles-consent-dialog');
if (dialog) {
  // The request the server embedded is set before the element is defined (Lit keeps a property set
  // before the upgrade), so its first update has it and does not fetch it from the consent API again.
  const data = document.getElementById('consent-request')?.textContent;
  if (data) dialog.request = JSON.parse(data) as ConsentRequest;
  await import('@felles/elements/consent-dialog/define.js');
  const id = dialog.getAttribute('request-id') ?? '';
  // The page's own note that a decision was made here and not yet confirmed, so that after a
  // reload the dialog is shown again while it delivers the decision.
  const marker = `felles-demo decided ${id}`;

  document.querySelector<HTMLFormElement>('[data-consent-fallback] form')?.setAttribute('hidden', '');
  const opener = document.querySelector<HTMLButtonElement>('[data-open-consent]');
  if (opener) {
    opener.hidden = false;
    opener.addEventListener('click', () => dialog.show());
  }

  let saved = false;
  dialog.addEventListener('felles-consent-decision', () => sessionStorage.setItem(marker, '1'));
  dialog.addEventListener('felles-consent-saved', () => {
    saved = true;
    sessionStorage.removeItem(marker);
  });
  // Once the person has read the receipt and closes it, the page shows what the server now knows.
  dialog.addEventListener('felles-consent-close', () => {
    if (saved) location.assign('/licence');
  });
  if (sessionStorage.getItem(marker)) dialog.show();
}
focusErrorSummary();
