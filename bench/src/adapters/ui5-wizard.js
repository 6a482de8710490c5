import '@ui5/webcomponents-fiori/dist/Wizard.js';
import '@ui5/webcomponents-fiori/dist/WizardStep.js';
import { renderFinished } from '@ui5/webcomponents-base/dist/Render.js';
import { until } from './wait.js';

export const tag = 'ui5-wizard';

/**
 * A wizard with one step per step of the life event, each with its title and description: the same text
 * our stepper shows.
 * @param {{ steps?: { title: string, description: string }[] }} [options]
 */
export function create(options = {}) {
  const el = document.createElement(tag);
  for (const [i, step] of (options.steps ?? [{ title: 'Steg 1', description: '' }]).entries()) {
    const item = document.createElement('ui5-wizard-step');
    item.setAttribute('title-text', step.title);
    if (i === 0) item.setAttribute('selected', '');
    const text = document.createElement('p');
    text.textContent = step.description;
    item.append(text);
    el.append(item);
  }
  return el;
}

/** @param {HTMLElement} el */
export async function rendered(el) {
  await renderFinished();
  // The step tabs are rendered in its shadow root once the steps are known.
  const count = el.children.length;
  await until(() => (el.shadowRoot?.querySelectorAll('[ui5-wizard-tab]').length ?? 0) >= count, 'ui5-wizard tabs');
}
