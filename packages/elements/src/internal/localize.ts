import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEV, warnOnce } from './dev.js';
import { DEFAULT_LANG, INTL_LOCALE, normalizeLang, resolveLang, type Lang } from './lang.js';

type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

type Complete<M> = { [K in keyof M]: M[K] };

/** A language's texts, or a loader of the module whose default export they are (`() => import('./messages.en.js')`). */
export type Texts<T> = T | (() => Promise<{ default: T }>);

/**
 * A component's texts. Bokmål and English are complete by type; Nynorsk and Northern Sámi may miss a
 * key, which then falls back to Bokmål (and warns in development), so a missing translation shows a
 * readable Norwegian text instead of a key. Bokmål always ships with the component; any other language
 * may be a loader instead, so a page downloads only the languages it shows.
 */
export interface Dictionary<M extends Messages> {
  nb: M;
  en: Texts<Complete<M>>;
  nn: Texts<Partial<Complete<M>>>;
  se: Texts<Partial<Complete<M>>>;
}

export function defineMessages<M extends Messages>(dictionary: Dictionary<M>): Dictionary<M> {
  return dictionary;
}

/** Loads in flight or done, shared by every element using the same dictionary. */
const loading = new WeakMap<object, Promise<void>>();

/**
 * Loads the texts of `lang` into the dictionary, once (a no-op for languages that ship inline). For a
 * server render in that language, and for tests; elements load what they need by themselves.
 */
export function loadTexts(dictionary: Dictionary<Messages>, lang: Lang): Promise<void> {
  const texts = dictionary[lang];
  if (typeof texts !== 'function') return Promise.resolve();
  let promise = loading.get(texts);
  if (!promise) {
    promise = texts().then(
      (module) => {
        (dictionary as Record<Lang, unknown>)[lang] = module.default;
      },
      (error: unknown) => {
        // A failed download is tried again by the next element (or language change) that needs it.
        loading.delete(texts);
        throw error;
      },
    );
    loading.set(texts, promise);
  }
  return promise;
}

type Args<T> = T extends (...args: infer A) => string ? A : [];

const formatters = new Map<string, { format(value: never): string }>();

/**
 * One `Intl` formatter per kind, locale and options for the page: creating one takes far longer than
 * formatting with it, and a stepper formats a number for every step on every render.
 */
function formatter<O, F extends { format(value: never): string }>(kind: new (locale: string, options?: O) => F, locale: string, options?: O): F {
  const key = `${kind.name} ${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) formatters.set(key, (found = new kind(locale, options)));
  return found;
}

/**
 * The locale `Intl` formats in: the language's own when this browser has data for it, otherwise
 * Bokmål. A browser without Nynorsk or Sámi data (Chromium ships neither) would silently format in its
 * own default locale ("March 2, 2027" on a Nynorsk page); Bokmål dates and numbers read right to both.
 */
export function formatLocale(locale: string): string {
  return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : INTL_LOCALE[DEFAULT_LANG];
}

/** Controllers of connected elements; one observer re-resolves them when any `lang` above them changes. */
const connected = new Set<LocalizeController<Messages>>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/** Observes the document and every shadow root between it and the element. */
function observeAncestry(element: Element): void {
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    observeRoot(root);
    root = root.host.getRootNode();
  }
  if (globalThis.document) observeRoot(globalThis.document);
}

/**
 * Gives a component its texts in the language of the nearest `lang` attribute (its own wins), through
 * shadow roots, and re-renders the component when that language changes.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  #lang: Lang = DEFAULT_LANG;
  /** The language last asked for by hostUpdate: loading, loaded or failed. */
  #loading?: Lang;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dictionary: Dictionary<M>,
  ) {
    host.addController(this);
  }

  get lang(): Lang {
    // A server render never connects the element: its own `lang` attribute is all it can see.
    if (isServer) return normalizeLang(this.host.getAttribute('lang')) ?? DEFAULT_LANG;
    return this.#lang;
  }

  /** The BCP 47 tag for `Intl` and for `lang` attributes of rendered text. */
  get locale(): string {
    return INTL_LOCALE[this.lang];
  }

  hostConnected(): void {
    connected.add(this as LocalizeController<Messages>);
    observeAncestry(this.host);
    this.#lang = resolveLang(this.host);
  }

  /** The page's language loads at the element's first update, shown or not, so it is ready when needed. */
  hostUpdate(): void {
    const lang = this.lang;
    if (isServer || this.#loading === lang || typeof this.dictionary[lang] !== 'function') return;
    this.#loading = lang;
    loadTexts(this.dictionary as Dictionary<Messages>, lang).then(
      () => this.host.requestUpdate(),
      // Not downloadable now (offline): Bokmål stays, rather than asking again at every update.
      () => {},
    );
  }

  hostDisconnected(): void {
    connected.delete(this as LocalizeController<Messages>);
  }

  /** Re-resolves the language; re-renders only when it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next === this.#lang) return;
    this.#lang = next;
    this.host.requestUpdate();
  }

  /**
   * The language the texts are shown in: the page's, or Bokmål while the page's texts are loading. Put
   * it on rendered text as `lang`, so screen readers pronounce it right.
   */
  get textLang(): Lang {
    return typeof this.dictionary[this.lang] === 'function' ? DEFAULT_LANG : this.lang;
  }

  /** The text for `key` in the current language, falling back to Bokmål (also while the language loads). */
  t<K extends keyof M & string>(key: K, ...args: Args<M[K]>): string {
    const texts = this.dictionary[this.lang];
    // A language still loading (hostUpdate asked for it) shows Bokmål until it is in.
    let message = typeof texts === 'function' ? undefined : (texts[key] as Message | undefined);
    if (message === undefined) {
      if (DEV && typeof texts !== 'function') warnOnce(`Missing "${this.lang}" text for "${key}"; showing Bokmål.`);
      message = this.dictionary.nb[key]!;
    }
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
  }

  /** The BCP 47 tag numbers and dates are formatted in: {@link locale}, or Bokmål when `Intl` lacks it. */
  get formatLocale(): string {
    return formatLocale(this.locale);
  }

  /** `value` formatted by `Intl.NumberFormat` in {@link formatLocale}. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatter(Intl.NumberFormat, this.formatLocale, options).format(value);
  }

  /**
   * `value` formatted by `Intl.DateTimeFormat` (a long date by default) in {@link formatLocale}. An
   * element that writes long dates on a render path uses `longDate()` (`long-date.ts`) instead: the
   * same text, without the page's first-`Intl` cost.
   */
  date(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return formatter(Intl.DateTimeFormat, this.formatLocale, options).format(new Date(value));
  }
}
