import '@digdir/designsystemet-web/dialog';
import { create as bare } from './native-dialog.js';

export { close, open, rendered } from './native-dialog.js';

/** Not a custom element: the native `<dialog>` with Designsystemet's class and its `closedby` polyfill. */
export const tag = undefined;

export function create() {
  const el = bare();
  el.className = 'ds-dialog';
  el.setAttribute('closedby', 'any');
  return el;
}
