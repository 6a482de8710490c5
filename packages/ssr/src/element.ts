import { isLifeEventId, loadLifeEvent } from '@felles/life-events';
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
   * Properties attributes cannot carry: an `address`, a consent `request`, a life `event`. The server
   * renders with them, and the browser gets them as JSON after the element, which waits for them
   * (`defer-hydration`) before it hydrates. Values must be JSON.
   */
  properties?: Record<string, unknown>;
  /**
   * Light-DOM HTML inside the element, trusted as is (not escaped). By default the fallback the element
   * needs without JavaScript, such as the address lookup's plain `<input>`; give `''` for none.
   */
  children?: string;
}

const TAG = /^felles-[a-z0-9]+(-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const PROPERTY = /^[A-Za-z_$][\w$]*$/;

/** Lit only renders trusted template strings; these are built from checked names only, and cached. */
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
 * Data the element would fetch in the browser, fetched here instead, so the server renders the real
 * content: a built-in life event named by `event-id`.
 */
async function prefetch(tag: string, attributes: Attributes, properties: Record<string, unknown>): Promise<Record<string, unknown>> {
  const eventId = attributes['event-id'];
  if (tag === 'felles-life-event-stepper' && properties.event === undefined && typeof eventId === 'string' && isLifeEventId(eventId)) {
    return { ...properties, event: await loadLifeEvent(eventId) };
  }
  return properties;
}

/**
 * Renders one Felles element to HTML for a page built without Lit templates (any Node server):
 *
 *   const field = await renderElement('felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true } });
 *
 * The result holds the element with its declarative shadow DOM, its no-JavaScript fallback, and, if
 * it has properties, the JSON that `@felles/elements/hydrate.js` hands it in the browser.
 */
export async function renderElement(tag: string, options: RenderElementOptions = {}): Promise<string> {
  if (!TAG.test(tag) || !customElements.get(tag)) throw new TypeError(`renderElement: <${tag}> is not a Felles element`);
  const attributes = options.attributes ?? {};
  const [properties] = await Promise.all([
    prefetch(tag, attributes, options.properties ?? {}),
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
