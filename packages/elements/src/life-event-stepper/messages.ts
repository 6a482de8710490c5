import { defineMessages } from '../internal/localize.js';

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
  // Shown instead of the steps when they cannot be.
  invalidEvent: (field: string) => `Stegene kan ikke vises fordi beskrivelsen av livshendelsen har en feil i feltet ${field}.`,
  unknownEvent: (id: string) => `Det finnes ingen livshendelse med id «${id}».`,
  loadFailed: 'Stegene kunne ikke hentes.',
};

/** The element's texts; every language must have every key (see messages.nn.ts, messages.en.ts and messages.se.ts). */
export type StepperMessages = typeof nb;

/*
 * Bokmål ships with the element. Nynorsk, English and Northern Sámi are loaded with the first event
 * shown in them (messages.nn.ts, messages.en.ts, messages.se.ts), so a page pays for one language. The
 * Sámi texts are a first translation, to be read by a native speaker.
 */
export const messages = defineMessages<StepperMessages>({
  nb,
  nn: () => import('./messages.nn.js'),
  en: () => import('./messages.en.js'),
  se: () => import('./messages.se.js'),
});
