/**
 * Every element, Lit included, for pages without a bundler (a CDN, or the service's own
 * server): `<script type="module" src="/felles.bundle.js"></script>`. It registers every tag,
 * hydrates server-rendered elements, and exports the classes. What the elements load only when needed
 * (clients, other languages' texts, life-event data) is built into `felles.bundle/` beside it.
 */
import './hydrate.js';
export * from './all.js';
