import '@felles/elements/consent-dialog/define.js';
import { updated, until, visible } from './wait.js';

export const tag = 'felles-consent-dialog';

/** The request the peers' dialogs show as plain content: same requester, data, purpose and date. */
const request = {
  id: '77ed8698-e619-4066-9eb4-5c1eb3f165a1',
  from: 'urn:altinn:person:identifier-no:21818297804',
  to: 'urn:altinn:organization:identifier-no:974760673',
  validTo: '2026-12-31T23:00:00.000Z',
  consentRights: [
    {
      action: ['consent'],
      resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-inntekt' }],
      metaData: { inntektsaar: '2024' },
    },
  ],
  consentRequestEvents: [],
  status: 'pending',
  texts: {
    requester: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistera', en: 'The Brønnøysund Register Centre' },
    datasets: [
      {
        resource: 'skatteetaten-inntekt',
        name: { nb: 'Inntekt og formue for 2024', nn: 'Inntekt og formue for 2024', en: 'Income and wealth for 2024' },
        source: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration' },
      },
    ],
    purpose: {
      nb: 'Behandle søknaden om skjenkebevilling.',
      nn: 'Handsame søknaden om skjenkeløyve.',
      en: 'To process the alcohol licence application.',
    },
    legalBasis: { nb: 'Alkoholloven § 1-7.', nn: 'Alkohollova § 1-7.', en: 'Alcohol Act section 1-7.' },
    privacyUrl: 'https://www.brreg.no/personvern/',
    consequenceOfNo: { nb: 'Du må sende opplysningene selv.', nn: 'Du må sende opplysningane sjølv.', en: 'You must send the information yourself.' },
  },
};

export function create() {
  const el = document.createElement(tag);
  el.request = /** @type {import('@felles/client-samtykke').ConsentRequest} */ (request);
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/** @param {HTMLElement & { open: boolean }} el */
export async function open(el) {
  el.open = true;
  await until(() => visible(el.shadowRoot?.querySelector('dialog .body')), 'felles-consent-dialog to show its content');
}

/** @param {HTMLElement & { open: boolean }} el */
export async function close(el) {
  el.open = false;
  await until(() => !visible(el.shadowRoot?.querySelector('dialog .body')), 'felles-consent-dialog to close');
}
