import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture } from '../../test/fixture.js';
import { ComboboxController } from './combobox-controller.js';
import { OptionList, h, highlight } from './option-list.js';

/** A listbox of words, each option the word and a second line. */
class OptionProbe extends LitElement {
  static override properties = { items: { attribute: false }, pending: { type: Boolean }, typed: {} };
  items: string[] = [];
  pending = false;
  typed = '';
  built = 0;

  readonly combobox = new ComboboxController(this, { count: () => this.items.length, choose: () => {} });
  readonly options = new OptionList<string>(this, {
    combobox: this.combobox,
    items: () => this.items,
    pending: () => this.pending,
    key: (item) => item,
    build: (item) => {
      this.built++;
      return h('li', { 'data-item': item }, item, h('br', {}), h('span', { class: 'second' }, ` about ${item}`));
    },
    matches: { name: 'felles-test-match', words: () => this.typed.split(' ').filter(Boolean) },
  });

  protected override render() {
    return html`<ul role="listbox" aria-label="Words"></ul>`;
  }
}
customElements.define('felles-option-probe', OptionProbe);

const options = (el: OptionProbe) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const marked = () => [...((CSS.highlights.get('felles-test-match') as Set<AbstractRange> | undefined) ?? [])];
const matchesIn = (el: OptionProbe) =>
  marked()
    .filter((range) => el.shadowRoot!.contains(range.startContainer))
    .map((range) => (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset));

async function probe(items: string[], typed = ''): Promise<OptionProbe> {
  const el = await fixture<OptionProbe>(html`<felles-option-probe .items=${items} typed=${typed}></felles-option-probe>`);
  el.combobox.show();
  await el.updateComplete;
  return el;
}

afterEach(cleanup);

describe('OptionList', () => {
  it('builds each option from its own nodes only: no whitespace, no comments', async () => {
    const el = await probe(['eple', 'banan', 'kiwi']);
    const list = el.shadowRoot!.querySelector('ul')!;
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    expect(nodes).toBe(3 * 5);
    expect(options(el).map((o) => [o.id, o.getAttribute('part'), o.getAttribute('aria-selected'), o.textContent])).toEqual([
      ['option-0', 'option', 'false', 'eple about eple'],
      ['option-1', 'option', 'false', 'banan about banan'],
      ['option-2', 'option', 'false', 'kiwi about kiwi'],
    ]);
  });

  it('keeps the options whose items are still shown, in order, renumbered, and marks the active one', async () => {
    const el = await probe(['eple', 'banan', 'kiwi']);
    const [, banan, kiwi] = options(el);
    el.items = ['banan', 'kiwi', 'pære'];
    await el.updateComplete;
    el.combobox.active = 1;
    await el.updateComplete;
    const now = options(el);
    expect(now[0]).toBe(banan);
    expect(now[1]).toBe(kiwi);
    expect(now.map((o) => o.id)).toEqual(['option-0', 'option-1', 'option-2']);
    expect(now.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(el.built).toBe(4);
  });

  it('leaves the options as they are while an answer is pending, and shows none while the list is closed', async () => {
    const el = await probe(['eple', 'banan']);
    const before = options(el);
    el.pending = true;
    el.items = [];
    await el.updateComplete;
    expect(options(el)).toEqual(before);
    el.pending = false;
    el.items = ['eple'];
    el.combobox.hide();
    await el.updateComplete;
    expect(options(el)).toEqual([]);
  });

  it('marks typed words in the first text of each option, and moves the marks without touching the options', async () => {
    const el = await probe(['Storgata 1', 'Storgata 12'], 'stor');
    expect(matchesIn(el)).toEqual(['Stor', 'Stor']);
    const before = options(el);
    el.typed = 'storgata 1';
    await el.updateComplete;
    expect(options(el)).toEqual(before);
    expect(el.built).toBe(2);
    expect(matchesIn(el)).toEqual(['Storgata', '1', 'Storgata', '1']);
  });

  it('takes its marks out of the page-wide highlight when it leaves the page, and marks them again when it is back', async () => {
    const el = await probe(['Storgata 1'], 'stor');
    const parent = el.parentElement!;
    expect(matchesIn(el)).toEqual(['Stor']);
    el.remove();
    expect(matchesIn(el)).toEqual([]);
    parent.append(el);
    // Leaving the page closed the list; opened again, it is marked again.
    el.combobox.show();
    await el.updateComplete;
    expect(matchesIn(el)).toEqual(['Stor']);
  });

  it('shows text as text, never as markup', async () => {
    const el = await probe(['<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(options(el)[0]!.firstChild!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('highlight', () => {
  it('splits text into matched and unmatched parts, case-insensitively, merging overlaps', () => {
    expect(highlight('Myrvollveien 5C', ['myrv', 'vollv', '5c'])).toEqual([
      { text: 'Myrvollv', match: true },
      { text: 'eien ', match: false },
      { text: '5C', match: true },
    ]);
    expect(highlight('Oslo', [])).toEqual([{ text: 'Oslo', match: false }]);
  });
});
