import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Address, AddressSource, FellesAddressLookup } from './index.js';
import { reflowAt320 } from '../../test/reflow.js';
import { formButtons, storyTexts } from '../../test/story-lang.js';
import './define.js';

/** The sandbox that `npm start` runs next to Storybook; stories that need no server use `source` instead. */
const sandbox = (import.meta.env.STORYBOOK_FELLES_SANDBOX as string | undefined) ?? 'http://127.0.0.1:4010';

function address(adressetekst: string, postnummer: string, poststed: string, kommunenummer: string, kommunenavn: string): Address {
  const [, adressenavn = adressetekst, nummer = '0', bokstav = ''] = /^(.*?) (\d+)([A-Z]?)$/.exec(adressetekst) ?? [];
  return {
    adressekode: 25440,
    adressenavn,
    adressetekst,
    adressetekstutenadressetilleggsnavn: adressetekst,
    adressetilleggsnavn: null,
    bokstav,
    bruksenhetsnummer: [],
    bruksnummer: 898,
    festenummer: 0,
    gardsnummer: 243,
    kommunenavn,
    kommunenummer,
    nummer: Number(nummer),
    objtype: 'Vegadresse',
    oppdateringsdato: '2024-01-01T00:00:00',
    postnummer,
    poststed,
    representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.785, lon: 10.799 },
    stedfestingverifisert: true,
    undernummer: null,
  };
}

/** A few addresses, shaped exactly like Kartverket's, so stories show every state without a server. */
const register: Address[] = [
  address('Myrvollveien 5A', '1415', 'OPPEGÅRD', '3207', 'NORDRE FOLLO'),
  address('Myrvollveien 5B', '1415', 'OPPEGÅRD', '3207', 'NORDRE FOLLO'),
  address('Myrvollveien 5C', '1415', 'OPPEGÅRD', '3207', 'NORDRE FOLLO'),
  address('Storgata 1', '0155', 'OSLO', '0301', 'OSLO'),
  address('Storgata 12B', '0184', 'OSLO', '0301', 'OSLO'),
  address('Storgata 3', '9008', 'TROMSØ', '5501', 'TROMSØ'),
  address('Kirkegata 20', '7013', 'TRONDHEIM', '5001', 'TRONDHEIM'),
  address('Sjøgata 4', '8006', 'BODØ', '1804', 'BODØ'),
];

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

const local =
  (latencyMs = 150): AddressSource =>
  async (query, { signal, maxResults }) => {
    await delay(latencyMs, signal);
    const words = query.toLowerCase().split(/\s+/);
    return register
      .filter((a) => words.every((w) => `${a.adressetekst} ${a.postnummer} ${a.poststed}`.toLowerCase().includes(w)))
      .slice(0, maxResults);
  };

const failing: AddressSource = async (_query, { signal }) => {
  await delay(150, signal);
  throw Object.assign(new Error('Service unavailable'), { code: 'http', status: 503 });
};

const lookupIn = (canvas: HTMLElement) => canvas.querySelector('felles-address-lookup') as FellesAddressLookup;
const inputOf = (el: FellesAddressLookup) => el.shadowRoot!.querySelector('input')!;

async function typeInto(canvas: HTMLElement, text: string): Promise<FellesAddressLookup> {
  const el = lookupIn(canvas);
  await el.updateComplete;
  await userEvent.type(inputOf(el), text);
  return el;
}

const options = (el: FellesAddressLookup) => [...el.shadowRoot!.querySelectorAll('[role="option"]')];

/**
 * The stories' own texts, in the toolbar's language like the element's. The Northern Sámi ones are a
 * first translation, to be read by a native speaker.
 */
const texts = {
  nb: {
    label: 'Adresse',
    hint: 'Adressen der lokalet ligger. Gateadresse, ikke postboks.',
    placeholder: 'Gate og nummer, f.eks. Storgata 1',
  },
  nn: {
    label: 'Adresse',
    hint: 'Adressa der lokalet ligg. Gateadresse, ikkje postboks.',
    placeholder: 'Gate og nummer, t.d. Storgata 1',
  },
  en: {
    label: 'Address',
    hint: 'Where the premises are. A street address, not a PO box.',
    placeholder: 'Street and number, e.g. Storgata 1',
  },
  se: {
    label: 'Čujuhus',
    hint: 'Gos lanja lea. Geaidnočujuhus, ii poastaboksa.',
    placeholder: 'Geaidnu ja nummar, omd. Storgata 1',
  },
};
type StoryContextLike = { globals: Record<string, unknown> };
const say = (context: StoryContextLike) => storyTexts(context, texts);
/** The label set in the controls, else the story's label in the toolbar's language. */
const labelOf = (args: Partial<FellesAddressLookup>, context: StoryContextLike) => args.label || say(context).label;

/**
 * `<felles-address-lookup>` finds an address in Kartverket's national address register as the person
 * types, and puts the chosen address, with its postal code, municipality and coordinates, into the form.
 */
const meta: Meta<FellesAddressLookup> = {
  title: 'Elements/Address lookup',
  component: 'felles-address-lookup',
  // The guide (address-lookup.mdx) is the docs page.
  tags: ['!autodocs'],
  // No label here: each story's label follows the toolbar's language unless one is typed in the controls.
  args: { minChars: 3, debounce: 250, maxResults: 10 },
  render: (args, context) => html`<felles-address-lookup
    label=${labelOf(args, context)}
    hint=${args.hint ?? ''}
    placeholder=${args.placeholder ?? ''}
    min-chars=${args.minChars}
    debounce=${args.debounce}
    max-results=${args.maxResults}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    .source=${local()}
  ></felles-address-lookup>`,
  // After every story, in the state its play function left: it reflows at 320 CSS px, with text spacing too.
  afterEach: async ({ canvasElement }) => expect(await reflowAt320(canvasElement)).toEqual([]),
  parameters: {
    docs: {
      description: {
        component:
          'An address field with suggestions from Kartverket\'s address register (WAI-ARIA combobox with a listbox). Stories here use a small local `source`; "Against the sandbox" searches the sandbox that `npm start` runs.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FellesAddressLookup>;

export const Empty: Story = {};

export const WithPlaceholder: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} placeholder=${args.placeholder || say(context).placeholder} .source=${local()}></felles-address-lookup>`,
};

/** A hint under the label: the field's description, read after its name. */
export const WithHint: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} hint=${args.hint || say(context).hint} .source=${local()}></felles-address-lookup>`,
  play: async ({ canvasElement, globals }) => {
    const el = lookupIn(canvasElement);
    await el.updateComplete;
    const hint = el.shadowRoot!.querySelector('[part="hint"]')!;
    await expect(hint).toHaveTextContent(say({ globals }).hint);
    await expect(inputOf(el)).toHaveAttribute('aria-describedby', hint.id);
    await expect(inputOf(el)).toHaveAccessibleDescription(say({ globals }).hint);
  },
};

/** Fewer characters than `min-chars`: nothing is searched yet. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'St');
    await expect(inputOf(el).getAttribute('aria-expanded')).toBe('false');
  },
};

export const Results: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'storgata');
    await waitFor(() => expect(options(el)).toHaveLength(3));
    await userEvent.keyboard('{ArrowDown}');
    await expect(inputOf(el).getAttribute('aria-activedescendant')).toBe('option-0');
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'finnesikke');
    await waitFor(() => expect(el.shadowRoot!.querySelector('.status')?.textContent).toMatch(/Ingen treff|No results/));
  },
};

export const ServiceError: Story = {
  name: 'Error',
  render: (args, context) => html`<felles-address-lookup label=${labelOf(args, context)} debounce="50" .source=${failing}></felles-address-lookup>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'storgata');
    await waitFor(() => expect(el.shadowRoot!.querySelector('button[part="retry"]')).not.toBeNull());
  },
};

/** A slow service: "Søker …" shows, and is announced, while the search runs. */
export const SlowNetwork: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} debounce="50" .source=${local(4000)}></felles-address-lookup>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'storgata');
    await waitFor(() => expect(el.shadowRoot!.querySelector('.status')?.textContent).toMatch(/Søker|Searching|Søkjer|Ohcamin/));
  },
};

export const Selected: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} .source=${local()} .address=${register[2]}></felles-address-lookup>`,
};

/** Required and empty, after the form was sent: the message shows under the field and is read with it. */
export const RequiredError: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} name="adresse" required .source=${local()}></felles-address-lookup>`,
  play: async ({ canvasElement }) => {
    const el = lookupIn(canvasElement);
    await el.updateComplete;
    el.checkValidity();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.message')).not.toBeNull());
  },
};

export const Disabled: Story = {
  render: (args, context) => html`<felles-address-lookup label=${labelOf(args, context)} disabled .address=${register[3]}></felles-address-lookup>`,
};

export const ReadOnly: Story = {
  render: (args, context) => html`<felles-address-lookup label=${labelOf(args, context)} readonly .address=${register[3]}></felles-address-lookup>`,
};

export const Languages: Story = {
  render: () => html`
    <div style="display: grid; gap: 1.5rem">
      <felles-address-lookup lang="nb" label="Adresse (bokmål)" .source=${local()}></felles-address-lookup>
      <felles-address-lookup lang="nn" label="Adresse (nynorsk)" .source=${local()}></felles-address-lookup>
      <felles-address-lookup lang="en" label="Address (English)" .source=${local()}></felles-address-lookup>
      <felles-address-lookup lang="se" label="Čujuhus (davvisámegiella)" .source=${local()}></felles-address-lookup>
    </div>
  `,
};

export const English: Story = {
  render: () => html`<div lang="en"><felles-address-lookup label=${texts.en.label} debounce="50" .source=${local()}></felles-address-lookup></div>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'finnesikke');
    await waitFor(() => expect(el.shadowRoot!.querySelector('.status')?.textContent).toContain('No results'));
  },
};

export const DarkMode: Story = {
  render: (args, context) => html`<div data-color-scheme="dark" class="felles-story">
    <felles-address-lookup label=${labelOf(args, context)} debounce="50" .source=${local()}></felles-address-lookup>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'myrvoll');
    await waitFor(() => expect(options(el)).toHaveLength(3));
  },
};

/** In a native form: the address line and its parts are submitted, `reset` restores it. */
export const InAForm: Story = {
  render: (args, context) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.textContent = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)), null, 2);
    }}
  >
    <felles-address-lookup label=${labelOf(args, context)} name="adresse" required debounce="50" .source=${local()}></felles-address-lookup>
    <p class="felles-story-actions">
      <button class="ds-button" type="submit">${storyTexts(context, formButtons).submit}</button>
      <button class="ds-button" data-variant="secondary" type="reset">${storyTexts(context, formButtons).reset}</button>
    </p>
    <output style="white-space: pre; display: block"></output>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'myrvollveien 5c');
    await waitFor(() => expect(options(el)).toHaveLength(1));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const form = canvasElement.querySelector('form')!;
    await expect(new FormData(form).get('adresse.kommunenummer')).toBe('3207');
  },
};

/** Searches the sandbox (`npm start`), which answers like Kartverket with 60,000 addresses. Try "myrvollveien 5c". */
export const AgainstTheSandbox: Story = {
  render: (args, context) =>
    html`<felles-address-lookup label=${labelOf(args, context)} endpoint=${`${sandbox}/adresser/v1`}></felles-address-lookup>`,
};
