/**
 * Size budgets for what ships to browsers, min+gzip, measured as a page would bundle it (esbuild).
 * "Beyond Lit": Lit is shared by every element on a page, so each budget leaves it out.
 * Budgets sit about 5 % above the measured size, so a real regression fails the check.
 */
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** The package build's CSS minifier (an ES module), loaded when size-limit runs esbuild. */
const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup: async (build) => (await import('./tools/minify-css-literals.mjs')).minifyCssLiterals().setup(build),
};
/** The consent dialog's texts other than Bokmål, each its own chunk loaded when first shown. */
const consentLanguages = ['./messages.nn-*', './messages.en-*', './messages.se-*'];

module.exports = [
  {
    // Paid once per page whatever elements it uses, and counted again in each element entry below.
    name: '@felles/elements shared element core (localization, form association, announcer, tokens)',
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
      ...config,
      define: { ...config.define, __DEV__: 'false' },
      plugins: [...(config.plugins ?? []), minifyCssLiterals],
    }),
    ignore: lit,
    gzip: true,
    limit: '2.95 kB',
  },
  {
    // The class is imported (not define.js) because the registration lands in a shared chunk that
    // "sideEffects" does not name, so a bundler drops it; counting the class measures what a page ships.
    // Includes the address client (client-core, valibot), loaded with import() on the first search.
    name: '@felles/elements/address-lookup (element + address client)',
    path: 'packages/elements/dist/address-lookup/index.js',
    import: '{ FellesAddressLookup }',
    ignore: lit,
    gzip: true,
    limit: '11.99 kB',
  },
  {
    name: '@felles/elements/address-lookup (first render, before the client loads)',
    path: 'packages/elements/dist/address-lookup/index.js',
    import: '{ FellesAddressLookup }',
    ignore: [...lit, '@felles/client-adresser'],
    gzip: true,
    limit: '7.52 kB',
  },
  {
    // What a page using href mode (the recommended backend login) downloads: the button and the shared
    // element core. The public-client code and the console's misconfiguration texts are loaded with
    // import() only when needed, so they are left out here, like the OpenID client.
    name: '@felles/elements/id-login-button (href mode, without the lazily loaded public client)',
    path: 'packages/elements/dist/id-login-button/define.js',
    import: '*',
    ignore: [...lit, '@felles/client-idporten'],
    modifyEsbuildConfig: (config) => ({ ...config, external: [...(config.external ?? []), './public-client-*', './explain-config-*'] }),
    gzip: true,
    limit: '5.54 kB',
  },
  {
    name: '@felles/elements/id-login-button (public-client mode, with oauth4webapi)',
    path: 'packages/elements/dist/id-login-button/define.js',
    import: '*',
    ignore: lit,
    gzip: true,
    limit: '18.68 kB',
  },
  {
    // Given `request` (or its own client), the dialog never imports the consent client. Bokmål ships with
    // it; Nynorsk, English and Northern Sámi texts (about 0.6 kB each) load with import() when first shown.
    // The target was 4 kB; the shared element core alone (tokens, localization, announcer) is
    // about 2.3 kB of this.
    name: '@felles/elements/consent-dialog (without the consent client)',
    path: 'packages/elements/dist/consent-dialog/define.js',
    import: '*',
    ignore: [...lit, '@felles/client-samtykke'],
    modifyEsbuildConfig: (config) => ({ ...config, external: [...(config.external ?? []), ...consentLanguages] }),
    gzip: true,
    limit: '7.43 kB',
  },
  {
    // With `endpoint`: the client (client-samtykke, client-core, valibot; about 4.7 kB) comes with import().
    // The target was 6 kB.
    name: '@felles/elements/consent-dialog (with the consent client)',
    path: 'packages/elements/dist/consent-dialog/define.js',
    import: '*',
    ignore: lit,
    modifyEsbuildConfig: (config) => ({ ...config, external: [...(config.external ?? []), ...consentLanguages] }),
    gzip: true,
    limit: '12.33 kB',
  },
  {
    name: '@felles/elements/consent-list (with the consent client)',
    path: 'packages/elements/dist/consent-list/define.js',
    import: '*',
    ignore: lit,
    gzip: true,
    limit: '10.22 kB',
  },
  {
    // What a page showing built-in events downloads: the stepper, the shared element core and the
    // life-events helpers. Loaded with import() only when needed, so left out: the event's data (one file
    // per event, below), the validator (only for a page's own definition), Nynorsk or English texts
    // (with the first event shown in them) and the error texts.
    name: '@felles/elements/life-event-stepper (beyond Lit, shared element core included)',
    path: 'packages/elements/dist/life-event-stepper/define.js',
    import: '*',
    ignore: [...lit, '@felles/life-events/schema'],
    modifyEsbuildConfig: (config) => ({
      ...config,
      format: 'esm',
      external: [...(config.external ?? []), './events/*', './errors-*', './messages.nn-*', './messages.en-*'],
    }),
    gzip: true,
    limit: '5.83 kB',
  },
  {
    // The target, 4 kB beyond Lit, for the stepper's own code: measured from its source with the
    // shared element core (../internal/, about 2.1 kB, paid once per page) left out.
    name: '@felles/elements/life-event-stepper (its own code, beyond Lit and the shared core)',
    path: 'packages/elements/src/life-event-stepper/define.ts',
    import: '*',
    ignore: [...lit, '@felles/life-events/schema'],
    modifyEsbuildConfig: (config) => ({
      ...config,
      format: 'esm',
      external: [...(config.external ?? []), '../internal/*', './events/*', './errors.js', './messages.nn.js', './messages.en.js'],
    }),
    gzip: true,
    limit: '4.12 kB',
  },
  {
    name: '@felles/life-events: one event, loaded when shown (start-business, the largest)',
    path: 'packages/life-events/dist/events/start-business.js',
    import: '*',
    gzip: true,
    limit: '4.62 kB',
  },
  {
    name: '@felles/life-events/schema (the validator, loaded only for a page\'s own definition)',
    path: 'packages/life-events/dist/schema.js',
    import: '*',
    gzip: true,
    limit: '3.27 kB',
  },
  {
    // For pages without a bundler: Lit, every element, the clients, Lit's hydration support, every life
    // event and every language, in one file. What the per-element entries load on demand is all inside.
    name: '@felles/elements/bundle.js (one file, Lit and everything included)',
    path: 'packages/elements/dist/felles.bundle.js',
    gzip: true,
    limit: '65.74 kB',
  },
];
