/** Registers every Felles element: for pages without a bundler. Prefer one `<name>/define.js` per element. */
export * from './index.js';
