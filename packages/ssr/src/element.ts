import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fallbackFor, type Attributes } from './fallbacks.js';
import { propertiesScript } from './properties.js';
import { renderToString } from './render.js';
import { loadTexts } from './texts.js';

export interface RenderElementOptions {
  /** Attributes as in HTML (`'min-chars': 3`, `required: true`); `false`, `null` and `undefined` leave one out. */
  attributes?: Attributes;
  /**
   * Properties attributes cannot carry (objects, arrays). The server renders with them and with what
   * the element's static `serverProperties()` adds (see {@link ServerProperties}), and the browser gets
   * them all as JSON after the element, which waits for them (`defer-hydration`) before it hydrates.
   * Values must be JSON.
   */
  properties?: Record<string, unknown>;
  /**
   * Light-DOM HTML inside the element, trusted as is (not escaped). By default the fallback the element
   * describes for pages without JavaScript (see `fallbackFor`); give `''` for none.
   */
  children?: string;
}

const TAG = /^felles-[a-z0-9]+(-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const PROPERTY = /^[A-Za-z_$][\w$]*$/;

/**
 * Lit only renders trusted template strings; these are built from checked names only, and cached.
 *
 * `lit/static-html.js` cannot build them: `unsafeStatic` puts a name into a template literal written
 * in the source, whose number of bindings is fixed, while here every attribute and property is a
 * binding of its own and their number varies from call to call. Its `html` would have to be handed
 * an array built like this one (and it builds its own the same way, `strings.raw = strings`).
 */
const stringsCache = new Map<string, TemplateStringsArray>();
function templateStrings(parts: string[]): TemplateStringsArray {
  const key = parts.join('\u0000');
  let strings = stringsCache.get(key);
  if (!strings) {
    strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    stringsCache.set(key, strings);
  }
  return strings;
}

/**
 * The hook an element class may have as a static `serverProperties(attributes, properties)`: it returns
 * the properties its server render needs beyond those given, such as data the element would fetch in
 * the browser, fetched on the server instead so that the server renders the real content. What it
 * returns is added to the given properties and handed to the browser with them; `{}` when it needs
 * nothing. An element without the hook renders with the given properties only.
 */
type ServerProperties = (attributes: Attributes, properties: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The given properties, with what the element's own `serverProperties` hook adds, if it has one. */
async function serverProperties(tag: string, attributes: Attributes, properties: Record<string, unknown>): Promise<Record<string, unknown>> {
  const own = (customElements.get(tag) as { serverProperties?: ServerProperties } | undefined)?.serverProperties;
  return own ? { ...properties, ...(await own(attributes, properties)) } : properties;
}

/**
 * Renders one Felles element to HTML for a page built without Lit templates (any Node server):
 *
 *   const field = await renderElement('felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true } });
 *
 * The result holds the element with its declarative shadow DOM, its no-JavaScript fallback, and, if
 * it has properties, the JSON that `@felles/elements/hydrate.js` hands it in the browser. Data the
 * element needs for its content (named by an attribute, say) is loaded first, by the element's own
 * static `serverProperties()` (see {@link ServerProperties}).
 */
export async function renderElement(tag: string, options: RenderElementOptions = {}): Promise<string> {
  if (!TAG.test(tag) || !customElements.get(tag)) throw new TypeError(`renderElement: <${tag}> is not a Felles element`);
  const attributes = options.attributes ?? {};
  const [properties] = await Promise.all([
    serverProperties(tag, attributes, options.properties ?? {}),
    loadTexts(tag, typeof attributes.lang === 'string' ? attributes.lang : undefined),
  ]);
  const hasProperties = Object.keys(properties).length > 0;

  const parts: string[] = [];
  const values: unknown[] = [];
  let open = `<${tag}${hasProperties ? ' defer-hydration' : ''}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE.test(name)) throw new TypeError(`renderElement: "${name}" is not an attribute name`);
    if (value === undefined || value === null || value === false) continue;
    parts.push(`${open} ${value === true ? '?' : ''}${name}=`);
    values.push(value === true ? true : String(value));
    open = '';
  }
  for (const [name, value] of Object.entries(properties)) {
    if (!PROPERTY.test(name)) throw new TypeError(`renderElement: "${name}" is not a property name`);
    parts.push(`${open} .${name}=`);
    values.push(value);
    open = '';
  }
  parts.push(`${open}>`, `</${tag}>`, '');
  values.push(unsafeHTML(options.children ?? fallbackFor(tag, attributes) ?? ''));
  values.push(hasProperties ? propertiesScript(properties) : '');
  return renderToString(html(templateStrings(parts), ...values));
}
