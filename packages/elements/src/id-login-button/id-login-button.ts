import { LitElement, html, isServer, nothing, svg, type TemplateResult } from 'lit';
import { announce, silence } from '../internal/announcer.js';
import { LocalizeController } from '../internal/localize.js';
import { checkConfig, safeUrl, type ConfigProblem } from './check-config.js';
import type { PublicClientHost } from './public-client.js';
import { styles } from './id-login-button.styles.js';
import { messages } from './messages.js';

export type IdLoginMode = 'href' | 'public-client';
export type IdLoginLevel = 'substantial' | 'high';

/** Fired before the button sends the person to log in; cancel it to stay on the page. */
export class FellesLoginEvent extends Event {
  readonly detail: { mode: IdLoginMode; level: IdLoginLevel | undefined; url: string | undefined };
  constructor(detail: FellesLoginEvent['detail']) {
    super('felles-login', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** Fired before the logout form is sent; cancel it to stay logged in. */
export class FellesLogoutEvent extends Event {
  readonly detail: { mode: IdLoginMode };
  constructor(mode: IdLoginMode) {
    super('felles-logout', { bubbles: true, composed: true, cancelable: true });
    this.detail = { mode };
  }
}

/**
 * A server render has no page address. Relative URLs are resolved against this stand-in there and
 * written back relative, so the server's link works before (and without) script.
 */
const SERVER_BASE = 'https://server-render.invalid/felles/';
const pageUrl = () => (isServer ? SERVER_BASE : location.href);

function serverHref(url: URL): string {
  if (url.href.startsWith(SERVER_BASE)) return url.href.slice(SERVER_BASE.length);
  return url.origin === new URL(SERVER_BASE).origin ? url.pathname + url.search + url.hash : url.href;
}

type Busy = false | 'login' | 'completing' | 'logout';

// A neutral key, not ID-porten's logo: it says "you log in here" without borrowing a brand.
const icon = svg`<svg part="icon" viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M7.5 15a5.5 5.5 0 1 1 5.2-7.3H22v4.6h-2.2V15h-3.6v-2.7h-3.5A5.5 5.5 0 0 1 7.5 15Zm0-3.4a2.1 2.1 0 1 0 0-4.2 2.1 2.1 0 0 0 0 4.2Z"/></svg>`;

/**
 * The "Logg inn" button of a service that logs people in through ID-porten.
 *
 * Recommended: `href` to the service's own login endpoint (a backend that keeps the tokens). The
 * button is then a real link, with `acr` (from `level`) and `locale` (the page language) added as
 * query parameters; put a plain `<a href="/login">Logg inn</a>` inside it as the fallback before
 * JavaScript runs. Alternatively, `issuer` + `client-id` + `redirect-uri` make it a public browser
 * client (PKCE; tokens in memory only), whose code is loaded only when that mode is used.
 *
 * When `logged-in`, it shows the person's name (slot `name`) and "Logg ut", a POST form to
 * `logout-href` carrying the hidden inputs of slot `csrf`; never a GET.
 *
 * @summary Log in (and out) through ID-porten, as a link to the service's login or as a public client.
 *
 * @slot name - The logged-in person's name.
 * @slot csrf - A hidden `<input>` (or an element holding hidden inputs, such as a fallback `<form>`) whose name and value the logout form sends.
 *
 * @csspart button - The login link or button, and the logout button.
 * @csspart logout - The logout button.
 * @csspart icon - The key sign.
 * @csspart name - The person's name.
 * @csspart logged-in - The row with name and logout.
 * @csspart message - Status and error text.
 *
 * @cssprop [--felles-id-login-button-background=var(--ds-color-base-default)] - Button background.
 * @cssprop [--felles-id-login-button-color=var(--ds-color-base-contrast-default)] - Button text.
 *
 * @fires {FellesLoginEvent} felles-login - Before navigating to log in; cancelable.
 * @fires {FellesLogoutEvent} felles-logout - Before the logout form is sent; cancelable.
 * @fires {FellesLoggedInEvent} felles-logged-in - Public-client mode: the login completed.
 * @fires {FellesLoginErrorEvent} felles-login-error - Public-client mode: the login failed.
 */
export class FellesIdLoginButton extends LitElement {
  static override properties = {
    href: {},
    level: {},
    loggedIn: { type: Boolean, reflect: true, attribute: 'logged-in' },
    logoutHref: { attribute: 'logout-href' },
    issuer: {},
    clientId: { attribute: 'client-id' },
    redirectUri: { attribute: 'redirect-uri' },
    postLogoutRedirectUri: { attribute: 'post-logout-redirect-uri' },
    size: { reflect: true },
    busy: { state: true },
    failed: { state: true },
    name: { state: true },
    csrf: { state: true },
  };

  static override styles = styles;

  /** The service's login endpoint (recommended mode). Only http(s) URLs are accepted. */
  href?: string;

  /** Level of assurance to ask for: `substantial` (default at ID-porten) or `high`. */
  level?: IdLoginLevel;

  /** Shows the person's name and "Logg ut" instead of "Logg inn". */
  loggedIn = false;

  /** The service's logout endpoint; the logout is a POST form to it. */
  logoutHref?: string;

  /** Public-client mode: the provider, e.g. `https://test.idporten.no`. */
  issuer?: string;

  /** Public-client mode: the client id registered with ID-porten. */
  clientId?: string;

  /** Public-client mode: this page's callback URL; must be on the page's origin. */
  redirectUri?: string;

  /** Public-client mode: where ID-porten sends the person after logout. */
  postLogoutRedirectUri?: string;

  /** `sm`, `md` (default) or `lg`; `data-size` on an ancestor works as well. */
  size: 'sm' | 'md' | 'lg' = 'md';

  private busy: Busy = false;
  private failed = false;
  private name?: string;
  private csrf: [string, string][] = [];

  readonly #t = new LocalizeController(this, messages);
  #problem?: ConfigProblem;
  #started = false;

  /** `href` (a link to the service's login, recommended) or `public-client` (`issuer` without `href`). */
  get mode(): IdLoginMode {
    return this.href === undefined && this.issuer !== undefined ? 'public-client' : 'href';
  }

  #onPageShow = (event: PageTransitionEvent) => {
    // Back from ID-porten through the browser's back/forward cache: the page is as we left it, busy.
    if (event.persisted) this.busy = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.#onPageShow);
  }

  protected override willUpdate(): void {
    let problem = checkConfig(this, pageUrl());
    // Whether the redirect URI is on the page's origin is for the browser to tell.
    if (isServer && problem === 'redirect-origin') problem = undefined;
    if (problem && problem !== this.#problem && !isServer) {
      import('./explain-config.js')
        .then(({ explainConfig }) => console.error(explainConfig(problem, this, location.origin), this))
        // The explanation did not download: the misconfiguration is still named, without the details.
        .catch(() => console.error(`[felles-id-login-button] misconfigured: ${problem}`, this));
    }
    this.#problem = problem;
    if (!problem && this.mode === 'public-client' && !this.#started && !isServer) {
      this.#started = true;
      void this.#public('resume');
    }
  }

  #loginUrl(): string {
    const url = safeUrl(this.href, pageUrl())!;
    if (this.level) url.searchParams.set('acr', `idporten-loa-${this.level}`);
    url.searchParams.set('locale', this.#t.lang);
    return isServer ? serverHref(url) : url.href;
  }

  #onLoginClick(event: MouseEvent) {
    const url = this.mode === 'href' ? this.#loginUrl() : undefined;
    // A second click while the first is on its way would start a second login.
    if (this.busy || !this.dispatchEvent(new FellesLoginEvent({ mode: this.mode, level: this.level, url }))) {
      event.preventDefault();
      return;
    }
    this.#setBusy('login', 'busy');
    if (!url) void this.#public('login');
  }

  #setBusy(busy: Busy, message: 'busy' | 'completing' | 'loggingOut') {
    this.busy = busy;
    this.failed = false;
    announce(this.#t.t(message), { lang: this.#t.textLang, from: this });
  }

  /** The public-client mode lives in a module loaded only when it is used. */
  async #public(step: 'resume' | 'login' | 'logout', form?: HTMLFormElement) {
    const { run } = await import('./public-client.js');
    const host: PublicClientHost = {
      element: this,
      config: { issuer: this.issuer!, clientId: this.clientId!, redirectUri: this.redirectUri!, postLogoutRedirectUri: this.postLogoutRedirectUri },
      lang: this.#t.lang,
      level: this.level,
      completing: () => this.#setBusy('completing', 'completing'),
      done: (name) => {
        this.busy = false;
        if (name === undefined) return;
        this.name = name ?? undefined;
        this.loggedIn = true;
      },
      fail: () => {
        this.busy = false;
        this.failed = true;
        // The alert says what happened; "Sender deg til ID-porten …" must not follow it.
        silence({ from: this });
      },
    };
    await run(step, host, form);
  }

  #onLogoutSubmit(event: SubmitEvent) {
    if (this.busy || !this.dispatchEvent(new FellesLogoutEvent(this.mode))) {
      event.preventDefault();
      return;
    }
    this.#setBusy('logout', 'loggingOut');
    if (this.mode === 'href') return;
    // Public client: the same POST form, sent to ID-porten's end_session_endpoint instead.
    event.preventDefault();
    void this.#public('logout', event.target as HTMLFormElement);
  }

  #onCsrfSlotChange(event: Event) {
    const elements = (event.target as HTMLSlotElement).assignedElements({ flatten: true });
    this.csrf = elements
      .flatMap((element) => (element.matches('input[type=hidden]') ? [element] : [...element.querySelectorAll('input[type=hidden]')]))
      .map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]);
  }

  #content(label: string): TemplateResult {
    return html`${icon}<span>${label}</span> <span class="sign"><span class="visually-hidden">${this.#t.t('with')}</span> ID-porten</span>`;
  }

  #message(): TemplateResult | typeof nothing {
    if (this.#problem) return html`<p part="message" class="error" role="alert">${this.#t.t('misconfigured')}</p>`;
    if (this.failed) return html`<p part="message" class="error" role="alert">${this.#t.t('failed')}</p>`;
    return nothing;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const busy = Boolean(this.busy);
    if (this.#problem) {
      return html`<button part="button" class="button" type="button" aria-disabled="true">${this.#content(t.t('login'))}</button>${this.#message()}`;
    }
    if (this.loggedIn) {
      const action = this.mode === 'href' ? (this.logoutHref ?? '') : '';
      // prettier-ignore
      return html`<div part="logged-in" class="logged-in"><span part="name"><span class="visually-hidden">${t.t('loggedInAs')} </span><slot name="name">${this.name ?? ''}</slot></span><form method="post" action=${action} @submit=${this.#onLogoutSubmit}>${this.csrf.map(([name, value]) => html`<input type="hidden" name=${name} .value=${value}>`)}<button part="button logout" class="button secondary" aria-busy=${busy} aria-disabled=${busy}>${t.t('logout')}</button></form></div><slot name="csrf" @slotchange=${this.#onCsrfSlotChange}></slot>`;
    }
    const status = this.busy === 'completing' ? t.t('completing') : t.t('login');
    // prettier-ignore
    return html`${this.mode === 'href'
      ? html`<a part="button" class="button" href=${this.#loginUrl()} aria-busy=${busy} aria-disabled=${busy} @click=${this.#onLoginClick}>${this.#content(t.t('login'))}</a>`
      : html`<button part="button" class="button" type="button" aria-busy=${busy} aria-disabled=${busy} @click=${this.#onLoginClick}>${this.#content(status)}</button>`}${this.#message()}`;
  }
}
