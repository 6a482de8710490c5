import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMaskinportenClient } from '@felles/client-maskinporten';
import { createEnterpriseConsentClient } from '@felles/client-samtykke';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startSandbox, type RunningSandbox } from './sandbox.js';

/**
 * The sandbox's Altinn consent page (a request's `viewUri`) in a real browser: the ID-porten login, the
 * consent dialog from the elements' bundle, the decision, and the way back to `redirectUrl`.
 */
let browser: Browser;
let sandbox: RunningSandbox;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'felles-altinn-page-'));
  [browser, sandbox] = await Promise.all([
    chromium.launch({ executablePath: findChromium(), args: chromiumArgs }),
    startSandbox({ port: 0, dataDir }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), sandbox?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

async function requestConsent() {
  const issuer = `${sandbox.origin}/maskinporten/`;
  const demo = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as { client_id: string; private_jwk: JsonWebKey & { kid: string } };
  const maskinporten = createMaskinportenClient({ issuer, clientId: demo.client_id, key: demo.private_jwk });
  const altinn = createEnterpriseConsentClient({
    platform: sandbox.origin,
    tokenProvider: maskinporten.tokenProvider({ scope: ['altinn:consentrequests.write', 'altinn:consentrequests.read'] }),
  });
  const id = crypto.randomUUID();
  const created = await altinn.createRequest({
    id,
    from: 'urn:altinn:organization:identifier-no:926535897',
    to: 'urn:altinn:organization:identifier-no:310000019',
    validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    // Back to the sandbox's front page, which answers anything: the test only reads the address.
    redirectUrl: `${sandbox.origin}/?consentId=${id}`,
  });
  return { altinn, created };
}

describe("the sandbox's Altinn consent page", () => {
  for (const [choice, status] of [
    ['Gi samtykke', 'accepted'],
    ['Ikke gi samtykke', 'rejected'],
  ] as const) {
    it(`logs in with ID-porten, shows the request in the dialog and, on "${choice}", records it and returns to redirectUrl`, async () => {
      const { altinn, created } = await requestConsent();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(created.viewUri!);
        await page.locator('input[name="person"][value="kari"]').check();
        await page.locator('form[method="post"] button[type="submit"]').first().click();
        const dialog = page.locator('felles-consent-dialog');
        await expect.poll(() => dialog.locator('h2').textContent(), { timeout: 10_000 }).toBe('Felles demo (testvirksomhet) ber om samtykke');
        await dialog.getByRole('button', { name: choice, exact: true }).click();
        await page.waitForURL(`${sandbox.origin}/?consentId=${created.id}`, { timeout: 10_000 });
        expect((await altinn.getRequest(created.id)).status).toBe(status);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
