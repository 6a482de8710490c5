/**
 * Every element in one file, Lit included, for pages without a bundler (a CDN, or the service's own
 * server): `<script type="module" src="/felles.bundle.js"></script>`. It registers every tag,
 * hydrates server-rendered elements, and exports the classes.
 */
import './hydrate.js';
export * from './all.js';
