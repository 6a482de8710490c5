/** The floor: one minimal Lit element, so every other figure can be read as "Lit plus this much". */
import { LitElement, html } from 'lit';
import { updated } from './wait.js';

export const tag = 'bench-floor';
customElements.define(
  tag,
  class extends LitElement {
    /** @override */
    render() {
      return html`<p>floor</p>`;
    }
  },
);

export function create() {
  return document.createElement(tag);
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);
