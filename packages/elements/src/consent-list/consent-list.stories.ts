import type { ConsentRequest } from '@felles/client-samtykke';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { altinnExample, decided, servingLicence } from '../internal/demo/consent-examples.js';
import type { ConsentListClient, FellesConsentList } from './index.js';
import { reflowAt320 } from '../../test/reflow.js';
import './define.js';

const sandbox = (import.meta.env.STORYBOOK_FELLES_SANDBOX as string | undefined) ?? 'http://127.0.0.1:4010';
const person = 'urn:altinn:person:identifier-no:21818297804';

const consents: ConsentRequest[] = [
  { ...servingLicence, id: '3c1d7e2a-9b84-4f60-8a2e-6d5c4b3a2f10' },
  decided({ ...servingLicence, id: '4d2e8f3b-ac95-4071-9b3f-7e6d5c4b3a21' }, 'accepted'),
  decided(altinnExample, 'revoked'),
  decided({ ...servingLicence, id: '5e3f904c-bda6-4182-8c40-8f7e6d5c4b32' }, 'rejected'),
];

const never = () => new Promise<never>(() => {});
const client = (over: Partial<ConsentListClient> = {}): ConsentListClient => ({
  listForSubject: async () => consents,
  revoke: async (id) =>
    decided(
      consents.find((c) => c.id === id)!,
      'revoked',
    ),
  ...over,
});

const listIn = (canvas: HTMLElement) => canvas.querySelector('felles-consent-list') as FellesConsentList;
async function withdraw(canvas: HTMLElement): Promise<FellesConsentList> {
  const el = listIn(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part="withdraw"]')).toBeTruthy());
  await userEvent.click(el.shadowRoot!.querySelector<HTMLElement>('[part="withdraw"]')!);
  return el;
}

/** `<felles-consent-list>` lists the consents a person was asked for, and withdraws a given one with one button. */
const meta: Meta<FellesConsentList> = {
  title: 'Elements/Consent list',
  component: 'felles-consent-list',
  tags: ['!autodocs'],
  render: () => html`<felles-consent-list subject=${person} .client=${client()}></felles-consent-list>`,
  // After every story: it reflows at 320 CSS px, with WCAG 1.4.12 text spacing too.
  afterEach: async ({ canvasElement }) => expect(await reflowAt320(canvasElement)).toEqual([]),
};
export default meta;

type Story = StoryObj<FellesConsentList>;

/** Every status: pending, given (with its end date and a withdraw button), withdrawn, not given. */
export const Consents: Story = {};

export const Loading: Story = {
  render: () => html`<felles-consent-list subject=${person} .client=${client({ listForSubject: never })}></felles-consent-list>`,
};

export const LoadFailed: Story = {
  render: () =>
    html`<felles-consent-list
      subject=${person}
      .client=${client({ listForSubject: async () => Promise.reject(Object.assign(new Error('offline'), { code: 'network' })) })}
    ></felles-consent-list>`,
};

export const Empty: Story = {
  render: () => html`<felles-consent-list subject=${person} .client=${client({ listForSubject: async () => [] })}></felles-consent-list>`,
};

export const Withdrawing: Story = {
  render: () => html`<felles-consent-list subject=${person} .client=${client({ revoke: never })}></felles-consent-list>`,
  play: async ({ canvasElement }) => {
    const el = await withdraw(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[aria-disabled="true"]')).toBeTruthy());
  },
};

/** Confirmed: the status changes, the button goes, focus stays on that consent. */
export const Withdrawn: Story = {
  play: async ({ canvasElement }) => {
    const el = await withdraw(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="withdraw"]')).toBeNull());
  },
};

export const WithdrawFailed: Story = {
  render: () =>
    html`<felles-consent-list
      subject=${person}
      .client=${client({ revoke: async () => Promise.reject(Object.assign(new Error('500'), { code: 'http', status: 500 })) })}
    ></felles-consent-list>`,
  play: async ({ canvasElement }) => {
    const el = await withdraw(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy());
  },
};

/** Requests the page already has, without a client: no withdraw buttons. */
export const ReadOnly: Story = {
  render: () => html`<felles-consent-list .requests=${consents}></felles-consent-list>`,
};

/** The sandbox's seeded person (`npm start`). Not run as a test. */
export const AgainstTheSandbox: Story = {
  tags: ['!test'],
  render: () => html`<felles-consent-list subject=${person} endpoint=${`${sandbox}/samtykke/api/v1`}></felles-consent-list>`,
};
