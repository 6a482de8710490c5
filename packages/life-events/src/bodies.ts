import type { ResponsibleBody } from './types.js';

// Bodies that appear in more than one life event. Bodies met in one event only live in that
// event's module, so loading one event does not pull in the others' texts.

export const nav: ResponsibleBody = {
  name: { nb: 'Nav', nn: 'Nav', en: 'Norwegian Labour and Welfare Administration (Nav)' },
  level: 'state',
};

export const skatteetaten: ResponsibleBody = {
  name: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'Norwegian Tax Administration' },
  level: 'state',
};

export const brreg: ResponsibleBody = {
  name: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistera', en: 'Brønnøysund Register Centre' },
  level: 'state',
};

export const kommunen: ResponsibleBody = {
  name: { nb: 'Kommunen', nn: 'Kommunen', en: 'Your municipality' },
  level: 'municipality',
};

export const bank: ResponsibleBody = {
  name: { nb: 'Banken din', nn: 'Banken din', en: 'Your bank' },
  level: 'private',
};
