import { html } from 'lit';
import { afterEach, describe, expect, inject, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import { exposedLiveRegions } from '../../test/ax.js';
import { axeViolations, describeViolations } from '../../test/axe.js';
import { cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import { announcerRegion } from '../internal/live-region.js';
import type { FellesIdLoginButton } from './id-login-button.js';
import './define.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/**
 * Keeps the test page where it is: a click that would navigate is stopped after the element has seen
 * it, and the returned list says whether the element itself had already stopped each one.
 */
function holdNavigation(): boolean[] {
  const stoppedByElement: boolean[] = [];
  const hold = (event: MouseEvent) => {
    stoppedByElement.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', hold);
  onTestFinished(() => window.removeEventListener('click', hold));
  return stoppedByElement;
}

const shadow = (el: FellesIdLoginButton) => el.shadowRoot!;
const link = (el: FellesIdLoginButton) => shadow(el).querySelector<HTMLAnchorElement>('a[part=button]');
const button = (el: FellesIdLoginButton) => shadow(el).querySelector<HTMLButtonElement>('button[part~=button]');
const alertText = (el: FellesIdLoginButton) => shadow(el).querySelector('[role=alert]')?.textContent?.trim();

async function expectNoViolations(el: Element) {
  const violations = await axeViolations(el);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('href mode (the service logs in on its backend)', () => {
  it('is a real link to the login endpoint with acr and locale, named "Logg inn med ID-porten"', async () => {
    const el = await fixture<FellesIdLoginButton>(
      html`<felles-id-login-button href="/auth/login?next=%2Fsoknad" level="high"></felles-id-login-button>`,
      { lang: 'nb' },
    );
    const a = link(el)!;
    const url = new URL(a.href);
    expect(url.pathname).toBe('/auth/login');
    expect(Object.fromEntries(url.searchParams)).toEqual({ next: '/soknad', acr: 'idporten-loa-high', locale: 'nb' });
    await expect.element(page.getByRole('link', { name: 'Logg inn med ID-porten' })).toBeVisible();
    await expectNoViolations(el);
  });

  it.each([
    ['nn', 'Logg inn', 'med'],
    ['en', 'Log in', 'with'],
    ['se', 'Čálit sisa', 'geavahettiin'],
  ])('speaks %s, and follows a lang change', async (lang, text, connector) => {
    const el = await fixture<FellesIdLoginButton>(html`<felles-id-login-button href="/login"></felles-id-login-button>`, { lang: 'nb' });
    el.parentElement!.setAttribute('lang', lang);
    await waitUntil(() => new URL(link(el)!.href).searchParams.get('locale') === lang, `locale ${lang}`);
    // Sámi texts load on first use.
    await waitUntil(() => link(el)!.textContent!.includes(text), `the ${lang} texts`);
    expect(link(el)!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${text} ${connector} ID-porten`);
    expect(new URL(link(el)!.href).searchParams.get('locale')).toBe(lang);
    expect(new URL(link(el)!.href).searchParams.has('acr')).toBe(false);
  });

  it('has three sizes', async () => {
    const heights: number[] = [];
    for (const size of ['sm', 'md', 'lg']) {
      const el = await fixture<FellesIdLoginButton>(html`<felles-id-login-button href="/login" size=${size}></felles-id-login-button>`);
      heights.push(link(el)!.getBoundingClientRect().height);
      await expectNoViolations(el);
    }
    expect(heights[0]).toBeLessThan(heights[1]!);
    expect(heights[1]).toBeLessThan(heights[2]!);
  });

  it('goes busy after a click, announces it, ignores a second click, and resets on pageshow from the back/forward cache', async () => {
    const stoppedByElement = holdNavigation();
    const el = await fixture<FellesIdLoginButton>(html`<felles-id-login-button href="/login"></felles-id-login-button>`, { lang: 'nb' });
    const events: Event[] = [];
    el.addEventListener('felles-login', (event) => events.push(event));
    link(el)!.click();
    await settle();
    expect(link(el)!.getAttribute('aria-busy')).toBe('true');
    await waitUntil(() => announcerRegion().textContent === 'Sender deg til ID-porten …', 'announcement');
    expect(announcerRegion().getAttribute('lang')).toBe('nb');
    await expectNoViolations(el);

    link(el)!.click();
    // The first click went on to navigate; the second was stopped by the element itself.
    expect(stoppedByElement).toEqual([false, true]);
    expect(events).toHaveLength(1);

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle();
    expect(link(el)!.getAttribute('aria-busy')).toBe('false');
  });

  it('fires a cancelable felles-login before navigating', async () => {
    const stoppedByElement = holdNavigation();
    const el = await fixture<FellesIdLoginButton>(html`<felles-id-login-button href="/login" level="substantial"></felles-id-login-button>`);
    let detail: unknown;
    el.addEventListener('felles-login', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    link(el)!.click();
    await settle();
    expect(stoppedByElement).toEqual([true]);
    expect(detail).toMatchObject({ mode: 'href', level: 'substantial' });
    expect(link(el)!.getAttribute('aria-busy')).toBe('false');
  });

  it('when logged in, shows the name and logs out with a POST form carrying the CSRF token', async () => {
    const el = await fixture<FellesIdLoginButton>(
      html`<felles-id-login-button href="/login" logout-href="/auth/logout" logged-in>
        <span slot="name">Kari Nordmann</span>
        <input slot="csrf" type="hidden" name="_csrf" value="token-123" />
      </felles-id-login-button>`,
      { lang: 'nb' },
    );
    await settle();
    const form = shadow(el).querySelector('form')!;
    expect(form.method).toBe('post');
    expect(new URL(form.action).pathname).toBe('/auth/logout');
    expect(Object.fromEntries(new FormData(form))).toEqual({ _csrf: 'token-123' });
    expect(shadow(el).querySelector('a')).toBeNull();
    await expect.element(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
    await expect.element(page.getByText('Kari Nordmann')).toBeVisible();
    await expectNoViolations(el);

    el.addEventListener('felles-logout', (event) => event.preventDefault());
    const submit = new SubmitEvent('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});

describe('misconfiguration', () => {
  it.each([
    ['a javascript: href', html`<felles-id-login-button href="javascript:alert(1)"></felles-id-login-button>`, 'unsafe-href'],
    [
      'a missing client-id',
      html`<felles-id-login-button issuer="https://test.idporten.no" redirect-uri="/cb"></felles-id-login-button>`,
      'missing-client-id',
    ],
    [
      'a redirect-uri on another origin',
      html`<felles-id-login-button issuer="https://test.idporten.no" client-id="x" redirect-uri="https://elsewhere.example/cb"></felles-id-login-button>`,
      'redirect-origin',
    ],
    [
      'an http issuer off loopback',
      html`<felles-id-login-button issuer="http://idporten.example" client-id="x" redirect-uri="/cb"></felles-id-login-button>`,
      'insecure-issuer',
    ],
    ['neither href nor issuer', html`<felles-id-login-button></felles-id-login-button>`, 'missing-target'],
  ])('%s is told in the console and shown', async (_label, template, problem) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<FellesIdLoginButton>(template, { lang: 'nb' });
    await waitUntil(() => error.mock.calls.length > 0, 'console.error');
    expect(String(error.mock.calls[0]![0])).toContain(`(${problem})`);
    expect(alertText(el)).toBe('Innlogging er ikke tilgjengelig: feil oppsett.');
    expect(shadow(el).querySelector('a')).toBeNull();
    expect(shadow(el).innerHTML).not.toContain('javascript:');
    expect(button(el)!.getAttribute('aria-disabled')).toBe('true');
    await expectNoViolations(el);
  });
});

describe('public-client mode', () => {
  it('shows a failure it cannot recover from (provider down) and lets the person try again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<FellesIdLoginButton>(
      html`<felles-id-login-button issuer="http://127.0.0.1:9/idporten" client-id="felles-test-public" redirect-uri=${`${location.origin}/cb`}></felles-id-login-button>`,
      { lang: 'en' },
    );
    const failures: Event[] = [];
    el.addEventListener('felles-login-error', (event) => failures.push(event));
    button(el)!.click();
    await waitUntil(() => alertText(el), 'failure message', 8000);
    expect(alertText(el)).toBe('The login failed. Please try again.');
    expect(failures).toHaveLength(1);
    expect(error).toHaveBeenCalled();
    expect(button(el)!.getAttribute('aria-busy')).toBe('false');
    // The failure is the last word: the earlier "Sending you to ID-porten …" is taken back, not read after it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const spoken = (await exposedLiveRegions()).map((region) => region.text).filter(Boolean);
    expect(spoken).toEqual(['The login failed. Please try again.']);
    await expectNoViolations(el);
  });
});

interface Report {
  type: 'felles-e2e';
  event: string;
  path: string;
  search: string;
  loggedIn: boolean;
  name: string;
  text: string;
  localStorage: number;
  sessionStorage: string[];
}

describe('end to end against the sandbox ID-porten', { timeout: 45_000 }, () => {
  const { backend } = inject('idportenE2e');
  const reports: Report[] = [];
  window.addEventListener('message', (event) => {
    if ((event.data as Report)?.type === 'felles-e2e') reports.push(event.data as Report);
  });

  async function nextReport(check: (report: Report) => boolean, what: string): Promise<Report> {
    const seen = reports.length;
    return waitUntil(() => reports.slice(seen - 1).find(check), what, 12_000);
  }

  function openApp(path: string) {
    const iframe = document.createElement('iframe');
    iframe.dataset.testid = 'app';
    iframe.title = 'Test service';
    iframe.style.cssText = 'width: 800px; height: 700px; border: 0';
    iframe.src = `${backend}${path}`;
    document.body.append(iframe);
    return { iframe, frame: page.frameLocator(page.getByTestId('app')) };
  }

  afterEach(() => document.querySelector('iframe[data-testid=app]')?.remove());

  it('logs in through the service backend (href mode), shows the name, and logs out', async () => {
    reports.length = 0;
    const started = performance.now();
    const { frame } = openApp('/href');
    await nextReport((r) => r.path === '/href' && !r.loggedIn, 'the logged-out page');
    await frame.getByRole('link', { name: 'Logg inn med ID-porten' }).click();

    // The sandbox's login page, asked for level high.
    await frame.getByLabelText(/Kari Nordmann/).click();
    await frame.getByRole('button', { name: 'Logg inn', exact: true }).click();

    const loggedIn = await nextReport((r) => r.path === '/href' && r.loggedIn, 'logged in');
    expect(loggedIn.name).toBe('Kari Nordmann');
    expect(loggedIn.text).toContain('Logg ut');
    console.info(`href-mode login took ${Math.round(performance.now() - started)} ms`);

    await frame.getByRole('button', { name: 'Logg ut' }).click();
    const loggedOut = await nextReport((r) => r.path === '/href' && !r.loggedIn, 'logged out');
    expect(loggedOut.text).toContain('Logg inn');
  });

  it('logs in as a public browser client, tokens in memory only, and logs out', async () => {
    reports.length = 0;
    const started = performance.now();
    const { frame } = openApp('/public');
    await nextReport((r) => r.path === '/public' && !r.loggedIn, 'the logged-out page');
    await frame.getByRole('button', { name: 'Logg inn med ID-porten' }).click();

    await frame.getByLabelText(/Áile Ovllá/).click();
    await frame.getByRole('button', { name: 'Logg inn', exact: true }).click();

    const loggedIn = await nextReport((r) => r.event === 'felles-logged-in', 'logged in');
    expect(loggedIn).toMatchObject({ path: '/public', loggedIn: true, name: 'Áile Ovllá', search: '', localStorage: 0, sessionStorage: [] });
    console.info(`public-client login took ${Math.round(performance.now() - started)} ms`);

    await frame.getByRole('button', { name: 'Logg ut' }).click();
    const loggedOut = await nextReport(
      (r) => r.path === '/public' && r.event === 'load' && !r.loggedIn && reports.some((x) => x.loggedIn),
      'logged out',
    );
    expect(loggedOut.localStorage).toBe(0);
  });
});
