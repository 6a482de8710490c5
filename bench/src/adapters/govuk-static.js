import { stepNav, stepsShown } from './govuk-step-nav-markup.js';

/** The floor for steppers: the same steps as static HTML with GOV.UK's CSS, no script. */
export const tag = undefined;

/** @param {{ steps?: { title: string, description: string }[] }} [options] */
export const create = (options = {}) => stepNav(options, false);

export const rendered = stepsShown;
