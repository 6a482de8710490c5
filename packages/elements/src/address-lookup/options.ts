import { highlight } from './format.js';

/*
 * The suggestion rows, built by hand rather than by a Lit template: a row is five nodes (the <li>,
 * the street's text, a <br>, the <span> of the second line and its text), where a template with a
 * part per text and markers per item made about nineteen, and layout of a long list doubled.
 * The <br> breaks the line and keeps a space between street and postcode in the accessible name.
 */

/** The CSS Custom Highlight API marks matches without touching the DOM, where the browser has it. */
const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
/** The name used by `::highlight()` in the element's styles. */
export const HIGHLIGHT_NAME = 'felles-address-match';
/** One Highlight for the document; each list adds and removes its own ranges. */
let shared: Highlight | undefined;
/** What each row shows, so a row whose text did not change is kept as it is. */
const shownText = new WeakMap<Element, string>();
/** The ranges each list added to the shared highlight. */
const listRanges = new WeakMap<Element, Range[]>();

/** One row's content: the street (highlighted) and the second line (postcode, place, municipality). */
export interface OptionRow {
  street: string;
  place: string;
}

function buildRow(row: OptionRow, words: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'option');
  li.setAttribute('part', 'option');
  if (highlights) li.append(row.street);
  else {
    // Without the API the matches are <mark>s, so the row is rebuilt when the typed words change.
    for (const p of highlight(row.street, words)) {
      if (!p.match) li.append(p.text);
      else li.appendChild(document.createElement('mark')).textContent = p.text;
    }
  }
  const place = document.createElement('span');
  place.className = 'place';
  // The space is collapsed after the <br> on screen; it stays in the text for copying and search.
  place.textContent = ` ${row.place}`;
  li.append(document.createElement('br'), place);
  return li;
}

/**
 * Makes `list` show `rows`, with option `active` selected: rows whose text is unchanged are kept, so a
 * keystroke that narrows the list replaces nothing, and only the highlighted ranges move.
 */
export function syncOptions(list: HTMLElement, rows: OptionRow[], active: number, words: string[]): void {
  const wordsKey = highlights ? '' : `\n${words.join(' ').toLowerCase()}`;
  // Rows are matched by their text, not their place: narrowing a list keeps the rows it keeps.
  const unused = new Map<string, Element>();
  for (const li of list.children) {
    const key = shownText.get(li);
    if (key !== undefined && !unused.has(key)) unused.set(key, li);
  }
  const wanted = rows.map((row) => {
    const key = `${row.street}\n${row.place}${wordsKey}`;
    const kept = unused.get(key);
    if (kept) {
      unused.delete(key);
      return kept;
    }
    const fresh = buildRow(row, words);
    shownText.set(fresh, key);
    return fresh;
  });
  const keep = new Set(wanted);
  for (const li of [...list.children]) if (!keep.has(li)) li.remove();
  wanted.forEach((li, i) => {
    // Kept rows are already in order when the list only narrowed, so nothing moves.
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
    const id = `option-${i}`;
    if (li.id !== id) li.id = id;
    const selected = i === active ? 'true' : 'false';
    if (li.getAttribute('aria-selected') !== selected) li.setAttribute('aria-selected', selected);
  });
  if (highlights) markMatches(list, rows, words);
}

/**
 * Takes a list's ranges out of the document-wide highlight. The highlight lives as long as the page, and
 * its ranges hold their text nodes, so a list that leaves the page without this stays in memory with its
 * whole shadow tree.
 */
export function forgetMatches(list: HTMLElement): void {
  for (const range of listRanges.get(list) ?? []) shared?.delete(range);
  listRanges.delete(list);
}

function markMatches(list: HTMLElement, rows: OptionRow[], words: string[]): void {
  if (!shared) highlights!.set(HIGHLIGHT_NAME, (shared = new Highlight()));
  for (const range of listRanges.get(list) ?? []) shared.delete(range);
  const ranges: Range[] = [];
  rows.forEach((row, i) => {
    const text = list.children[i]!.firstChild!;
    let at = 0;
    for (const p of highlight(row.street, words)) {
      if (p.match) {
        const range = new Range();
        range.setStart(text, at);
        range.setEnd(text, at + p.text.length);
        shared!.add(range);
        ranges.push(range);
      }
      at += p.text.length;
    }
  });
  listRanges.set(list, ranges);
}
