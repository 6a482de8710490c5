import { LitElement, html, nothing } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test/axe.js';
import { cleanup, fixture, settle } from '../../test/fixture.js';
import { ComboboxController } from './combobox-controller.js';

/** The smallest combobox: a fixed list of fruit, shown while open; the chosen one goes into the field. */
class TestCombobox extends LitElement {
  static override properties = { items: { attribute: false }, readonly: { type: Boolean } };
  items = ['Eple', 'Banan', 'Kiwi'];
  readonly = false;
  chosen: string[] = [];
  entered = 0;
  escaped = 0;
  left = 0;
  blocked = new Set<number>();

  readonly combobox = new ComboboxController(this, {
    count: () => this.items.length,
    choose: (i) => {
      this.chosen.push(this.items[i]!);
      this.renderRoot.querySelector('input')!.value = this.items[i]!;
    },
    selectable: (i) => !this.blocked.has(i),
    enabled: () => !this.readonly,
    enter: () => this.entered++,
    escape: () => {
      const input = this.renderRoot.querySelector('input')!;
      if (!input.value) return false;
      input.value = '';
      this.escaped++;
      return true;
    },
    leave: () => this.left++,
  });

  protected override render() {
    const c = this.combobox;
    return html`
      <label for="input">Frukt</label>
      <input
        id="input"
        role="combobox"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${c.expanded ? 'true' : 'false'}
        aria-activedescendant=${c.activeId ?? nothing}
        @keydown=${c.onKeydown}
      />
      <div class="popup" ?hidden=${!c.expanded} @mousedown=${c.keepFocus}>
        <ul id="listbox" role="listbox" aria-label="Frukt" @click=${c.onClick}>
          ${this.items.map(
            (item, i) =>
              html`<li role="option" id="option-${i}" aria-selected=${c.active === i ? 'true' : 'false'} aria-disabled=${this.blocked.has(i) ? 'true' : nothing}>${item}</li>`,
          )}
        </ul>
      </div>
    `;
  }
}
customElements.define('test-combobox', TestCombobox);

const parts = (el: TestCombobox) => ({
  input: el.shadowRoot!.querySelector('input')!,
  options: [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')],
});
/** The text of the option `aria-activedescendant` names, looked up in the same shadow root. */
const activeText = (el: TestCombobox) => {
  const id = parts(el).input.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.textContent : null;
};
const expanded = (el: TestCombobox) => parts(el).input.getAttribute('aria-expanded');

async function focused(): Promise<TestCombobox> {
  const el = await fixture<TestCombobox>(html`<div><test-combobox></test-combobox><button>Etter</button></div>`).then((div) =>
    div.querySelector<TestCombobox>('test-combobox')!,
  );
  await settle();
  parts(el).input.focus();
  return el;
}

async function press(el: TestCombobox, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await el.updateComplete;
}

afterEach(() => cleanup());

describe('keys', () => {
  it('Down opens on the first option and moves, wrapping; the active option is named in the same root and selected', async () => {
    const el = await focused();
    expect(expanded(el)).toBe('false');
    expect(parts(el).input.hasAttribute('aria-activedescendant')).toBe(false);
    await press(el, '{ArrowDown}');
    expect(expanded(el)).toBe('true');
    expect(activeText(el)).toBe('Eple');
    expect(parts(el).options[0]!.getAttribute('aria-selected')).toBe('true');
    await press(el, '{ArrowDown}{ArrowDown}');
    expect(activeText(el)).toBe('Kiwi');
    await press(el, '{ArrowDown}');
    expect(activeText(el)).toBe('Eple');
    await press(el, '{ArrowUp}');
    expect(activeText(el)).toBe('Kiwi');
    expect(el.shadowRoot!.activeElement).toBe(parts(el).input);
    await expectAccessible(el);
  });

  it('Up opens on the last option', async () => {
    const el = await focused();
    await press(el, '{ArrowUp}');
    expect(activeText(el)).toBe('Kiwi');
  });

  it('Alt+Down opens without an active option; Alt+Up closes and keeps the text', async () => {
    const el = await focused();
    await userEvent.type(parts(el).input, 'Ki');
    await press(el, '{Alt>}{ArrowDown}{/Alt}');
    expect(expanded(el)).toBe('true');
    expect(activeText(el)).toBeNull();
    await press(el, '{ArrowDown}');
    expect(activeText(el)).toBe('Eple');
    await press(el, '{Alt>}{ArrowUp}{/Alt}');
    expect(expanded(el)).toBe('false');
    expect(parts(el).input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(parts(el).input.value).toBe('Ki');
  });

  it('Enter chooses the active option and closes', async () => {
    const el = await focused();
    await press(el, '{ArrowDown}{ArrowDown}{Enter}');
    expect(el.chosen).toEqual(['Banan']);
    expect(parts(el).input.value).toBe('Banan');
    expect(expanded(el)).toBe('false');
    expect(el.entered).toBe(0);
  });

  it('Enter with the list open and no active option closes it and chooses nothing; closed, it is the host’s', async () => {
    const el = await focused();
    await press(el, '{Alt>}{ArrowDown}{/Alt}{Enter}');
    expect(expanded(el)).toBe('false');
    expect(el.chosen).toEqual([]);
    expect(el.entered).toBe(0);
    await press(el, '{Enter}');
    expect(el.entered).toBe(1);
  });

  it('Escape closes the list and keeps the text; with the list closed it is the host’s (here: clear)', async () => {
    const el = await focused();
    await userEvent.type(parts(el).input, 'Ba');
    await press(el, '{ArrowDown}{Escape}');
    expect(expanded(el)).toBe('false');
    expect(parts(el).input.value).toBe('Ba');
    expect(el.escaped).toBe(0);
    await press(el, '{Escape}');
    expect(parts(el).input.value).toBe('');
    expect(el.escaped).toBe(1);
  });

  for (const key of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
    it(`${key} goes back to editing: no active option, so Enter chooses nothing`, async () => {
      const el = await focused();
      await press(el, '{ArrowDown}');
      expect(activeText(el)).toBe('Eple');
      await press(el, `{${key}}`);
      expect(activeText(el)).toBeNull();
      expect(expanded(el)).toBe('true');
      await press(el, '{Enter}');
      expect(el.chosen).toEqual([]);
    });
  }

  it('Tab closes the list without choosing and moves on', async () => {
    const el = await focused();
    await press(el, '{ArrowDown}{Tab}');
    expect(expanded(el)).toBe('false');
    expect(el.chosen).toEqual([]);
    expect(document.activeElement?.textContent).toBe('Etter');
  });

  it('does nothing while the host says it is not enabled (read-only)', async () => {
    const el = await focused();
    el.readonly = true;
    await press(el, '{ArrowDown}');
    expect(expanded(el)).toBe('false');
  });

  it('an option that may not be chosen stays in the list, active, with Enter doing nothing', async () => {
    const el = await focused();
    el.blocked.add(0);
    await press(el, '{ArrowDown}{Enter}');
    expect(el.chosen).toEqual([]);
    expect(expanded(el)).toBe('true');
    expect(activeText(el)).toBe('Eple');
  });
});

describe('state', () => {
  it('drops the active option when the host has fewer options than its index', async () => {
    const el = await focused();
    await press(el, '{ArrowUp}');
    expect(activeText(el)).toBe('Kiwi');
    el.items = ['Eple'];
    await el.updateComplete;
    expect(el.combobox.active).toBe(-1);
    expect(parts(el).input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('show() and hide() open and close; expanded only with options to show', async () => {
    const el = await focused();
    el.combobox.show();
    await el.updateComplete;
    expect(expanded(el)).toBe('true');
    el.items = [];
    await el.updateComplete;
    expect(el.combobox.isOpen).toBe(true);
    expect(expanded(el)).toBe('false');
    el.combobox.hide();
    expect(el.combobox.isOpen).toBe(false);
  });
});

describe('mouse and focus', () => {
  it('pressing an option keeps focus in the field; the click chooses it', async () => {
    const el = await focused();
    await press(el, '{ArrowDown}');
    await userEvent.click(parts(el).options[2]!);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(parts(el).input);
    expect(el.chosen).toEqual(['Kiwi']);
    expect(expanded(el)).toBe('false');
    expect(el.left).toBe(0);
  });

  it('closes when focus leaves the element', async () => {
    const el = await focused();
    await press(el, '{ArrowDown}');
    el.parentElement!.querySelector('button')!.focus();
    await el.updateComplete;
    expect(expanded(el)).toBe('false');
    expect(el.left).toBe(1);
  });

  it('closes on a press outside the element', async () => {
    const el = await focused();
    await press(el, '{ArrowDown}');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(expanded(el)).toBe('false');
    expect(el.left).toBe(1);
  });
});
