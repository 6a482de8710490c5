import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEV, warnOnce } from './dev.js';
import { DEFAULT_LANG, INTL_LOCALE, normalizeLang, resolveLang, type Lang } from './lang.js';

type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/**
 * A component's texts. Bokmål and English are complete by type; Nynorsk and Northern Sámi may miss a
 * key, which then falls back to Bokmål (and warns in development), so a missing translation shows a
 * readable Norwegian text instead of a key.
 */
export interface Dictionary<M extends Messages> {
  nb: M;
  en: { [K in keyof M]: M[K] };
  nn: Partial<{ [K in keyof M]: M[K] }>;
  se: Partial<{ [K in keyof M]: M[K] }>;
}

export function defineMessages<M extends Messages>(dictionary: Dictionary<M>): Dictionary<M> {
  return dictionary;
}

type Args<T> = T extends (...args: infer A) => string ? A : [];

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

  /** The text for `key` in the current language, falling back to Bokmål. */
  t<K extends keyof M & string>(key: K, ...args: Args<M[K]>): string {
    let message = this.dictionary[this.lang][key] as Message | undefined;
    if (message === undefined) {
      if (DEV) warnOnce(`Missing "${this.lang}" text for "${key}"; showing Bokmål.`);
      message = this.dictionary.nb[key] as Message;
    }
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  date(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return new Intl.DateTimeFormat(this.locale, options).format(new Date(value));
  }

  /** A plural category for `count` (`one`, `other`), for messages that need it. */
  plural(count: number): Intl.LDMLPluralRule {
    return new Intl.PluralRules(this.locale).select(count);
  }
}
