import '@govuk-prototype-kit/step-by-step/javascripts/step-by-step-polyfills.js';
import '@govuk-prototype-kit/step-by-step/javascripts/step-by-step-navigation.js';
import { stepNav, stepsShown } from './govuk-step-nav-markup.js';

/** Not a custom element: the page runs the module's `init` on its markup (the template's page script). */
export const tag = undefined;

/** @param {{ steps?: { title: string, description: string }[] }} [options] */
export const create = (options = {}) => stepNav(options, true);

/** @param {HTMLElement} el */
export function rendered(el) {
  const { AppStepNav } = /** @type {{ GOVUK: { Modules: { AppStepNav: new (el: HTMLElement) => { init(): void } } } }} */ (
    /** @type {unknown} */ (window)
  ).GOVUK.Modules;
  new AppStepNav(el).init();
  return stepsShown(el);
}
