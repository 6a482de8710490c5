/**
 * Server-side rendering of Felles elements for Node services (Express, Fastify, Next's server, …).
 *
 * - `renderElement(tag, { attributes, properties })`: one element as HTML, for pages built from strings.
 * - `renderToString(template)` / `renderToStream(template)`: a Lit template with elements in it.
 * - `propertiesScript(properties)`: hands server-side properties to an element in a Lit template.
 * - `preloadTexts(['nn', 'en'])`: texts elements load on first use, loaded before `renderToString`.
 *
 * In the browser, load `@felles/elements/hydrate.js` before the elements (the single-file
 * `@felles/elements/bundle.js` does both). Services on other platforms (Java, .NET) write the light-DOM
 * fallbacks themselves; the elements document them.
 */
export { renderElement, type RenderElementOptions } from './element.js';
export { renderToStream, renderToString } from './render.js';
export { loadTexts, preloadTexts } from './texts.js';
export { propertiesScript, scriptJson } from './properties.js';
export { fallbackFor, type Attributes, type NoScriptField } from './fallbacks.js';
export { PROPERTIES_ATTRIBUTE } from './constants.js';
