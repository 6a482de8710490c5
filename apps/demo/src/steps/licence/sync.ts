import type { ConsentRequest } from '@felles/client-samtykke';
import type { RequestContext } from '../../http/context.js';
import type { Journey } from '../../journey/types.js';
import { decidedAt, fetchWithConsent } from './consent.js';
import type { CertificateOutcome } from './tax-certificate.js';

/**
 * When the tax certificate is fetched: `once` while none is kept (the licence page), or `fresh` every
 * time (the summary, which shows the certificate as it is today).
 */
export type CertificateFetch = 'once' | 'fresh';

export interface LicenceRefresh {
  journey: Journey;
  /** The request as Altinn holds it now, when it answered. */
  request?: ConsentRequest;
  /** Altinn did not answer: the stored status is what we knew last. */
  stale?: boolean;
  /** The consent stands, but the certificate could not be fetched now (Maskinporten or the provider did not answer). */
  certificateUnavailable?: boolean;
}

/**
 * Brings the stored licence up to date with `request`, the consent as Altinn (or the consent store)
 * holds it now: its status, and the data fetched with it. With the consent accepted, the company's
 * data and the tax certificate are fetched; otherwise nothing is, and a certificate fetched before
 * is no longer kept, so a withdrawn consent stops the next fetch and shows as such.
 */
export async function applyConsent(
  ctx: RequestContext,
  journey: Journey,
  request: ConsentRequest,
  certificate: CertificateFetch,
): Promise<LicenceRefresh> {
  const licence = journey.licence;
  if (!licence || licence.consentId !== request.id) return { journey, request };
  const status = request.status;
  const accepted = status === 'accepted';
  const orgnr = journey.company?.organisasjonsnummer;

  const fetched = accepted && !licence.fetched ? await fetchWithConsent(ctx.app.services.enhetsregister, journey).catch(() => undefined) : undefined;
  let outcome: CertificateOutcome | undefined;
  if (accepted && orgnr && (certificate === 'fresh' || !licence.taxCertificate)) {
    outcome = await ctx.app.services.taxCertificates.fetch(request, orgnr);
    if (outcome.kind === 'unavailable') ctx.app.log.warn('tax certificate not fetched', outcome.error);
  }
  const stopped = status === 'revoked' || status === 'expired' ? status : outcome?.kind === 'refused' ? 'refused' : undefined;
  const when = decidedAt(request);

  const unchanged =
    status === licence.consentStatus &&
    !fetched &&
    (outcome === undefined || outcome.kind === 'unavailable') &&
    (stopped === undefined || (licence.taxCertificateStopped?.reason === stopped && !licence.taxCertificate));
  const updated = unchanged
    ? journey
    : await ctx.app.journeys.update(journey.pid, ctx.user!.name, (j) => {
        if (!j.licence || j.licence.consentId !== request.id) return;
        j.licence.consentStatus = status;
        if (when) j.licence.decidedAt = when;
        if (fetched) j.licence.fetched = fetched;
        if (outcome?.kind === 'fetched') {
          j.licence.taxCertificate = { ...outcome.certificate, fetchedAt: new Date().toISOString() };
          delete j.licence.taxCertificateStopped;
        }
        if (stopped) {
          delete j.licence.taxCertificate;
          if (j.licence.taxCertificateStopped?.reason !== stopped)
            j.licence.taxCertificateStopped = { reason: stopped, at: new Date().toISOString() };
        }
      });
  return { journey: updated, request, certificateUnavailable: outcome?.kind === 'unavailable' };
}

/** Reads the licence's consent at Altinn, and brings the journey up to date with it (`applyConsent`). */
export async function refreshLicence(
  ctx: RequestContext,
  journey: Journey | undefined,
  certificate: CertificateFetch,
): Promise<LicenceRefresh | undefined> {
  if (!journey?.licence) return journey && { journey };
  let request: ConsentRequest;
  try {
    request = await ctx.app.services.altinn.getRequest(journey.licence.consentId, { timeoutMs: 3_000, retry: false });
  } catch (error) {
    ctx.app.log.warn('consent status not refreshed', error);
    return { journey, stale: true };
  }
  return applyConsent(ctx, journey, request, certificate);
}
