import type { ConsentRequest } from '@felles/client-samtykke';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { altinnExample, decided, servingLicence } from '../internal/demo/consent-examples.js';
import type { ConsentDialogClient, FellesConsentDialog } from './index.js';
import './define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { storyTexts, type StoryLang } from '../../test/story-lang.js';

/** The sandbox that `npm start` runs next to Storybook. */
const sandbox = (import.meta.env.STORYBOOK_FELLES_SANDBOX as string | undefined) ?? 'http://127.0.0.1:4010';

const never = () => new Promise<never>(() => {});

/**
 * The page's own texts around the dialog, in the toolbar's language; Sámi is not written yet, so it
 * is Bokmål and says so.
 */
const page: Record<StoryLang, { lang?: string; step: string; open: string }> = {
  nb: { step: 'Søknad om serveringsbevilling, steg 4 av 5: innhenting av opplysninger.', open: 'Se forespørselen om samtykke' },
  nn: { step: 'Søknad om serveringsløyve, steg 4 av 5: innhenting av opplysningar.', open: 'Sjå førespurnaden om samtykke' },
  en: { step: 'Application for a serving licence, step 4 of 5: fetching information.', open: 'See the consent request' },
  se: { lang: 'nb', step: 'Søknad om serveringsbevilling, steg 4 av 5: innhenting av opplysninger.', open: 'Se forespørselen om samtykke' },
};

/** A client that answers the way a story needs, so every state shows without a server. */
function client(
  decide: ConsentDialogClient['decide'],
  getRequest: ConsentDialogClient['getRequest'] = async () => servingLicence,
): ConsentDialogClient {
  return { getRequest, decide };
}
const confirming = client(async (_id, decision) => decided(servingLicence, decision === 'accept' ? 'accepted' : 'rejected'));

const dialogIn = (canvas: HTMLElement) => canvas.querySelector('felles-consent-dialog') as FellesConsentDialog;
const part = (el: FellesConsentDialog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

async function choose(canvas: HTMLElement, choice: 'accept' | 'reject'): Promise<FellesConsentDialog> {
  const el = dialogIn(canvas);
  await waitFor(() => expect(part(el, choice)).toBeTruthy());
  await userEvent.click(part(el, choice));
  return el;
}

const open = (request: ConsentRequest, dialogClient?: ConsentDialogClient, retryDelay = 1000) =>
  html`<felles-consent-dialog open .request=${request} .client=${dialogClient} retry-delay=${retryDelay}></felles-consent-dialog>`;

/**
 * `<felles-consent-dialog>` asks a person for consent to share data, in a native modal dialog, and saves the
 * decision. Each story shows one state; they use a local client, except "Against the sandbox".
 */
const meta: Meta<FellesConsentDialog> = {
  title: 'Elements/Consent dialog',
  component: 'felles-consent-dialog',
  // The guide (consent-dialog.mdx) is the docs page.
  tags: ['!autodocs'],
  render: () => open(servingLicence),
  // The page behind the modal, as a service would have it: visible, and inert while the dialog is open.
  decorators: [(story, context) => html`<p lang=${ifDefined(storyTexts(context, page).lang)}>${storyTexts(context, page).step}</p>${story()}`],
  parameters: {
    // A modal takes the whole page: each story gets its own frame in the docs, and plays there.
    docs: { story: { inline: false, height: '44rem', autoplay: true } },
  },
};
export default meta;

type Story = StoryObj<FellesConsentDialog>;

/** The request, with the two choices side by side. Focus is on the heading. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const el = dialogIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(part(el, 'heading')));
  },
};

/** How a page uses it: a button opens it; closing returns focus to the button. */
export const WithOpener: Story = {
  render: (_args, context) => html`
    <button
      class="ds-button"
      type="button"
      lang=${ifDefined(storyTexts(context, page).lang)}
      @click=${(e: Event) => ((e.target as HTMLElement).nextElementSibling as FellesConsentDialog).show()}
    >
      ${storyTexts(context, page).open}
    </button>
    <felles-consent-dialog .request=${servingLicence}></felles-consent-dialog>
  `,
};

export const Loading: Story = {
  render: () => html`<felles-consent-dialog open request-id=${servingLicence.id} .client=${client(never, never)}></felles-consent-dialog>`,
};

export const LoadFailed: Story = {
  render: () =>
    html`<felles-consent-dialog
      open
      request-id=${servingLicence.id}
      .client=${client(never, async () => Promise.reject(Object.assign(new Error('503'), { code: 'http', status: 503 })))}
    ></felles-consent-dialog>`,
};

/** Sent, not yet confirmed: no receipt until the server answers. */
export const Saving: Story = {
  render: () => open(servingLicence, client(never)),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'accept');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="status"]')).toBeTruthy());
  },
};

/** The save failed: the decision is kept, retried with backoff, and can be retried now. */
export const SaveFailed: Story = {
  render: () =>
    open(
      servingLicence,
      client(async () => Promise.reject(Object.assign(new Error('offline'), { code: 'network' }))),
      600_000,
    ),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'accept');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy());
  },
};

/** Confirmed by the server: what was consented to, until when, and how to withdraw. */
export const ReceiptAccepted: Story = {
  render: () => html`<felles-consent-dialog open .request=${servingLicence} .client=${confirming} manage-url="#samtykker"></felles-consent-dialog>`,
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'accept');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#result')).toBeTruthy());
  },
};

/** Saying no: confirmed the same way, with what happens next. */
export const ReceiptRejected: Story = {
  render: () => open(servingLicence, confirming),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'reject');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#result')).toBeTruthy());
  },
};

/** Someone decided first (409): the dialog shows what is recorded instead of an error. */
export const AlreadyAnswered: Story = {
  render: () =>
    open(
      servingLicence,
      client(async () => Promise.reject(Object.assign(new Error('409'), { code: 'conflict', current: decided(servingLicence, 'accepted') }))),
    ),
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'reject');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#result')).toBeTruthy());
  },
};

/** Altinn's example JSON has no texts: the dialog shows the organisation number, resource ids and metadata. */
export const AltinnJsonWithoutTexts: Story = {
  render: () => open(altinnExample),
};

/** Texts from a service are shown as text, never as HTML; a link that is not http(s) is left out. */
export const TextsWithHtml: Story = {
  render: () =>
    open({
      ...servingLicence,
      texts: {
        ...servingLicence.texts!,
        purpose: { nb: '<b>Ikke fet</b> <img src=x onerror="alert(1)">' },
        privacyUrl: 'javascript:alert(1)',
      },
    }),
  play: async ({ canvasElement }) => {
    const el = dialogIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('b, img')).toBeNull();
  },
};

export const Dark: Story = {
  render: () => html`<div data-color-scheme="dark" class="felles-story" style="color-scheme: dark">${open(servingLicence)}</div>`,
};

/** Saves to the sandbox that `npm start` runs (its seeded serving-licence request). Not run as a test. */
export const AgainstTheSandbox: Story = {
  tags: ['!test'],
  render: () =>
    html`<felles-consent-dialog
      open
      request-id=${servingLicence.id}
      endpoint=${`${sandbox}/samtykke/api/v1`}
      manage-url="#samtykker"
    ></felles-consent-dialog>`,
};
