import { Untranslated } from '../i18n/dictionary.js';

/**
 * Server-side HTML with escaping by default: every value put into an `html` template is escaped
 * unless it is itself `Html` (a template built the same way). API data and the person's input can
 * therefore never become markup by accident; raw markup needs an explicit `Html` made here.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] as string);
}

/** Something a template accepts: text (escaped), markup, a list of either, or nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Where a value cannot be put in an element of its own: an attribute's value, or the text of an
 * element that holds text only.
 */
const textOnly = /(=\s*["']?|<(title|option|textarea)\b[^>]*>)$/i;

function render(value: HtmlValue, before = ''): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((item) => render(item, before)).join('');
  // Bokmål on a page in another language says so (see `Untranslated`), where markup can.
  if (value instanceof Untranslated) {
    const text = escapeHtml(String(value));
    return textOnly.test(before) ? text : `<span lang="${value.lang}">${text}</span>`;
  }
  // `false`, `null` and `undefined` render nothing, so `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value, strings[i]) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/**
 * Data for the page's script, in a `<script type="application/json">` the browser never executes.
 * `<` is written as `\u003c` so no value can close the script element; U+2028/9 are escaped for
 * old JSON parsers.
 */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}

/** Attributes from a map: `true` gives a bare attribute, `false`/`undefined`/`null` leaves it out. */
export function attrs(map: Record<string, string | number | boolean | null | undefined>): Html {
  return new Html(
    Object.entries(map)
      .filter(([, value]) => value !== false && value !== null && value !== undefined)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
      .join(''),
  );
}

/**
 * `url` when it is an http(s) URL, else `undefined`: a URL from an API becomes a link only then, so
 * a `javascript:` or `data:` URL a schema lets through never becomes one. As the elements check it.
 */
export function httpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
