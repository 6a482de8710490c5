/**
 * Aksel's stylesheets as its documentation lists them for importing per component: the tokens, the baseline,
 * then each component's sheet. (The package's types declare its CSS files, but not as modules, so the type
 * checker is told to let these text imports through.)
 */
// @ts-expect-error -- a CSS file, imported as text by the adapter bundles
import tokens from '@navikt/ds-css/dist/global/tokens.css';
// @ts-expect-error -- a CSS file, imported as text by the adapter bundles
import baseline from '@navikt/ds-css/dist/global/baseline.css';
// @ts-expect-error -- a CSS file, imported as text by the adapter bundles
import form from '@navikt/ds-css/dist/component/form.css';
// @ts-expect-error -- a CSS file, imported as text by the adapter bundles
import stepper from '@navikt/ds-css/dist/component/stepper.css';
// @ts-expect-error -- a CSS file, imported as text by the adapter bundles
import progressbar from '@navikt/ds-css/dist/component/progressbar.css';
import { addStyles } from './wait.js';

const sheets = /** @type {Record<string, string>} */ ({ form, stepper, progressbar });

/** @param {...('form' | 'stepper' | 'progressbar')} components */
export function addAkselStyles(...components) {
  addStyles([tokens, baseline, ...components.map((name) => sheets[name])].join('\n'));
}
