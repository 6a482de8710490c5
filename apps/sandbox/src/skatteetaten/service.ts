import { organizationUrn } from '@felles/client-samtykke';
import { sharedRegister } from '../enhetsregisteret/generate.js';
import { sendJson } from '../http-util.js';
import { maskinportenTokenChecker } from '../maskinporten/access-token.js';
import type { ConsentDetail } from '../maskinporten/consent.js';
import { sandboxScopes } from '../maskinporten/service.js';
import { consentStoreOf } from '../samtykke/shared.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { certificateFor } from './certificate.js';

export const skatteetatenPrefix = '/skatteetaten';
export const skatteattestPath = `${skatteetatenPrefix}/api/skatteattest/v1/enheter`;
/** The consent resource a skatteattest is fetched under, as it would be registered in Altinn's resource registry. */
export const skatteattestResource = 'skatteetaten-skatteattest';

/**
 * A data provider that hands out a company's tax certificate only on its consent:
 * `GET /skatteetaten/api/skatteattest/v1/enheter/{orgnr}` with a Maskinporten consent token, checked as
 * Altinn tells a service owner to: signature, `iss` and `exp` against the sandbox Maskinporten, the scope
 * `felles:sandbox.skatteattest`, then an entry in `authorization_details` of type `urn:altinn:consent`
 * whose `from` is that company, whose `to` is the calling organisation, that covers the resource
 * `skatteetaten-skatteattest` and whose `validTo` has not passed. It also looks the consent up in the
 * sandbox's consent store, as a service owner may in Altinn, so a consent withdrawn after the token was
 * issued stops the next fetch. 401 for no or a bad token, 403 for any missing consent, with a plain reason.
 */
export function createSkatteetatenService(): ServiceFactory {
  return (ctx: SandboxContext): SandboxService => {
    const check = maskinportenTokenChecker(ctx);
    const refuse = (res: Parameters<SandboxService['handle']>[1], status: 401 | 403 | 404, code: string, message: string) =>
      sendJson(res, status, { status, code, message }, status === 401 ? { 'www-authenticate': 'Bearer' } : {});

    return {
      name: 'skatteetaten',
      prefix: skatteetatenPrefix,
      async handle(req, res, url) {
        const match = /^\/(\d{9})$/.exec(url.pathname.slice(skatteattestPath.length));
        if (!url.pathname.startsWith(`${skatteattestPath}/`) || !match) return refuse(res, 404, 'not-found', `Nothing at ${url.pathname}`);
        if (req.method !== 'GET') return sendJson(res, 405, { status: 405, code: 'method-not-allowed', message: 'Use GET' }, { allow: 'GET' });
        const orgnr = match[1]!;
        const checked = await check(req, sandboxScopes.taxCertificate);
        if (!checked.ok) return refuse(res, checked.status, checked.status === 401 ? 'invalid-token' : 'missing-scope', checked.message);
        const { payload, orgnr: caller } = checked.token;

        const company = organizationUrn(orgnr);
        const details = Array.isArray(payload['authorization_details']) ? (payload['authorization_details'] as ConsentDetail[]) : [];
        const consents = details.filter((d) => d?.type === 'urn:altinn:consent');
        if (!consents.length) {
          return refuse(
            res,
            403,
            'consent-required',
            `A tax certificate is given only on the company's consent: the token carries no urn:altinn:consent.`,
          );
        }
        const fromCompany = consents.filter((d) => d.from === company);
        if (!fromCompany.length) return refuse(res, 403, 'consent-other-party', `The token's consent is not from ${company}.`);
        const toCaller = fromCompany.filter((d) => d.to?.ID === `0192:${caller}`);
        if (!toCaller.length)
          return refuse(res, 403, 'consent-other-organisation', `The consent from ${company} was not given to ${caller}, the organisation calling.`);
        const covering = toCaller.filter((d) =>
          (d.consentRights ?? []).some((right) => right.resource?.some((r) => r.type === 'urn:altinn:resource' && r.value === skatteattestResource)),
        );
        if (!covering.length) return refuse(res, 403, 'consent-other-resource', `The consent does not cover the resource ${skatteattestResource}.`);
        const now = new Date();
        const current = covering.find((d) => Date.parse(d.validTo) > now.getTime());
        if (!current) return refuse(res, 403, 'consent-expired', `The consent from ${company} has expired.`);
        const live = consentStoreOf(ctx)?.view(current.id);
        if (live && live.status !== 'accepted') {
          return refuse(res, 403, `consent-${live.status}`, `The consent ${current.id} is ${live.status} now; ask the company again.`);
        }

        const enhet = sharedRegister().byOrgnr.get(orgnr);
        if (!enhet) return refuse(res, 404, 'not-found', `No unit ${orgnr} in the register.`);
        sendJson(res, 200, certificateFor(enhet, now), { 'cache-control': 'no-store' });
      },
    };
  };
}

export const skatteetatenService = createSkatteetatenService();
