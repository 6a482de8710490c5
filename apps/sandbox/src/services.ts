import { addressService } from './adresser/service.js';
import { altinnConsentService } from './altinn/service.js';
import { authorisedEnhetsregisteretService } from './enhetsregisteret/authorised.js';
import { enhetsregisteretService } from './enhetsregisteret/service.js';
import { consentService } from './samtykke/service.js';
import { idportenService } from './idporten/service.js';
import { maskinportenService } from './maskinporten/service.js';
import { skatteetatenService } from './skatteetaten/service.js';
import type { ServiceFactory } from './types.js';

/**
 * Every service the sandbox serves; add one line per service. They start together: ID-porten first,
 * so its keys are made in another thread while the addresses are built.
 */
export const services: ServiceFactory[] = [
  idportenService,
  addressService,
  consentService,
  enhetsregisteretService,
  authorisedEnhetsregisteretService,
  maskinportenService,
  altinnConsentService,
  skatteetatenService,
];
