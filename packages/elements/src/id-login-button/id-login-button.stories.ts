import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { FellesIdLoginButton } from './index.js';
import { reflowAt320 } from '../../test/reflow.js';
import './define.js';

/** The sandbox that `npm start` runs next to Storybook; its ID-porten has a client for Storybook. */
const sandbox = (import.meta.env.STORYBOOK_FELLES_SANDBOX as string | undefined) ?? 'http://127.0.0.1:4010';

const buttonIn = (canvas: HTMLElement) => canvas.querySelector('felles-id-login-button') as FellesIdLoginButton;
const part = (el: FellesIdLoginButton, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Stories must not leave Storybook: a click that would navigate stops here, after the button has seen it. */
const stay = (event: Event) => event.preventDefault();

interface Args {
  href: string;
  level: '' | 'substantial' | 'high';
  size: 'sm' | 'md' | 'lg';
}

const meta: Meta<Args> = {
  title: 'Elements/ID-porten login button',
  component: 'felles-id-login-button',
  tags: ['autodocs'],
  args: { href: '/auth/login', level: '', size: 'md' },
  // After every story: it reflows at 320 CSS px, with WCAG 1.4.12 text spacing too.
  afterEach: async ({ canvasElement }) => expect(await reflowAt320(canvasElement)).toEqual([]),
  argTypes: {
    level: { control: 'inline-radio', options: ['', 'substantial', 'high'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) => html`<div @click=${stay}>
    <felles-id-login-button href=${args.href} level=${args.level || undefined} size=${args.size}>
      <a href=${args.href}>Logg inn</a>
    </felles-id-login-button>
  </div>`,
  parameters: {
    docs: {
      description: {
        component: `"Logg inn" for a service that logs people in through ID-porten, in the look of Designsystemet's primary button with a neutral key sign and "ID-porten".

**When to use:** the login entry of a public service. **Recommended mode:** \`href\` to the service's own login endpoint, whose backend uses \`@felles/client-idporten\` and keeps the tokens (backend for frontend). The button adds \`acr\` (from \`level\`) and \`locale\` (the page language) to the link; put a plain \`<a href="/auth/login">Logg inn</a>\` inside it, shown until JavaScript runs.

**Public-client mode** (\`issuer\`, \`client-id\`, \`redirect-uri\`) does the login in the browser with PKCE, transient values in sessionStorage and tokens in memory only; its code is loaded only in that mode. Prefer \`href\`.

**Logged in:** the name goes in slot \`name\`, and "Logg ut" is a POST form to \`logout-href\` carrying the hidden inputs of slot \`csrf\` — never a GET link.

**Accessibility:** a real link (or button) named "Logg inn med ID-porten"; after a click it is \`aria-busy\` and "Sender deg til ID-porten …" is announced in the page language; double clicks are ignored and the state resets when the person comes back with the back button. Misconfiguration (a \`javascript:\` href, a missing \`client-id\`, a \`redirect-uri\` on another origin) shows an accessible message and a console error.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Recommended: a link to the service's login endpoint. */
export const LoggedOut: Story = {
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    await expect(new URL(part(el, 'a').getAttribute('href')!, location.href).searchParams.has('locale')).toBe(true);
  },
};

/** `level="high"`: the link asks the service for `acr=idporten-loa-high`. */
export const LevelHigh: Story = {
  args: { level: 'high' },
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    await expect(part(el, 'a').getAttribute('href')).toContain('acr=idporten-loa-high');
  },
};

export const Sizes: Story = {
  render: () => html`<div @click=${stay} style="display: flex; gap: 1rem; align-items: center; flex-wrap: wrap">
    <felles-id-login-button href="/auth/login" size="sm"></felles-id-login-button>
    <felles-id-login-button href="/auth/login" size="md"></felles-id-login-button>
    <felles-id-login-button href="/auth/login" size="lg"></felles-id-login-button>
  </div>`,
};

/** On a dark page (or with the toolbar's colour scheme): the tokens follow `data-color-scheme`. */
export const Dark: Story = {
  render:
    () => html`<div @click=${stay} data-color-scheme="dark" style="padding: 1rem; background: var(--ds-color-neutral-background-default, #17181a)">
    <felles-id-login-button href="/auth/login"></felles-id-login-button>
  </div>`,
};

/** After a click: busy until the browser has left for ID-porten, announced as "Sender deg til ID-porten …". */
export const Busy: Story = {
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    part(el, 'a').click();
    await waitFor(() => expect(part(el, 'a').getAttribute('aria-busy')).toBe('true'));
  },
};

/** Logged in: the name (slot `name`) and "Logg ut", a POST form with the CSRF token from slot `csrf`. */
export const LoggedIn: Story = {
  render: () => html`<felles-id-login-button href="/auth/login" logout-href="/auth/logout" logged-in>
    <span slot="name">Kari Nordmann</span>
    <input slot="csrf" type="hidden" name="csrf" value="story-token" />
  </felles-id-login-button>`,
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    await waitFor(() => expect(new FormData(el.shadowRoot!.querySelector('form')!).get('csrf')).toBe('story-token'));
  },
};

/** A `javascript:` href is refused: the console says why, the page says login is unavailable. */
export const Misconfigured: Story = {
  args: { href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[role=alert]')).not.toBeNull();
  },
};

/** `redirect-uri` on another origin than the page: the login could never be completed here. */
export const MisconfiguredRedirect: Story = {
  render: () => html`<felles-id-login-button
    issuer=${`${sandbox}/idporten`}
    client-id="felles-storybook"
    redirect-uri="https://elsewhere.example/callback"
  ></felles-id-login-button>`,
};

/**
 * Public-client mode against the sandbox's ID-porten (`npm start`), with the `felles-storybook` client.
 * Clicking goes to the sandbox's login page and back to Storybook's iframe.
 */
export const PublicClient: Story = {
  render: () => html`<felles-id-login-button
    issuer=${`${sandbox}/idporten`}
    client-id="felles-storybook"
    redirect-uri=${`${location.origin}/iframe.html`}
    post-logout-redirect-uri=${`${location.origin}/iframe.html`}
    level="high"
  ></felles-id-login-button>`,
};

/** Public-client mode when ID-porten cannot be reached: the failure is shown and the person can try again. */
export const PublicClientFailed: Story = {
  render: () => html`<felles-id-login-button
    issuer="http://127.0.0.1:9/idporten"
    client-id="felles-storybook"
    redirect-uri=${`${location.origin}/iframe.html`}
  ></felles-id-login-button>`,
  play: async ({ canvasElement }) => {
    const el = buttonIn(canvasElement);
    await el.updateComplete;
    part(el, 'button').click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role=alert]')).not.toBeNull(), { timeout: 8000 });
  },
};
