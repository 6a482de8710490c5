/**
 * Light-DOM fallbacks: what an element needs inside it so the page works with JavaScript off.
 *
 * The server-rendered shadow DOM already shows the login link, every step of a life event and the
 * consent text. A form field is different: a field inside a shadow root is never submitted by a form
 * without script, so a lookup gets a plain labelled `<input>` with its `name`, which it shows until it
 * is defined and then disables (so the value is not sent twice).
 *
 * An element describes its own fallback with a static `noScriptFallback(attributes)` returning a label
 * and the attributes of a plain `<input>` (see {@link NoScriptField}); this module knows no element and
 * only writes that as escaped HTML, so a new field needs no change here.
 */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What an element's static `noScriptFallback(attributes)` returns: a label and a plain input's attributes. */
export interface NoScriptField {
  label: string;
  /** `true` writes a boolean attribute, `false` or `''` (for anything but `value`) leaves it out. */
  input: Record<string, string | boolean>;
}

const NAME = /^[a-z][a-z0-9-]*$/;

function field({ label, input }: NoScriptField): string {
  const attrs = Object.entries(input)
    .filter(([name, value]) => NAME.test(name) && value !== false && (value !== '' || name === 'value'))
    .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(String(value))}"`));
  return `<label>${escapeHtml(label)} <input ${attrs.join(' ')}></label>`;
}

/** The fallback light DOM for `tag` with these attributes, or `undefined` when it needs none. */
export function fallbackFor(tag: string, attributes: Attributes): string | undefined {
  const own = (customElements.get(tag) as { noScriptFallback?: (attributes: Attributes) => NoScriptField | undefined } | undefined)?.noScriptFallback;
  const described = own?.(attributes);
  return described && field(described);
}
