/**
 * Aksel's components are React components: each adapter renders one into a container with `createRoot`, as a
 * React 19 app's entry does, and commits it synchronously (`flushSync`) so that the first render is measured.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** @typedef {HTMLElement & { root?: import('react-dom/client').Root }} Container */

export function container() {
  return /** @type {Container} */ (document.createElement('div'));
}

/** @param {Container} el @param {import('react').ReactNode} node */
export function renderNow(el, node) {
  const root = (el.root ??= createRoot(el));
  flushSync(() => root.render(node));
}

/** @param {Container} el */
export function unmount(el) {
  el.root?.unmount();
  el.root = undefined;
}
