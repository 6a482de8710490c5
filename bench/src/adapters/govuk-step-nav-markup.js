/**
 * The step-by-step navigation's markup from its template (`step-by-step-navigation.html`), one step per step
 * of the life event: the number, the title and the description, in an `<ol>`.
 */
import css from './govuk-step-nav.scss';
import { addStyles, until } from './wait.js';

addStyles(css);

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {{ steps?: { title: string, description: string }[] }} options
 * @param {boolean} enhanced whether the script will enhance it (it starts hidden until then)
 */
export function stepNav({ steps = [{ title: 'Steg 1', description: '' }] }, enhanced) {
  const el = document.createElement('div');
  el.className = `app-step-nav app-step-nav--large${enhanced ? ' js-hidden' : ''}`;
  el.dataset.showText = 'Vis';
  el.dataset.hideText = 'Skjul';
  el.dataset.showAllText = 'Vis alle steg';
  el.dataset.hideAllText = 'Skjul alle steg';
  el.dataset.steps = String(steps.length);
  el.innerHTML = `<ol class="app-step-nav__steps">${steps
    .map(
      ({ title, description }, i) => `<li class="app-step-nav__step js-step" id="steg-${i + 1}">
<div class="app-step-nav__header js-toggle-panel" data-position="${i + 1}"><h2 class="app-step-nav__title"><span class="app-step-nav__circle app-step-nav__circle--number"><span class="app-step-nav__circle-inner"><span class="app-step-nav__circle-background"><span class="govuk-visually-hidden">Steg</span> ${i + 1}</span></span></span><span class="js-step-title">${escape(title)}</span></h2></div>
<div class="app-step-nav__panel js-panel" id="step-panel-${i + 1}"><p class="app-step-nav__paragraph">${escape(description)}</p></div>
</li>`,
    )
    .join('')}</ol>`;
  return el;
}

/** Every step on screen. @param {HTMLElement} el */
export const stepsShown = (el) =>
  until(
    () => el.querySelectorAll('.js-step').length >= Number(el.dataset.steps) && el.getBoundingClientRect().height > 0,
    'the step-by-step to show every step',
  );
