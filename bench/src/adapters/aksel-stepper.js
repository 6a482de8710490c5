import { Stepper } from '@navikt/ds-react/Stepper';
import { createElement } from 'react';
import { addAkselStyles } from './aksel-styles.js';
import { container, renderNow } from './react-root.js';
import { until } from './wait.js';

addAkselStyles('stepper');

/** Not a custom element: React renders it into a container. */
export const tag = undefined;

/** @typedef {import('./react-root.js').Container & { steps?: { title: string }[] }} Container */

/**
 * A stepper with one step per step of the life event, by title (its steps have no descriptions).
 * @param {{ steps?: { title: string }[] }} [options]
 */
export function create(options = {}) {
  const el = /** @type {Container} */ (container());
  el.steps = options.steps ?? [{ title: 'Steg 1' }];
  return el;
}

/** @param {Container} el */
export async function rendered(el) {
  const steps = el.steps ?? [];
  renderNow(
    el,
    createElement(Stepper, {
      'aria-label': 'Steg',
      activeStep: 1,
      onStepChange: () => {},
      children: steps.map(({ title }, i) => createElement(Stepper.Step, { key: i, as: 'a', href: `#steg-${i + 1}`, children: title })),
    }),
  );
  await until(() => el.querySelectorAll('li').length >= steps.length, 'Stepper to show every step');
}
