/**
 * Size budgets for what ships to browsers, min+gzip, measured as a page would bundle it (esbuild).
 * "Beyond Lit": Lit is shared by every element on a page, so each budget leaves it out.
 * Budgets sit about 5 % above the measured size, so a real regression fails the check. The three entries
 * with a client were raised by 30–100 B when client-core learned to send a Maskinporten token (`tokenProvider`),
 * the shared core and the address lookup by 30–100 B for the Bokmål fallback of dates and numbers, the
 * consent dialog by 60–90 B for its warning when the browser refuses to keep an unsaved decision. The consent
 * dialog's two entries grew by about 0.48 kB more when it learned to take Altinn's response as it comes (checking
 * the fields it shows and working out the status from the events and validTo).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- size-limit reads this file as CommonJS */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
/* eslint-enable @typescript-eslint/no-require-imports */

const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** The package build's CSS minifier (an ES module), loaded when size-limit runs esbuild. */
const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup: async (build) => (await import('./tools/minify-css-literals.mjs')).minifyCssLiterals().setup(build),
};
/**
 * Chunks of the package build that an element loads with import() only when needed, so a page that never
 * needs them never downloads them: texts in languages other than Bokmål (when first shown in them), the
 * page-wide live region (with the first announcement), Designsystemet's default colours (only on a page
 * without a theme), error texts, and the public-client login. Each is measured on its own below where it
 * matters; an entry that should include one names it.
 */
const onDemand = [
  './messages.nn-*',
  './messages.en-*',
  './messages.se-*',
  './live-region-*',
  './fallback-colours-*',
  './errors-*',
  './explain-config-*',
  './public-client-*',
];
const clients = ['./load-client-*', './load-consent-client-*'];
const without =
  (...globs) =>
  (config) => ({ ...config, external: [...(config.external ?? []), ...globs.flat()] });

module.exports = [
  {
    // Paid once per page whatever elements it uses, and counted again in each element entry below.
    name: '@felles/elements shared element core (localization, form association, announcer, base styles, registration)',
    path: 'packages/elements/src/internal/localize.ts',
    import: {
      'packages/elements/src/internal/localize.ts': '{ LocalizeController }',
      'packages/elements/src/internal/form-control.ts': '{ FormControlMixin }',
      'packages/elements/src/internal/announcer.ts': '{ announce }',
      'packages/elements/src/internal/styles.ts': '{ baseStyles }',
      'packages/elements/src/internal/define.ts': '{ define }',
    },
    // Built the way the package build does it: production flags and minified css`` literals.
    modifyEsbuildConfig: (config) => ({
      ...without('./live-region.js', './fallback-colours.js')(config),
      define: { ...config.define, __DEV__: 'false' },
      plugins: [...(config.plugins ?? []), minifyCssLiterals],
    }),
    ignore: lit,
    gzip: true,
    limit: '2.30 kB',
  },
  {
    // Generated from the theme (tools/fallback-colours.mjs): 473 B for 22 colours, 517 B for the 25 the
    // elements use with Designsystemet's secondary button (text-subtle, border-strong, surface hover/active).
    name: '@felles/elements default colours (loaded only on a page without a Designsystemet theme)',
    path: 'packages/elements/src/internal/fallback-colours.ts',
    gzip: true,
    limit: '0.55 kB',
  },
  {
    // The class is imported (not define.js) because the registration lands in a shared chunk that
    // "sideEffects" does not name, so a bundler drops it; counting the class measures what a page ships.
    // The hand-built option rows and Custom Highlight marking (options.ts) add about 0.36 kB; the hint
    // (attribute, slot, aria-describedby), the invalid message shown once (no browser bubble, focus to
    // the first invalid field) and status lines that clicks pass through 0.21 kB (6.92 → 7.13 kB).
    // The shared OptionList controller (<mark> fallback, highlight cleanup on removal) 0.23 kB more (7.19 → 7.42 kB).
    // 8.78 kB once the element moved onto the shared combobox, async and choice controllers (+1.36 kB):
    // code a page with the organisation lookup as well loads once for both. 9.17 kB with the LookupField
    // base both lookups share, its static noScriptFallback() and the fallback's focus moving into the field.
    name: '@felles/elements/address-lookup (first render, before the client loads)',
    path: 'packages/elements/dist/address-lookup/index.js',
    import: '{ FellesAddressLookup }',
    ignore: [...lit, '@felles/client-adresser'],
    modifyEsbuildConfig: without(onDemand, clients),
    gzip: true,
    limit: '9.63 kB',
  },
  {
    // The search-only address client (client-core, valibot) comes with import() on the first search.
    // Measured 10.64 kB once client-core refused cross-origin redirects and bounded response sizes,
    // 11.62 kB with the hint and the invalid message shown once (11.42 kB before).
    // 11.92 kB with the shared OptionList controller (11.70 kB before); 13.24 kB on the shared combobox,
    // async and choice controllers; 13.61 kB on the LookupField base, with its static noScriptFallback().
    name: '@felles/elements/address-lookup (element + address client)',
    path: 'packages/elements/dist/address-lookup/index.js',
    import: '{ FellesAddressLookup }',
    ignore: lit,
    modifyEsbuildConfig: without(onDemand),
    gzip: true,
    limit: '14.29 kB',
  },
  {
    // Built on the shared behaviour layer: the combobox controller, the AsyncController, errorKind and the
    // combobox styles (internal/) are counted here and shared with any other element that uses them.
    // 8.11 → 9.95 kB once it moved onto the address lookup's layer too (LookupField, ChoiceController,
    // OptionList, LookupSearch, the combobox field): what a page with both lookups loads once.
    name: '@felles/elements/organisation-lookup (first render, before the client loads)',
    path: 'packages/elements/dist/organisation-lookup/index.js',
    import: '{ FellesOrganisationLookup }',
    ignore: [...lit, '@felles/client-enhetsregisteret'],
    modifyEsbuildConfig: without(onDemand, clients),
    gzip: true,
    limit: '10.45 kB',
  },
  {
    // The Enhetsregisteret client (client-core, valibot) comes with import() on the first search.
    // 14.18 → 16.00 kB on the address lookup's layer.
    name: '@felles/elements/organisation-lookup (element + Enhetsregisteret client)',
    path: 'packages/elements/dist/organisation-lookup/index.js',
    import: '{ FellesOrganisationLookup }',
    ignore: lit,
    modifyEsbuildConfig: without(onDemand),
    gzip: true,
    limit: '16.80 kB',
  },
  {
    // Its own code only: measured from its source with the shared layer (../internal/: the element core,
    // the lookup field, the combobox, choice, option-list and async controllers, the combobox styles) left
    // out. 4.49 → 3.34 kB once the field, its options and its search status came from the shared layer.
    name: '@felles/elements/organisation-lookup (its own code, beyond Lit and the shared layer)',
    path: 'packages/elements/src/organisation-lookup/index.ts',
    import: '{ FellesOrganisationLookup }',
    ignore: [...lit, '@felles/client-enhetsregisteret'],
    modifyEsbuildConfig: (config) => ({
      ...without('../internal/*', './load-client.js', './messages.nn.js', './messages.en.js', './messages.se.js')(config),
      define: { ...config.define, __DEV__: 'false' },
      plugins: [...(config.plugins ?? []), minifyCssLiterals],
    }),
    gzip: true,
    limit: '3.51 kB',
  },
  {
    // What a page using href mode (the recommended backend login) downloads: the button and the shared
    // element core. The public-client code and the console's misconfiguration texts come with import()
    // only when needed, so they are left out here, like the OpenID client.
    name: '@felles/elements/id-login-button (href mode, without the lazily loaded public client)',
    path: 'packages/elements/dist/id-login-button/define.js',
    import: '*',
    ignore: [...lit, '@felles/client-idporten'],
    modifyEsbuildConfig: without(onDemand),
    gzip: true,
    limit: '4.73 kB',
  },
  {
    name: '@felles/elements/id-login-button (public-client mode, with oauth4webapi)',
    path: 'packages/elements/dist/id-login-button/define.js',
    import: '*',
    ignore: lit,
    modifyEsbuildConfig: without(onDemand.filter((glob) => glob !== './public-client-*')),
    gzip: true,
    limit: '17.73 kB',
  },
  {
    // Given `request` (or its own client), the dialog never imports the consent client. Over its budget
    // (6.48 kB) since the shared core learned the Bokmål fallback of dates: 6.54 kB then; 6.62 kB with
    // Designsystemet's secondary buttons, dialog corners and shadow. 8.01 kB (7.11 before, +0.90 kB) on the
    // shared AsyncController (about 0.7 kB) and DecisionDelivery: code the consent list shares.
    name: '@felles/elements/consent-dialog (without the consent client)',
    path: 'packages/elements/dist/consent-dialog/define.js',
    import: '*',
    ignore: [...lit, '@felles/client-samtykke'],
    modifyEsbuildConfig: without(onDemand, clients),
    gzip: true,
    limit: '8.41 kB',
  },
  {
    // With `endpoint`: the client (client-samtykke, client-core, valibot) comes with import().
    // 11.19 kB with the Bokmål fallback of dates in the shared core (budget 11.10 kB before), 11.28 kB
    // with Designsystemet's secondary buttons, dialog corners and shadow; 12.56 kB (11.70 before) on the
    // shared AsyncController and DecisionDelivery.
    name: '@felles/elements/consent-dialog (with the consent client)',
    path: 'packages/elements/dist/consent-dialog/define.js',
    import: '*',
    ignore: lit,
    modifyEsbuildConfig: without(onDemand),
    gzip: true,
    limit: '13.19 kB',
  },
  {
    // Includes the shared AsyncController (internal/async-controller.ts, about 0.65 kB), which the other
    // elements that load data will share. 9.83 → 9.87 kB with Designsystemet's secondary button tokens,
    // 9.96 kB with names shown in Bokmål marked lang="nb". 10.56 kB (10.05 before) with withdrawals
    // delivered by the dialog's DecisionDelivery (backoff, one key per withdrawal, isRetryable).
    name: '@felles/elements/consent-list (with the consent client)',
    path: 'packages/elements/dist/consent-list/define.js',
    import: '*',
    ignore: lit,
    modifyEsbuildConfig: without(onDemand),
    gzip: true,
    limit: '11.09 kB',
  },
  {
    // What a page showing built-in events downloads: the stepper, the shared element core and the
    // life-events helpers. Loaded with import() only when needed, so left out: the event's data (one file
    // per event, below), the validator (only for a page's own definition), Nynorsk, English or Sámi texts
    // (with the first event shown in them). 5.35 → 5.95 kB with the shared AsyncController and the Bokmål
    // error texts in its one dictionary.
    name: '@felles/elements/life-event-stepper (beyond Lit, shared element core included)',
    path: 'packages/elements/dist/life-event-stepper/define.js',
    import: '*',
    ignore: [...lit, '@felles/life-events/schema'],
    modifyEsbuildConfig: (config) => ({ ...without(onDemand, './events/*')(config), format: 'esm' }),
    gzip: true,
    limit: '6.03 kB',
  },
  {
    // The stepper's own code: measured from its source with the shared element core (../internal/, paid
    // once per page, above) left out. 4.15 → 4.25 kB with the Bokmål error texts and serverProperties().
    name: '@felles/elements/life-event-stepper (its own code, beyond Lit and the shared core)',
    path: 'packages/elements/src/life-event-stepper/define.ts',
    import: '*',
    ignore: [...lit, '@felles/life-events/schema'],
    modifyEsbuildConfig: (config) => ({
      ...without('../internal/*', './events/*', './messages.nn.js', './messages.en.js', './messages.se.js')(config),
      format: 'esm',
    }),
    gzip: true,
    limit: '4.33 kB',
  },
  {
    name: '@felles/life-events: one event, loaded when shown (start-business, the largest)',
    path: 'packages/life-events/dist/events/start-business.js',
    import: '*',
    gzip: true,
    limit: '4.62 kB',
  },
  {
    name: "@felles/life-events/schema (the validator, loaded only for a page's own definition)",
    path: 'packages/life-events/dist/schema.js',
    import: '*',
    gzip: true,
    limit: '3.27 kB',
  },
  {
    // For pages without a bundler: Lit, every element, the clients, Lit's hydration support, every life
    // event and every language, in one file. What the per-element entries load on demand is all inside.
    // 64.37 kB before the Sámi texts of the stepper, the address lookup and the login button and the
    // address lookup's hint, 65.29 kB with them, 65.54 kB with Designsystemet's contextual colours,
    // secondary buttons, links and dialog frame; 72.64 kB once the organisation lookup and the
    // Enhetsregisteret client came in (+7.4 kB).
    name: '@felles/elements/bundle.js with everything it can load (Lit included)',
    path: 'packages/elements/dist/felles.bundle.js',
    gzip: true,
    limit: '76.28 kB',
  },
  {
    // What a page without a bundler downloads before anything is used: the entry file and the chunks it
    // imports statically; texts in other languages, the clients and the life-event data come when needed.
    name: '@felles/elements/bundle.js, what a page loads first (Lit included)',
    path: 'packages/elements/dist/felles.bundle.js',
    gzip: true,
    modifyEsbuildConfig: without(bundleLoadedLater()),
    limit: '37.30 kB',
  },
];

/**
 * The chunks beside the CDN bundle (`dist/felles.bundle/`) that only an `import()` reaches: everything
 * not in the static import closure of `dist/felles.bundle.js`.
 */
function bundleLoadedLater() {
  const dist = join(__dirname, 'packages/elements/dist');
  if (!existsSync(join(dist, 'felles.bundle'))) return [];
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, path] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) {
      visit(file.includes('/') ? `felles.bundle/${path}` : path);
    }
  };
  visit('felles.bundle.js');
  return readdirSync(join(dist, 'felles.bundle'))
    .map((name) => `felles.bundle/${name}`)
    .filter((file) => !eager.has(file))
    .map((file) => `./${file.slice('felles.bundle/'.length)}`)
    .flatMap((name) => [name, `./felles.bundle/${name.slice(2)}`]);
}
