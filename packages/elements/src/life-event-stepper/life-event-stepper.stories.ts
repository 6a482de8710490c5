import { LIFE_EVENT_IDS, loadLifeEvent, type LifeEventProgress } from '@felles/life-events';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { reflowAt320 } from '../../test/reflow.js';
import { lifeEventFallbackHtml } from './fallback.js';
import type { FellesLifeEventStepper } from './life-event-stepper.js';
import './define.js';
import { storyTexts } from '../../test/story-lang.js';

interface Args {
  eventId: string;
  headingLevel: number;
  currentStep: string;
}

/**
 * `<felles-life-event-stepper>` walks a person through one life event, step by step. The guide
 * (life-event-stepper.mdx) is the docs page.
 */
const meta: Meta<Args> = {
  title: 'Elements/Life event stepper',
  component: 'felles-life-event-stepper',
  tags: ['!autodocs'],
  args: { eventId: 'start-business', headingLevel: 2, currentStep: '' },
  argTypes: {
    eventId: { control: 'select', options: [...LIFE_EVENT_IDS] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ eventId, headingLevel, currentStep }) =>
    html`<felles-life-event-stepper event-id=${eventId} heading-level=${headingLevel} current-step=${currentStep || undefined}></felles-life-event-stepper>`,
  afterEach: async ({ canvasElement }) => reflowsAt320(canvasElement),
};
export default meta;

type Story = StoryObj<Args>;

const stepper = (canvas: HTMLElement) => canvas.querySelector<FellesLifeEventStepper>('felles-life-event-stepper')!;
const shown = async (canvas: HTMLElement) => {
  const el = stepper(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('ol')).not.toBeNull());
  return el;
};

/** After every story: every step open, it reflows at 320 CSS px, with WCAG 1.4.12 text spacing too. */
async function reflowsAt320(canvas: HTMLElement) {
  const steppers = [...canvas.querySelectorAll<FellesLifeEventStepper>('felles-life-event-stepper')];
  for (const el of steppers) await waitFor(() => expect(el.shadowRoot?.querySelector('ol, [role="alert"]')).toBeTruthy());
  const closed = steppers.map((el) => el.shadowRoot?.querySelector<HTMLButtonElement>('.toggle-all[aria-expanded="false"]')).filter((b) => !!b);
  await expect(
    await reflowAt320(
      canvas,
      async () => {
        closed.forEach((button) => button.click());
        await Promise.all(steppers.map((el) => el.updateComplete));
      },
      () => closed.forEach((button) => button.click()),
    ),
  ).toEqual([]);
}

export const HavingAChild: Story = { args: { eventId: 'having-a-child' } };
export const SeriouslyIllChild: Story = { args: { eventId: 'seriously-ill-child' } };
export const LosingAndFindingAJob: Story = { args: { eventId: 'losing-and-finding-a-job' } };
export const NewInNorway: Story = { args: { eventId: 'new-in-norway' } };
export const DeathAndInheritance: Story = { args: { eventId: 'death-and-inheritance' } };
export const StartBusiness: Story = {
  args: { eventId: 'start-business' },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    const toggleAll = el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle-all')!;
    await userEvent.click(toggleAll);
    await expect(toggleAll).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggleAll);
  },
};
export const VoluntaryOrganisation: Story = { args: { eventId: 'voluntary-organisation' } };

const restaurantProgress: LifeEventProgress = {
  'choose-organisation-form': 'done',
  'change-of-use': 'not-relevant',
  'fire-safety': 'done',
  'register-company': 'done',
  'establishment-test': 'in-progress',
  'alcohol-knowledge-test': 'not-relevant',
  'alcohol-licence': 'not-relevant',
};

/** A founder who has registered the company and is taking the establishment test; no alcohol. */
export const RestaurantWithProgress: Story = {
  render: () =>
    html`<felles-life-event-stepper event-id="start-business" .progress=${restaurantProgress} current-step="establishment-test"></felles-life-event-stepper>`,
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    await expect(el.shadowRoot!.querySelector('.summary')).toHaveTextContent('3 av 13 steg fullført');
    const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
    await expect(current).toHaveAttribute('aria-expanded', 'true');
  },
};

const kiosk = {
  id: 'open-kiosk',
  title: { nb: 'Åpne kiosk på stranda', nn: 'Opne kiosk på stranda', en: 'Open a beach kiosk' },
  summary: {
    nb: 'Kommunens egne steg for sesongkiosker.',
    nn: 'Kommunen sine eigne steg for sesongkioskar.',
    en: "The municipality's own steps for seasonal kiosks.",
  },
  steps: [
    {
      id: 'lease-site',
      title: { nb: 'Lei plass av kommunen', nn: 'Lei plass av kommunen', en: 'Lease a site from the municipality' },
      description: {
        nb: 'Søk om å leie en kioskplass for sesongen.',
        nn: 'Søk om å leige ein kioskplass for sesongen.',
        en: 'Apply to lease a kiosk site for the season.',
      },
      body: { name: { nb: 'Kommunen', nn: 'Kommunen', en: 'Your municipality' }, level: 'municipality' },
      url: 'https://www.regjeringen.no/',
    },
    {
      id: 'sell',
      relation: 'or',
      steps: [
        {
          id: 'sell-food',
          title: { nb: 'Registrer matsalget', nn: 'Registrer matsalet', en: 'Register food sales' },
          description: {
            nb: 'Selger du mat, må Mattilsynet vite om det.',
            nn: 'Sel du mat, må Mattilsynet vite om det.',
            en: 'If you sell food, the Food Safety Authority must know.',
          },
          body: { name: { nb: 'Mattilsynet', nn: 'Mattilsynet', en: 'Norwegian Food Safety Authority' }, level: 'state' },
          url: 'https://www.mattilsynet.no/',
        },
        {
          id: 'sell-goods',
          title: { nb: 'Selg bare varer', nn: 'Sel berre varer', en: 'Sell goods only' },
          description: {
            nb: 'Uten mat trenger du ingen melding til Mattilsynet.',
            nn: 'Utan mat treng du inga melding til Mattilsynet.',
            en: 'Without food you need not notify the Food Safety Authority.',
          },
          body: { name: { nb: 'Deg selv', nn: 'Deg sjølv', en: 'Yourself' }, level: 'private' },
          url: 'https://www.altinn.no/',
          optional: true,
        },
      ],
    },
  ],
};

/** A service's own definition, validated by the element. */
export const CustomDefinition: Story = {
  render: () => html`<felles-life-event-stepper .event=${kiosk} .progress=${{ 'lease-site': 'done' }}></felles-life-event-stepper>`,
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    await expect(el.shadowRoot!.querySelector('.summary')).toHaveTextContent('1 av 2 steg fullført');
  },
};

/** A definition with a missing Nynorsk title: the element says which field, logs it, and shows its fallback content. */
export const InvalidDefinition: Story = {
  render: (_args, context) => {
    const broken = structuredClone(kiosk) as { steps: { title: Partial<Record<string, string>> }[] };
    delete broken.steps[0]!.title['nn'];
    // The page's own fallback text, in the toolbar's language (Bokmål, marked so, for Sámi).
    const fallback = storyTexts(context, {
      nb: html`<p>Kontakt kommunen for å høre hvilke steg som gjelder.</p>`,
      nn: html`<p>Kontakt kommunen for å høyre kva steg som gjeld.</p>`,
      en: html`<p>Contact the municipality to hear which steps apply.</p>`,
      se: html`<p lang="nb">Kontakt kommunen for å høre hvilke steg som gjelder.</p>`,
    });
    return html`<felles-life-event-stepper .event=${broken}>${fallback}</felles-life-event-stepper>`;
  },
  play: async ({ canvasElement }) => {
    const el = stepper(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).toHaveTextContent('steps.0.title.nn'));
  },
};

const inLanguage = (lang: string): Story => ({
  render: () =>
    html`<div lang=${lang}>
      <felles-life-event-stepper event-id="start-business" .progress=${restaurantProgress} current-step="establishment-test"></felles-life-event-stepper>
    </div>`,
});
export const Bokmal = inLanguage('nb');
export const Nynorsk: Story = {
  ...inLanguage('nn'),
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    await expect(el.shadowRoot!.querySelector('.summary')).toHaveTextContent('3 av 13 steg fullførte');
  },
};
export const English: Story = {
  ...inLanguage('en'),
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    await expect(el.shadowRoot!.querySelector('.summary')).toHaveTextContent('3 of 13 steps completed');
  },
};
/** The element's texts in Northern Sámi (awaiting review); the life event's content, not yet translated, in Bokmål marked `lang="nb"`. */
export const NorthernSami = inLanguage('se');

export const Dark: Story = {
  render: () =>
    html`<div class="felles-story" data-color-scheme="dark">
      <felles-life-event-stepper event-id="start-business" .progress=${restaurantProgress} current-step="establishment-test"></felles-life-event-stepper>
    </div>`,
};

/** A phone-wide column: smaller numbers, "Vis" under the title. */
export const SmallViewport: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: () =>
    html`<div style="max-width: 20rem">
      <felles-life-event-stepper event-id="start-business" .progress=${restaurantProgress} current-step="establishment-test"></felles-life-event-stepper>
    </div>`,
};

/**
 * What a person sees without JavaScript: the server-rendered fallback, every step open, with the page's
 * styles, which let long single words wrap (see "Without JavaScript").
 */
export const WithoutJavaScript: Story = {
  loaders: [async () => ({ event: await loadLifeEvent('new-in-norway') })],
  render: (_args, { loaded }) =>
    html`<div style="overflow-wrap: anywhere; hyphens: auto">${unsafeHTML(lifeEventFallbackHtml(loaded['event'] as never))}</div>`,
};
