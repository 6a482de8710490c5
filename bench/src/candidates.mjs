/**
 * Everything the benchmarks compare: our entry points and the peers' closest components, each imported the way
 * that library's documentation tells a page to import it (the file that registers the tag).
 *
 * `kind` pairs a candidate with the peers it is compared with: our address lookup with the comboboxes, our
 * consent dialog with the dialogs, our login button with the button, our stepper with the wizard.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const rootDir = join(benchDir, '..');
const elementsDist = join(rootDir, 'packages/elements/dist');

/**
 * @typedef {'combobox' | 'dialog' | 'button' | 'stepper' | 'floor' | 'client' | 'bundle' | 'control'} Kind
 * @typedef {object} Candidate
 * @property {string} id          stable key, also the adapter's file name in src/adapters when it has one
 * @property {string} library     display name of the library
 * @property {string} pkg         npm package whose version is reported
 * @property {string} component   what is measured, as a reader knows it
 * @property {Kind} kind
 * @property {boolean} ours
 * @property {string} code        the entry module esbuild bundles (side-effect imports, or `export *` for clients)
 * @property {string} [adapter]   browser adapter in src/adapters (speed and memory); none for clients
 * @property {string[]} [css]     stylesheets the component needs besides Designsystemet's (which every page
 *                                has): resolvable specifiers, or a Sass file in src/adapters compiled as its
 *                                adapter compiles it. Ours need none: their styles travel in their code.
 */

/** Our elements that have landed: every folder of the elements' build with a define.js. */
export function ourElements() {
  if (!existsSync(elementsDist)) return [];
  return readdirSync(elementsDist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(elementsDist, entry.name, 'define.js')))
    .map((entry) => entry.name)
    .filter((name) => name !== 'development')
    .sort();
}

/** @type {Record<string, Kind>} */
const kindOf = {
  'address-lookup': 'combobox',
  'consent-dialog': 'dialog',
  'id-login-button': 'button',
  'life-event-stepper': 'stepper',
};

/** Client entry points (specifier, package): the whole public API of each, as `import *` would pull it. */
/** @type {[string, string][]} */
const clients = [
  ['@felles/client-core', '@felles/client-core'],
  ['@felles/client-adresser', '@felles/client-adresser'],
  ['@felles/client-idporten', '@felles/client-idporten'],
  ['@felles/client-idporten/browser', '@felles/client-idporten'],
  ['@felles/client-samtykke', '@felles/client-samtykke'],
  ['@felles/client-enhetsregisteret', '@felles/client-enhetsregisteret'],
  ['@felles/life-events', '@felles/life-events'],
];

/** @param {string[]} specifiers */
const sideEffects = (specifiers) => specifiers.map((s) => `import ${JSON.stringify(s)};`).join('\n');

/** @returns {Candidate[]} */
export function candidates() {
  /** @type {Candidate[]} */
  const list = [
    {
      id: 'lit-floor',
      library: 'Lit',
      pkg: 'lit',
      component: 'one minimal LitElement (the floor)',
      kind: 'floor',
      ours: false,
      code: `import { LitElement, html } from 'lit';
customElements.define('bench-floor', class extends LitElement { render() { return html\`<p>floor</p>\`; } });`,
      adapter: 'lit-floor',
    },
  ];

  list.push({
    id: 'leak-control',
    library: 'Lit',
    pkg: 'lit',
    component: 'the floor element, kept alive on purpose (control for the memory check)',
    kind: 'control',
    ours: false,
    code: '',
    adapter: 'leak-control',
  });

  for (const name of ourElements()) {
    const kind = kindOf[name];
    if (!kind) continue;
    list.push({
      id: `felles-${name}`,
      library: 'Felles',
      pkg: '@felles/elements',
      component: `<felles-${name}>`,
      kind,
      ours: true,
      code: sideEffects([`@felles/elements/${name}/define.js`]),
      adapter: existsSync(join(benchDir, 'src/adapters', `felles-${name}.js`)) ? `felles-${name}` : undefined,
    });
  }
  if (existsSync(join(elementsDist, 'all.js'))) {
    list.push({
      id: 'felles-all',
      library: 'Felles',
      pkg: '@felles/elements',
      component: 'all elements (all.js)',
      kind: 'bundle',
      ours: true,
      code: sideEffects(['@felles/elements/all.js']),
    });
  }
  if (existsSync(join(elementsDist, 'felles.bundle.js'))) {
    list.push({
      id: 'felles-bundle',
      library: 'Felles',
      pkg: '@felles/elements',
      component: 'the bundle (bundle.js, Lit included)',
      kind: 'bundle',
      ours: true,
      code: sideEffects(['@felles/elements/bundle.js']),
    });
  }
  for (const [specifier, pkg] of clients) {
    if (!resolvable(specifier)) continue;
    list.push({
      id: specifier.replace(/^@felles\//, '').replace(/\//g, '-'),
      library: 'Felles',
      pkg,
      component: specifier,
      kind: 'client',
      ours: true,
      code: `export * from ${JSON.stringify(specifier)};`,
    });
  }

  list.push(
    peer('wa-button', 'Web Awesome', '@awesome.me/webawesome', '<wa-button>', 'button', ['@awesome.me/webawesome/dist/components/button/button.js']),
    peer('wa-dialog', 'Web Awesome', '@awesome.me/webawesome', '<wa-dialog>', 'dialog', ['@awesome.me/webawesome/dist/components/dialog/dialog.js']),
    peer('sp-combobox', 'Spectrum WC', '@spectrum-web-components/combobox', '<sp-combobox>', 'combobox', [
      '@spectrum-web-components/combobox/sp-combobox.js',
    ]),
    peer('sp-dialog', 'Spectrum WC', '@spectrum-web-components/dialog', '<sp-dialog-wrapper>', 'dialog', [
      '@spectrum-web-components/dialog/sp-dialog-wrapper.js',
    ]),
    peer('lion-combobox', 'Lion', '@lion/ui', '<lion-combobox> + <lion-option>', 'combobox', [
      '@lion/ui/define/lion-combobox.js',
      '@lion/ui/define/lion-option.js',
    ]),
    peer('lion-dialog', 'Lion', '@lion/ui', '<lion-dialog>', 'dialog', ['@lion/ui/define/lion-dialog.js']),
    peer('ui5-combobox', 'UI5 WC', '@ui5/webcomponents', '<ui5-combobox> + <ui5-cb-item>', 'combobox', [
      '@ui5/webcomponents/dist/ComboBox.js',
      '@ui5/webcomponents/dist/ComboBoxItem.js',
    ]),
    peer('ui5-dialog', 'UI5 WC', '@ui5/webcomponents', '<ui5-dialog>', 'dialog', ['@ui5/webcomponents/dist/Dialog.js']),
    peer('ui5-wizard', 'UI5 WC', '@ui5/webcomponents-fiori', '<ui5-wizard> + <ui5-wizard-step>', 'stepper', [
      '@ui5/webcomponents-fiori/dist/Wizard.js',
      '@ui5/webcomponents-fiori/dist/WizardStep.js',
    ]),
    // The peers a Norwegian service team weighs against ours: Designsystemet, GOV.UK and NAV's Aksel.
    peer('ds-suggestion', 'Designsystemet', '@digdir/designsystemet-web', '<ds-suggestion> in <ds-field>', 'combobox', [
      '@digdir/designsystemet-web/ds-field',
      '@digdir/designsystemet-web/ds-suggestion',
    ]),
    peer(
      'govuk-autocomplete',
      'GOV.UK',
      'accessible-autocomplete',
      'accessible-autocomplete',
      'combobox',
      ['accessible-autocomplete'],
      ['accessible-autocomplete/dist/accessible-autocomplete.min.css'],
    ),
    react(
      peer('aksel-combobox', 'Aksel', '@navikt/ds-react', 'UNSAFE_Combobox (React 19)', 'combobox', [], [...akselBase, akselCss('form')]),
      'UNSAFE_Combobox',
      'Combobox',
    ),
    peer('ds-dialog', 'Designsystemet', '@digdir/designsystemet-web', '<dialog class="ds-dialog"> (closedby polyfill)', 'dialog', [
      '@digdir/designsystemet-web/dialog',
    ]),
    { ...peer('native-dialog', 'HTML', 'native', 'a bare <dialog> (the floor)', 'dialog', []), code: '' },
    react(
      peer('aksel-stepper', 'Aksel', '@navikt/ds-react', 'Stepper (React 19)', 'stepper', [], [...akselBase, akselCss('stepper')]),
      'Stepper',
      'Stepper',
    ),
    react(
      peer(
        'aksel-form-progress',
        'Aksel',
        '@navikt/ds-react',
        'FormProgress (React 19)',
        'stepper',
        [],
        [...akselBase, akselCss('form'), akselCss('stepper'), akselCss('progressbar')],
      ),
      'FormProgress',
      'FormProgress',
    ),
    peer(
      'govuk-step-by-step',
      'GOV.UK',
      '@govuk-prototype-kit/step-by-step',
      'step-by-step navigation (with govuk-frontend)',
      'stepper',
      [
        '@govuk-prototype-kit/step-by-step/javascripts/step-by-step-polyfills.js',
        '@govuk-prototype-kit/step-by-step/javascripts/step-by-step-navigation.js',
      ],
      ['govuk-step-nav.scss'],
    ),
    {
      ...peer('govuk-static', 'GOV.UK', 'govuk-frontend', 'the step-by-step as static HTML (the floor)', 'stepper', [], ['govuk-step-nav.scss']),
      code: '',
    },
    {
      id: 'designsystemet-web',
      library: 'Designsystemet',
      pkg: '@digdir/designsystemet-web',
      component: 'the whole kit (@digdir/designsystemet-web)',
      kind: 'bundle',
      ours: false,
      code: sideEffects(['@digdir/designsystemet-web']),
      css: ['@digdir/designsystemet-css'],
    },
  );
  return list;
}

/**
 * @param {string} id @param {string} library @param {string} pkg @param {string} component @param {Kind} kind
 * @param {string[]} imports
 * @param {string[]} [css]
 * @returns {Candidate}
 */
function peer(id, library, pkg, component, kind, imports, css) {
  return { id, library, pkg, component, kind, ours: false, code: sideEffects(imports), adapter: id, ...(css ? { css } : {}) };
}

/** Aksel's tokens and baseline, which each of its component stylesheets needs. */
const akselBase = ['@navikt/ds-css/dist/global/tokens.css', '@navikt/ds-css/dist/global/baseline.css'];
/** @param {string} name */
const akselCss = (name) => `@navikt/ds-css/dist/component/${name}.css`;

/**
 * An Aksel component with what a React 19 page needs to show it: React and its DOM renderer.
 * Imported from the component's own entry (`@navikt/ds-react/Combobox`): through the package's index a bundler
 * keeps every component, since its ESM folder's package.json does not repeat `sideEffects: false`.
 * @param {Candidate} candidate @param {string} name the export @param {string} path the package's subpath
 * @returns {Candidate}
 */
function react(candidate, name, path) {
  return {
    ...candidate,
    code: `import { ${name} } from '@navikt/ds-react/${path}';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
export const show = (el) => createRoot(el).render(createElement(${name}));`,
  };
}

/** @param {string} specifier @returns {boolean} whether it resolves to a built file */
function resolvable(specifier) {
  try {
    return existsSync(fileURLToPath(import.meta.resolve(specifier)));
  } catch {
    return false;
  }
}

/** @param {string} pkg @returns {string} the installed version, as the bundles resolve it from bench/ */
export function versionOf(pkg) {
  const path = [benchDir, rootDir].map((dir) => join(dir, 'node_modules', pkg, 'package.json')).find((p) => existsSync(p));
  return path ? readJson(path).version : 'not installed';
}

/** @param {string} path */
export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
