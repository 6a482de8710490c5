import type { Enhet, EnhetLookup } from '@felles/client-enhetsregisteret';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { FellesOrganisationLookup, OrganisationLookupClient } from './index.js';
import './define.js';
import { formButtons, storyTexts, type StoryLang } from '../../test/story-lang.js';

/** The sandbox that `npm start` runs next to Storybook; stories that need no server use a `client` of their own. */
const sandbox = (import.meta.env.STORYBOOK_FELLES_SANDBOX as string | undefined) ?? 'http://127.0.0.1:4010';

/**
 * Units shaped like Enhetsregisteret's answers. The first is the register's own (the example in
 * packages/client-enhetsregisteret/src/client.test.ts); the others are the sandbox's fixed units
 * (apps/sandbox/src/enhetsregisteret/generate.ts).
 */
function unit(organisasjonsnummer: string, navn: string, form: [string, string], poststed: string, extra: Partial<Enhet> = {}): Enhet {
  return {
    organisasjonsnummer,
    navn,
    organisasjonsform: { kode: form[0], beskrivelse: form[1] },
    forretningsadresse: { land: 'Norge', landkode: 'NO', postnummer: '0154', poststed, adresse: ['Kirkegata 15'] },
    registreringsdatoEnhetsregisteret: '2019-03-14',
    registrertIMvaregisteret: true,
    registrertIForetaksregisteret: true,
    registrertIStiftelsesregisteret: false,
    registrertIFrivillighetsregisteret: false,
    harRegistrertAntallAnsatte: true,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    paategninger: [],
    maalform: 'Bokmål',
    ...extra,
  };
}

const register: Enhet[] = [
  unit('974760673', 'REGISTERENHETEN I BRØNNØYSUND', ['ORGL', 'Organisasjonsledd'], 'BRØNNØYSUND'),
  unit('926535897', 'SMAKEBITEN KAFE AS', ['AS', 'Aksjeselskap'], 'OSLO'),
  unit('883192699', 'BJØRKELUND PIZZERIA AS', ['AS', 'Aksjeselskap'], 'OSLO', { konkurs: true, konkursdato: '2025-02-11' }),
  unit('953191024', 'BALTIC ASPEHAUG AB', ['NUF', 'Norskregistrert utenlandsk foretak'], 'MO I RANA', { underAvvikling: true }),
];

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

const page = { number: 0, size: 10, totalPages: 1, totalElements: 0 };

/** Answers from `register`, after `latencyMs`; the deleted and removed numbers answer as the register does. */
const local = (latencyMs = 150): OrganisationLookupClient => ({
  async searchEnheter({ navn = '' }, options) {
    await delay(latencyMs, options?.signal);
    const words = navn.toLowerCase().split(/\s+/);
    const enheter = register.filter((u) => words.every((w) => u.navn.toLowerCase().includes(w)));
    return { enheter, page: { ...page, totalElements: enheter.length }, links: {} };
  },
  async getEnhet(orgnr, options): Promise<EnhetLookup> {
    await delay(latencyMs, options?.signal);
    if (orgnr === '932384620') {
      return {
        status: 'deleted',
        enhet: {
          organisasjonsnummer: orgnr,
          navn: 'GAMLEBYEN KAFE AS',
          organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
          slettedato: '2023-06-30',
        },
      };
    }
    if (orgnr === '943383278') return { status: 'removed', organisasjonsnummer: orgnr, slettedato: '2024-03-09' };
    const enhet = register.find((u) => u.organisasjonsnummer === orgnr);
    return enhet ? { status: 'found', enhet } : { status: 'not-found', organisasjonsnummer: orgnr };
  },
});

const failing: OrganisationLookupClient = {
  searchEnheter: async (_params, options) => {
    await delay(150, options?.signal);
    throw Object.assign(new Error('Service unavailable'), { code: 'http', status: 503 });
  },
  getEnhet: async () => {
    throw Object.assign(new Error('Service unavailable'), { code: 'http', status: 503 });
  },
};

const lookupIn = (canvas: HTMLElement) => canvas.querySelector('felles-organisation-lookup') as FellesOrganisationLookup;
const inputOf = (el: FellesOrganisationLookup) => el.shadowRoot!.querySelector('input')!;
const options = (el: FellesOrganisationLookup) => [...el.shadowRoot!.querySelectorAll('[role="option"]')];
const statusOf = (el: FellesOrganisationLookup) => el.shadowRoot!.querySelector('.status')?.textContent ?? '';

async function typeInto(canvas: HTMLElement, text: string): Promise<FellesOrganisationLookup> {
  const el = lookupIn(canvas);
  await el.updateComplete;
  await userEvent.type(inputOf(el), text);
  return el;
}

/**
 * `<felles-organisation-lookup>` finds an organisation in Enhetsregisteret by name or organisation
 * number, and puts the chosen unit's number and name into the form.
 */
/** The stories' own texts, in the toolbar's language like the element's (the Sámi ones a first translation). */
const texts: Record<StoryLang, { label: string; hint: string }> = {
  nb: { label: 'Virksomhet', hint: 'Navn eller organisasjonsnummer' },
  nn: { label: 'Verksemd', hint: 'Namn eller organisasjonsnummer' },
  en: { label: 'Organisation', hint: 'Name or organisation number' },
  se: { label: 'Organisašuvdna', hint: 'Namma dahje organisašuvdnanummir' },
};
type StoryContextLike = { globals: Record<string, unknown> };
/** What the controls say, else the story's text in the toolbar's language. */
const labelOf = (args: Partial<FellesOrganisationLookup>, context: StoryContextLike) => args.label || storyTexts(context, texts).label;
const hintOf = (args: Partial<FellesOrganisationLookup>, context: StoryContextLike) => args.hint || storyTexts(context, texts).hint;

const meta: Meta<FellesOrganisationLookup> = {
  title: 'Elements/Organisation lookup',
  component: 'felles-organisation-lookup',
  // The guide (organisation-lookup.mdx) is the docs page.
  tags: ['!autodocs'],
  args: { minChars: 2, debounce: 300, maxResults: 10 },
  render: (args, context) => html`<felles-organisation-lookup
    label=${labelOf(args, context)}
    hint=${hintOf(args, context)}
    min-chars=${args.minChars}
    debounce=${args.debounce}
    max-results=${args.maxResults}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .client=${local()}
  ></felles-organisation-lookup>`,
  parameters: {
    docs: {
      description: {
        component:
          'An organisation field with suggestions from Enhetsregisteret (WAI-ARIA combobox with a listbox): a name is searched as you type, nine digits are checked (MOD11) and looked up. Stories use a small local `client`; "Against the sandbox" searches the sandbox that `npm start` runs.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FellesOrganisationLookup>;

export const Empty: Story = {};

export const Results: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'as');
    await waitFor(() => expect(options(el)).toHaveLength(3));
    await userEvent.keyboard('{ArrowDown}');
    await expect(inputOf(el).getAttribute('aria-activedescendant')).toBe('option-0');
  },
};

/** Bankrupt units and units being wound up are marked, and can be chosen. */
export const BankruptAndWindingUp: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'as');
    await waitFor(() =>
      expect(
        options(el)
          .map((o) => o.textContent)
          .join(' '),
      ).toMatch(/(Konkurs|Bankrupt).*(Under avvikling|Being wound up)/s),
    );
  },
};

/** Nine digits are looked up; a deleted unit is shown as such and cannot be chosen. */
export const DeletedUnit: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, '932384620');
    await waitFor(() => expect(options(el)[0]?.getAttribute('aria-disabled')).toBe('true'));
  },
};

/** A number whose check digit is wrong is said at once, and nothing is sent. */
export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, '926535898');
    await waitFor(() => expect(statusOf(el)).toMatch(/926 535 898/));
  },
};

export const NotFound: Story = {
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, '950288418');
    await waitFor(() => expect(statusOf(el)).toMatch(/950 288 418/));
  },
};

export const ServiceError: Story = {
  name: 'Error',
  render: (args, context) =>
    html`<felles-organisation-lookup label=${labelOf(args, context)} debounce="50" .client=${failing}></felles-organisation-lookup>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'kafe');
    await waitFor(() => expect(el.shadowRoot!.querySelector('button[part="retry"]')).not.toBeNull());
  },
};

/** A slow register: "Søker …" shows, and is announced, while the search runs. */
export const SlowNetwork: Story = {
  render: (args, context) =>
    html`<felles-organisation-lookup label=${labelOf(args, context)} debounce="50" .client=${local(4000)}></felles-organisation-lookup>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'kafe');
    await waitFor(() => expect(statusOf(el)).toMatch(/Søker|Searching|Søkjer|Ohcamin/));
  },
};

/** Required and empty, after the form was sent: the message shows under the field and is read with it. */
export const RequiredError: Story = {
  render: (args, context) =>
    html`<felles-organisation-lookup label=${labelOf(args, context)} name="virksomhet" required .client=${local()}></felles-organisation-lookup>`,
  play: async ({ canvasElement }) => {
    const el = lookupIn(canvasElement);
    await el.updateComplete;
    el.checkValidity();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.message')).not.toBeNull());
  },
};

export const Disabled: Story = {
  render: (args, context) =>
    html`<felles-organisation-lookup
      label=${labelOf(args, context)}
      disabled
      .organisation=${{ organisasjonsnummer: '926535897', navn: 'SMAKEBITEN KAFE AS', status: 'active' }}
    ></felles-organisation-lookup>`,
};

export const Languages: Story = {
  render: () => html`
    <div style="display: grid; gap: 1.5rem">
      <felles-organisation-lookup lang="nb" label="Virksomhet (bokmål)" .client=${local()}></felles-organisation-lookup>
      <felles-organisation-lookup lang="nn" label="Verksemd (nynorsk)" .client=${local()}></felles-organisation-lookup>
      <felles-organisation-lookup lang="en" label="Organisation (English)" .client=${local()}></felles-organisation-lookup>
      <felles-organisation-lookup lang="se" label="Organisašuvdna (davvisámegiella)" .client=${local()}></felles-organisation-lookup>
    </div>
  `,
};

export const DarkMode: Story = {
  render: (args, context) => html`<div data-color-scheme="dark" class="felles-story">
    <felles-organisation-lookup label=${labelOf(args, context)} debounce="50" .client=${local()}></felles-organisation-lookup>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'as');
    await waitFor(() => expect(options(el)).toHaveLength(3));
  },
};

/** In a native form: the organisation number under `name` and its name under `name.navn`; `reset` empties it. */
export const InAForm: Story = {
  render: (args, context) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.textContent = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)), null, 2);
    }}
  >
    <felles-organisation-lookup label=${labelOf(args, context)} name="virksomhet" required debounce="50" .client=${local()}></felles-organisation-lookup>
    <p class="felles-story-actions">
      <button class="ds-button" type="submit">${storyTexts(context, formButtons).submit}</button>
      <button class="ds-button" data-variant="secondary" type="reset">${storyTexts(context, formButtons).reset}</button>
    </p>
    <output style="white-space: pre; display: block"></output>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await typeInto(canvasElement, 'smakebiten');
    await waitFor(() => expect(options(el)).toHaveLength(1));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const form = canvasElement.querySelector('form')!;
    await expect(new FormData(form).get('virksomhet')).toBe('926535897');
    await expect(new FormData(form).get('virksomhet.navn')).toBe('SMAKEBITEN KAFE AS');
  },
};

/** Searches the sandbox (`npm start`), which answers like Enhetsregisteret. Try "kafe" or 926535897. Not run as a test. */
export const AgainstTheSandbox: Story = {
  tags: ['!test'],
  render: (args, context) =>
    html`<felles-organisation-lookup label=${labelOf(args, context)} hint=${hintOf(args, context)} endpoint=${`${sandbox}/enhetsregisteret/api`}></felles-organisation-lookup>`,
};
