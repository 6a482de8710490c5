import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { PROPERTIES_ATTRIBUTE } from './constants.js';

/**
 * JSON that is safe inside `<script>`: `<` is escaped, so a value containing `</script>` (or `<!--`)
 * cannot end the script early and inject markup.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The `<script type="application/json">` that hands an element its server-side properties in the
 * browser. Put it right after an element rendered with `defer-hydration` and those properties:
 *
 *   html`<felles-consent-dialog defer-hydration .request=${request}></felles-consent-dialog>${propertiesScript({ request })}`
 *
 * `@felles/elements/hydrate.js` sets the properties, then lets the element hydrate. Values must be
 * JSON (no functions, no class instances beyond plain data).
 */
export function propertiesScript(properties: Record<string, unknown>): ReturnType<typeof unsafeHTML> {
  return unsafeHTML(`<script type="application/json" ${PROPERTIES_ATTRIBUTE}>${scriptJson(properties)}</script>`);
}
