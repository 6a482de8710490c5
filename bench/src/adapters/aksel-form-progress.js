import { FormProgress } from '@navikt/ds-react/FormProgress';
import { createElement } from 'react';
import { addAkselStyles } from './aksel-styles.js';
import { container, renderNow } from './react-root.js';
import { until } from './wait.js';

addAkselStyles('form', 'stepper', 'progressbar');

/** Not a custom element: React renders it into a container. */
export const tag = undefined;

/** @typedef {import('./react-root.js').Container & { steps?: { title: string }[] }} Container */

/**
 * Form progress over the life event's steps, open so that every step is listed as ours lists them.
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
    createElement(FormProgress, {
      totalSteps: steps.length,
      activeStep: 1,
      open: true,
      onStepChange: () => {},
      children: steps.map(({ title }, i) => createElement(FormProgress.Step, { key: i, as: 'a', href: `#steg-${i + 1}`, children: title })),
    }),
  );
  await until(() => el.querySelectorAll('li').length >= steps.length, 'FormProgress to show every step');
}
