import type {} from '@felles/elements/consent-dialog/define.js';
import { FellesHttpError, FellesNetworkError } from '@felles/client-core';
import { ConsentConflictError, type ConsentRequest } from '@felles/client-samtykke';
import type { ConsentDialogClient } from '@felles/elements';
import { focusErrorSummary } from './_enhance.js';

/**
 * The dialog's decisions go to the demo's own backend, as the page's form would send them (with its
 * CSRF token, from this origin), asking for JSON: the backend checks that the person may act for the
 * company and that it is this application's request, records the decision and answers with the
 * request as it now stands. No token of any kind is in the browser.
 */
function decisionsThrough(form: HTMLFormElement, embedded: ConsentRequest | undefined): ConsentDialogClient {
  // The attribute, not `form.action`: the form's own field named "action" shadows that property.
  const url = form.getAttribute('action') ?? '/licence';
  return {
    async getRequest(id) {
      if (id === embedded?.id) return embedded;
      // The server could not read it when it made the page: ask it again.
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual' });
      } catch (error) {
        throw new FellesNetworkError(undefined, { cause: error });
      }
      const json = (await response.json().catch(() => undefined)) as { id?: unknown } | undefined;
      if (!response.ok || json?.id !== id)
        throw new FellesHttpError(response.ok ? 404 : response.status || 401, json, response.headers, undefined, url);
      return json as ConsentRequest;
    },
    async decide(id, decision) {
      const body = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
      body.set('consentId', id);
      body.set('decision', decision);
      let response: Response;
      try {
        // A redirect means the session is gone (login page): not an answer to read.
        response = await fetch(url, { method: 'POST', body, headers: { accept: 'application/json' }, redirect: 'manual' });
      } catch (error) {
        throw new FellesNetworkError(undefined, { cause: error });
      }
      if (response.type === 'opaqueredirect') throw new FellesHttpError(401, undefined, response.headers, undefined, url);
      const json = (await response.json().catch(() => undefined)) as { id?: unknown; current?: ConsentRequest } | undefined;
      if (response.status === 409 && json?.current) throw new ConsentConflictError(json.current, json, response.headers, url);
      if (!response.ok || typeof json?.id !== 'string') throw new FellesHttpError(response.status, json, response.headers, undefined, url);
      return json as ConsentRequest;
    },
  };
}

const dialog = document.querySelector('felles-consent-dialog');
const outcome = document.getElementById('consent-outcome')?.textContent;
if (dialog && outcome) {
  // Back from Altinn's page: the outcome as the backend read it there, shown by the dialog (which records nothing).
  dialog.request = JSON.parse(outcome) as ConsentRequest;
  await import('@felles/elements/consent-dialog/define.js');
} else if (dialog) {
  // The request the server embedded is set before the element is defined (Lit keeps a property set
  // before the upgrade), so its first update has it.
  const data = document.getElementById('consent-request')?.textContent;
  const form = document.querySelector<HTMLFormElement>('[data-consent-fallback] form');
  const request = data ? (JSON.parse(data) as ConsentRequest) : undefined;
  if (request) dialog.request = request;
  if (form) dialog.client = decisionsThrough(form, request);
  await import('@felles/elements/consent-dialog/define.js');
  const id = dialog.getAttribute('request-id') ?? '';
  // The page's own note that a decision was made here and not yet confirmed, so that after a
  // reload the dialog is shown again while it delivers the decision.
  const marker = `felles-demo decided ${id}`;

  if (dialog.client) {
    form?.setAttribute('hidden', '');
    const opener = document.querySelector<HTMLButtonElement>('[data-open-consent]');
    if (opener) {
      opener.hidden = false;
      opener.addEventListener('click', () => dialog.show());
    }
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
  if (dialog.client && sessionStorage.getItem(marker)) dialog.show();
}
focusErrorSummary();
