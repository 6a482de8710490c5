/**
 * A control for the memory check: the floor element, except that every instance is kept in a list, as a
 * forgotten listener or cache would keep it. The check must flag it; if it ever stops doing so, the check
 * has stopped working.
 */
import { LitElement, html } from 'lit';
import { updated } from './wait.js';

export const tag = 'bench-leak';
/** @type {HTMLElement[]} */
const kept = [];
customElements.define(
  tag,
  class extends LitElement {
    /** @override */
    render() {
      return html`<p>kept</p>`;
    }
  },
);

export function create() {
  const el = document.createElement(tag);
  kept.push(el);
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);
