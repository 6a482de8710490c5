import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComboboxController } from './combobox-controller.js';

/*
 * The options of a combobox's listbox, built by hand rather than by a Lit template: an option is its
 * <li> and the few elements and text nodes it shows, where a template with a part per text and markers
 * per item makes three times as many, and layout of a long list takes twice as long. Options are kept
 * by what they show, so a keystroke that narrows the list replaces nothing, and typed words are marked
 * with the CSS Custom Highlight API, so moving a match touches no node either.
 */

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot?: ParentNode };
type Child = Node | string;

export interface OptionListOptions<T> {
  /** The combobox the listbox belongs to: options show while it is expanded, and its active one is selected. */
  combobox: ComboboxController;
  /** The items of the answer shown. */
  items: () => readonly T[];
  /** An answer is on its way: while the popup is open the options stay as they are, to be kept if still shown. */
  pending?: () => boolean;
  /** What an item's option shows: an option whose key is unchanged is kept as it is. */
  key: (item: T) => string;
  /** Builds an item's option: an `<li>` from `h()`, given its `role`, `part`, `id` and `aria-selected` here. */
  build: (item: T) => HTMLElement;
  /** Words to mark in each option's first text, and the name of the highlight that `::highlight()` styles. */
  matches?: { name: string; words: () => readonly string[] };
  /** The start of each option's id, as the combobox controller's `idPrefix`. Default `option-`. */
  idPrefix?: string;
}

/** The CSS Custom Highlight API marks matches without touching the DOM, where the browser has it. */
const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
/** What each option shows, so an option whose text did not change is kept as it is. */
const shownKey = new WeakMap<Element, string>();

/** An element with attributes and children; strings become text nodes, so nothing is parsed as markup. */
export function h(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Splits `text` into parts, marking those that match a typed word (case-insensitive). */
export function highlight(text: string, words: readonly string[]): { text: string; match: boolean }[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    const w = word.toLowerCase();
    for (let i = lower.indexOf(w); i !== -1; i = lower.indexOf(w, i + 1)) marked.fill(true, i, i + w.length);
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marked[i]! });
  }
  return parts;
}

/** The first text node of an option: where its words are marked. */
function firstText(option: Element): Text | undefined {
  let node = option.firstChild;
  while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild;
  return (node as Text | null) ?? undefined;
}

/**
 * Keeps the host's listbox (`[role="listbox"]` in its render root, rendered empty by the host's template)
 * showing its items: at every update, before the host renders, so the options exist when the
 * `ComboboxController` scrolls the active one into view. It takes its ranges out of the page-wide
 * highlight when the host leaves the page: the highlight lives as long as the page, and its ranges hold
 * their text nodes and so the whole shadow tree.
 */
export class OptionList<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: OptionListOptions<T>;
  /** The page-wide highlight this list marks its matches in (one a name; each list adds and removes its own ranges). */
  #highlight?: Highlight;
  #ranges: Range[] = [];
  #late = false;

  constructor(host: Host, options: OptionListOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page: the next update marks the matches again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#forget();
  }

  hostUpdate(): void {
    this.#late = !this.#update();
  }

  hostUpdated(): void {
    // The first render made the listbox: fill it now.
    if (this.#late) this.#update();
  }

  /** Syncs the listbox; false when it is not rendered yet. */
  #update(): boolean {
    const list = this.#host.renderRoot?.querySelector<HTMLElement>('[role="listbox"]');
    const { combobox, items, pending } = this.#options;
    if (list && !(combobox.isOpen && pending?.())) this.#sync(list, combobox.expanded ? items() : []);
    return Boolean(list);
  }

  #sync(list: HTMLElement, items: readonly T[]): void {
    const { key, build, combobox, matches, idPrefix = 'option-' } = this.#options;
    const words = matches?.words() ?? [];
    // Without the API the matches are <mark>s, so an option is rebuilt when the typed words change.
    const marks = !highlights && words.length > 0;
    const wordsKey = marks ? `\n${words.join(' ').toLowerCase()}` : '';
    // Options are matched by what they show, not their place: narrowing a list keeps the options it keeps.
    const unused = new Map<string, Element>();
    for (const option of list.children) {
      const shown = shownKey.get(option);
      if (shown !== undefined && !unused.has(shown)) unused.set(shown, option);
    }
    const wanted = items.map((item) => {
      const shown = key(item) + wordsKey;
      const kept = unused.get(shown);
      if (kept) {
        unused.delete(shown);
        return kept;
      }
      const fresh = build(item);
      fresh.setAttribute('role', 'option');
      fresh.setAttribute('part', 'option');
      if (marks) markText(fresh, words);
      shownKey.set(fresh, shown);
      return fresh;
    });
    const keep = new Set(wanted);
    for (const option of [...list.children]) if (!keep.has(option)) option.remove();
    const current = combobox.active;
    wanted.forEach((option, i) => {
      // Kept options are already in order when the list only narrowed, so nothing moves.
      if (list.children[i] !== option) list.insertBefore(option, list.children[i] ?? null);
      const id = `${idPrefix}${i}`;
      if (option.id !== id) option.id = id;
      const selected = i === current ? 'true' : 'false';
      if (option.getAttribute('aria-selected') !== selected) option.setAttribute('aria-selected', selected);
    });
    if (highlights && matches) this.#mark(wanted, words, matches.name);
  }

  #mark(options: Element[], words: readonly string[], name: string): void {
    this.#forget();
    let marked = highlights!.get(name);
    if (!marked) highlights!.set(name, (marked = new Highlight()));
    this.#highlight = marked;
    for (const option of options) {
      const text = firstText(option);
      let at = 0;
      for (const part of text ? highlight(text.data, words) : []) {
        if (part.match) {
          const range = new Range();
          range.setStart(text!, at);
          range.setEnd(text!, at + part.text.length);
          marked.add(range);
          this.#ranges.push(range);
        }
        at += part.text.length;
      }
    }
  }

  #forget(): void {
    for (const range of this.#ranges) this.#highlight?.delete(range);
    this.#ranges = [];
  }
}

/** Marks the words in an option's first text with <mark>s, where the browser has no Custom Highlight API. */
function markText(option: Element, words: readonly string[]): void {
  const text = firstText(option);
  if (!text) return;
  text.replaceWith(...highlight(text.data, words).map((part) => (part.match ? h('mark', {}, part.text) : part.text)));
}
