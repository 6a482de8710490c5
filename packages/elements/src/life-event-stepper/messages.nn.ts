import type { StepperMessages } from './messages.js';

/** Nynorsk texts, loaded when an element first shows an event in Nynorsk. */
export default {
  summary: (done: string, total: string) => `${done} av ${total} steg fullførte`,
  showAll: 'Vis alle stega',
  hideAll: 'Skjul alle stega',
  step: 'Steg',
  and: 'og',
  or: 'eller',
  optional: 'valfritt',
  'in-progress': 'Pågår',
  done: 'Fullført',
  'not-relevant': 'Ikkje aktuelt',
  youAreHere: 'Du er her',
  responsible: 'Ansvarleg',
  state: 'statleg',
  municipality: 'kommunal',
  private: 'privat',
  voluntary: 'frivillig',
  goTo: 'Gå til tenesta',
  invalidEvent: (field: string) => `Stega kan ikkje visast fordi skildringa av livshendinga har ein feil i feltet ${field}.`,
  unknownEvent: (id: string) => `Det finst inga livshending med id «${id}».`,
  loadFailed: 'Stega kunne ikkje hentast.',
} satisfies StepperMessages;
