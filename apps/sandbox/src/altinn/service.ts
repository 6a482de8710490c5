import { maskinportenTokenChecker } from '../maskinporten/access-token.js';
import { consentStoreOf } from '../samtykke/shared.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { consentUiPrefix, createConsentPage } from './consent-page.js';
import { enterprisePath, handleEnterprise, problem } from './enterprise.js';

export const altinnPrefix = '/accessmanagement';

/**
 * Altinn 3's consent, at Altinn's paths, over the sandbox's consent store (the one `/samtykke/api/v1`
 * serves): the enterprise API a requester's backend calls with a Maskinporten token, and the consent
 * page each request's `viewUri` opens.
 */
export function createAltinnConsentService(): ServiceFactory {
  return (ctx: SandboxContext): SandboxService => {
    const store = () => consentStoreOf(ctx);
    const check = maskinportenTokenChecker(ctx);
    const ui = createConsentPage(ctx, store);
    return {
      name: 'altinn-samtykke',
      prefix: altinnPrefix,
      async handle(req, res, url) {
        if (url.pathname === enterprisePath || url.pathname.startsWith(`${enterprisePath}/`)) {
          return handleEnterprise(req, res, url.pathname.slice(enterprisePath.length), check, store());
        }
        if (url.pathname.startsWith(`${consentUiPrefix}/`)) return ui.handle(req, res, url);
        problem(res, 404, 'Not Found', `Nothing at ${url.pathname}`);
      },
    };
  };
}

export const altinnConsentService = createAltinnConsentService();
