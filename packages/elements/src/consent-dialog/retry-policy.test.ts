import { FellesHttpError, FellesNetworkError, FellesValidationError } from '@felles/client-core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, sleep, waitUntil } from '../../test/fixture.js';
import { decided, servingLicence } from '../internal/demo/consent-examples.js';
import type { ConsentDialogClient, FellesConsentDialog } from './consent-dialog.js';
import './define.js';

document.documentElement.lang = 'nb';
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** Counts the dialog's attempts to save a decision when the first one fails with `error`. */
async function attempts(error: unknown): Promise<number> {
  let calls = 0;
  const client: ConsentDialogClient = {
    getRequest: () => Promise.resolve(servingLicence),
    decide: () => (++calls === 1 ? Promise.reject(error) : Promise.resolve(decided(servingLicence, 'accepted'))),
  };
  const dialog = await fixture<FellesConsentDialog>(
    html`<felles-consent-dialog .request=${servingLicence} .client=${client} retry-delay="10" open></felles-consent-dialog>`,
  );
  const accept = await waitUntil(
    () => [...dialog.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Gi samtykke'),
    `the choices in: ${dialog.shadowRoot!.textContent!.replace(/\s+/g, ' ')}`,
  );
  accept.click();
  await sleep(150);
  return calls;
}

const http = (status: number) => new FellesHttpError(status, null, new Headers());

// One retry policy: the dialog tries again by itself exactly when client-core's isRetryable() says so.
describe('<felles-consent-dialog> retry policy', () => {
  it.each([429, 502, 503, 504])('tries again by itself after HTTP %i', async (status) => {
    expect(await attempts(http(status))).toBe(2);
  });

  it('tries again by itself after a network error', async () => {
    expect(await attempts(new FellesNetworkError())).toBe(2);
  });

  it.each([400, 404, 408, 422, 500, 501])('waits for the person after HTTP %i', async (status) => {
    expect(await attempts(http(status))).toBe(1);
  });

  it('waits for the person after an answer of the wrong shape', async () => {
    expect(await attempts(new FellesValidationError([{ path: 'status', message: 'bad' }], 'response'))).toBe(1);
  });

  it('waits for the person after an error that is not a Felles error', async () => {
    expect(await attempts(new Error('something else'))).toBe(1);
  });
});
