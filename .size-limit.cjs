/**
 * Size budgets for what ships to browsers, min+gzip, measured as a page would bundle it (esbuild).
 * "Beyond Lit": Lit is shared by every element on a page, so each budget leaves it out.
 * Budgets sit about 5 % above the measured size, so a real regression fails the check.
 */
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

module.exports = [
  {
    name: '@felles/elements (classes, no registration)',
    path: 'packages/elements/dist/index.js',
    import: '*',
    ignore: lit,
    gzip: true,
    limit: '1 kB',
  },
];
