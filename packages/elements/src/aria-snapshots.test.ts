/**
 * Each element's main states, on a Bokmål page, as Chromium's accessibility tree exposes them, kept as files in
 * `__aria__/`: a change to what a screen reader gets shows in review as a changed file. The data is
 * fixed (no dates from the clock, no ids) so a file changes only when the element does.
 *
 * After an intended change, `npx vitest run --project elements src/aria-snapshots.test.ts -u` writes
 * the files anew; review the diff like code. In CI a missing or different file fails.
 */
import type { ConsentRequest } from '@felles/client-samtykke';
import { html } from 'lit';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ariaSnapshot } from '../test/aria-snapshot.js';
import { cleanup, fixture, settle, waitUntil } from '../test/fixture.js';
import type { Address, AddressSource } from './address-lookup/index.js';
import './address-lookup/define.js';
import './consent-dialog/define.js';
import './consent-list/define.js';
import './id-login-button/define.js';
import './life-event-stepper/define.js';
import './organisation-lookup/define.js';

afterEach(cleanup);

/** Every fixture is on a Bokmål page, whatever the test browser's own language. */
const nb = { lang: 'nb' };

const expectTree = async (element: Element, name: string) => {
  await settle();
  await expect(await ariaSnapshot(element)).toMatchFileSnapshot(`./__aria__/${name}.aria.yml`);
};

function address(adressetekst: string, postnummer: string): Address {
  return {
    adressekode: 1,
    adressenavn: adressetekst.replace(/\s\d.*$/, ''),
    adressetekst,
    adressetekstutenadressetilleggsnavn: adressetekst,
    adressetilleggsnavn: null,
    bokstav: '',
    bruksenhetsnummer: [],
    bruksnummer: 1,
    festenummer: 0,
    gardsnummer: 1,
    kommunenavn: 'OSLO',
    kommunenummer: '0301',
    nummer: 1,
    objtype: 'Vegadresse',
    oppdateringsdato: '2024-01-01T00:00:00',
    postnummer,
    poststed: 'OSLO',
    representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.91, lon: 10.75 },
    stedfestingverifisert: true,
    undernummer: null,
  };
}
const streets = [address('Storgata 1', '0155'), address('Storgata 2', '0155')];
const source: AddressSource = async (query) => streets.filter((a) => a.adressetekst.toLowerCase().startsWith(query.replace('*', '').toLowerCase()));

const texts = {
  requester: { nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo', se: 'Oslo gielda' },
  datasets: [
    {
      resource: 'skatteetaten-skatteattest',
      name: { nb: 'Skatteattest', nn: 'Skatteattest', en: 'Tax certificate', se: 'Vearroduođaštus' },
      source: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration', se: 'Vearroetáhtta' },
    },
  ],
  purpose: {
    nb: 'Behandle søknaden om serveringsbevilling.',
    nn: 'Handsame søknaden om serveringsløyve.',
    en: 'To process the serving licence application.',
    se: 'Meannudit bálvalanlohpeohcama.',
  },
  legalBasis: {
    nb: 'Personvernforordningen artikkel 6 nr. 1 a.',
    nn: 'Personvernforordninga artikkel 6 nr. 1 a.',
    en: 'GDPR Article 6(1)(a).',
    se: 'Persovdnasuodjalanásahus artihkal 6 nr. 1 a.',
  },
  privacyUrl: 'https://www.oslo.kommune.no/personvern/',
  consequenceOfNo: {
    nb: 'Du må laste opp skatteattesten selv.',
    nn: 'Du må laste opp skatteattesten sjølv.',
    en: 'You must upload the tax certificate yourself.',
    se: 'Don fertet ieš bidjat vearroduođaštusa.',
  },
};

function request(status: 'pending' | 'accepted'): ConsentRequest {
  const id = status === 'pending' ? '6f1d2c1e-0000-4000-8000-000000000001' : '6f1d2c1e-0000-4000-8000-000000000002';
  const event = (eventType: 'Created' | 'Accepted', created: string) => ({
    consentEventID: `${id}-${eventType}`,
    created,
    eventType,
    consentRequestID: id,
  });
  return {
    id,
    from: 'urn:altinn:organization:identifier-no:926535897',
    to: 'urn:altinn:organization:identifier-no:958935420',
    validTo: '2027-06-30T12:00:00Z',
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    consented: status === 'accepted' ? '2026-11-02T10:00:00Z' : null,
    consentRequestEvents:
      status === 'accepted'
        ? [event('Created', '2026-11-01T10:00:00Z'), event('Accepted', '2026-11-02T10:00:00Z')]
        : [event('Created', '2026-11-01T10:00:00Z')],
    status,
    texts,
  };
}

describe("each element's accessibility tree", () => {
  it('address lookup: empty, suggesting, chosen, and required but empty', async () => {
    const lookup = await fixture(
      html`<felles-address-lookup label="Adresse" hint="Gate og nummer" debounce="0" required .source=${source}></felles-address-lookup>`,
      nb,
    );
    await expectTree(lookup, 'address-lookup.empty');
    const input = lookup.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('Storgata');
    await waitUntil(() => lookup.shadowRoot!.querySelectorAll('[role="option"]').length === 2, 'two suggestions');
    await userEvent.keyboard('{ArrowDown}');
    await expectTree(lookup, 'address-lookup.suggesting');
    await userEvent.keyboard('{Enter}');
    await expectTree(lookup, 'address-lookup.chosen');
    const empty = await fixture<HTMLElement & { reportValidity(): boolean }>(
      html`<felles-address-lookup label="Adresse" required debounce="0" .source=${source}></felles-address-lookup>`,
      nb,
    );
    empty.reportValidity();
    await expectTree(empty, 'address-lookup.invalid');
  });

  it('organisation lookup: a number found in the register, and a number that cannot be one', async () => {
    const endpoint = `${inject('sandboxOrigin')}/enhetsregisteret/api`;
    const lookup = await fixture(
      html`<felles-organisation-lookup label="Virksomhet" debounce="0" endpoint=${endpoint}></felles-organisation-lookup>`,
      nb,
    );
    await expectTree(lookup, 'organisation-lookup.empty');
    await userEvent.click(lookup.shadowRoot!.querySelector('input')!);
    await userEvent.keyboard('926535897');
    await waitUntil(() => lookup.shadowRoot!.querySelector('[role="option"]'), 'the unit', 5000);
    await expectTree(lookup, 'organisation-lookup.found');
    await userEvent.keyboard('{Control>}a{/Control}123456789');
    await waitUntil(() => !lookup.shadowRoot!.querySelector('[role="option"]'), 'the list to close');
    await expectTree(lookup, 'organisation-lookup.not-a-number');
  });

  it('consent dialog: asking, and answered', async () => {
    const asking = await fixture(html`<felles-consent-dialog .request=${request('pending')} open></felles-consent-dialog>`, nb);
    await expectTree(asking, 'consent-dialog.asking');
    cleanup();
    const answered = await fixture(html`<felles-consent-dialog .request=${request('accepted')} open></felles-consent-dialog>`, nb);
    await expectTree(answered, 'consent-dialog.answered');
  });

  it('consent list: one consent given', async () => {
    const list = await fixture(html`<felles-consent-list .requests=${[request('accepted')]}></felles-consent-list>`, nb);
    await expectTree(list, 'consent-list.one-given');
  });

  it('life-event stepper: a whole life event, steps closed', async () => {
    // The steps a person opened are remembered for the tab; other tests in this browser open some.
    sessionStorage.clear();
    const stepper = await fixture(html`<felles-life-event-stepper event-id="start-business"></felles-life-event-stepper>`, nb);
    await waitUntil(() => stepper.shadowRoot!.querySelector('ol'), 'the steps', 5000);
    await expectTree(stepper, 'life-event-stepper.start-business');
  });

  it('login button', async () => {
    const button = await fixture(html`<felles-id-login-button href="/auth/login"></felles-id-login-button>`, nb);
    await expectTree(button, 'id-login-button');
  });
});
