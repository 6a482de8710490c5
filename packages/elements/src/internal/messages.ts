import { defineMessages } from './localize.js';

/** Texts shared by every form control, so "required" reads the same across components. */
export const formMessages = defineMessages({
  nb: { valueMissing: 'Du må fylle ut dette feltet.' },
  nn: { valueMissing: 'Du må fylle ut dette feltet.' },
  en: { valueMissing: 'Please fill in this field.' },
  se: {},
});
