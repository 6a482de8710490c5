import { defineMessages } from '../internal/localize.js';
import type { Lang } from '../internal/lang.js';

const nb = {
  summary: (done: string, total: string) => `${done} av ${total} steg fullført`,
  showAll: 'Vis alle steg',
  hideAll: 'Skjul alle steg',
  step: 'Steg',
  and: 'og',
  or: 'eller',
  optional: 'valgfritt',
  'in-progress': 'Pågår',
  done: 'Fullført',
  'not-relevant': 'Ikke aktuelt',
  youAreHere: 'Du er her',
  responsible: 'Ansvarlig',
  state: 'statlig',
  municipality: 'kommunal',
  private: 'privat',
  voluntary: 'frivillig',
  goTo: 'Gå til tjenesten',
};

/** The element's texts; every language must have every key (see messages.nn.ts and messages.en.ts). */
export type StepperMessages = typeof nb;

/*
 * Bokmål ships with the element. Nynorsk and English are loaded with the first event shown in them
 * (messages.nn.ts, messages.en.ts), so a page pays for one language. No Northern Sámi texts yet: they
 * should be written by a translator, not guessed; until then the element shows Bokmål and marks it
 * `lang="nb"`, as it does for the steps' own texts.
 */
export const messages = defineMessages<StepperMessages>({
  nb,
  nn: () => import('./messages.nn.js'),
  en: () => import('./messages.en.js'),
  se: {},
});

/** Whether the texts of `lang` are in `messages` (Bokmål and Sámi always are). */
export const hasMessages = (lang: Lang): boolean => typeof messages[lang] !== 'function';
