import '@felles/elements/life-event-stepper/define.js';
import { updated, until } from './wait.js';

export const tag = 'felles-life-event-stepper';

/**
 * The definition is given as data (the `event` property), so that the measure is of validating and rendering
 * it, not of fetching it.
 * @param {{ event?: unknown, steps?: unknown[] }} [options]
 */
export function create(options = {}) {
  const el = document.createElement(tag);
  el.event = options.event;
  el.dataset.steps = String(options.steps?.length ?? 0);
  return el;
}

/** @param {HTMLElement} el */
export async function rendered(el) {
  await updated(el);
  const count = Number(el.dataset.steps);
  await until(() => (el.shadowRoot?.querySelectorAll('li[part~="step"]').length ?? 0) >= count, 'the stepper to show every step');
}
