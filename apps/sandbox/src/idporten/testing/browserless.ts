/**
 * Drives the sandbox's login page with plain HTTP, as a browser would:
 * authorize → login page → POST the choice → resume → callback URL. Tests use
 * it to log in without a browser.
 */

interface Cookie {
  value: string;
  path: string;
}

/** Just enough of a cookie jar for one host: names, values and paths. */
export class CookieJar {
  readonly #cookies = new Map<string, Cookie>();

  header(url: URL): string {
    return [...this.#cookies]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  update(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired = attributes.some((a) => /^expires=thu, 01 jan 1970/i.test(a) || /^max-age=0$/i.test(a));
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, { value, path });
    }
  }

  get size(): number {
    return this.#cookies.size;
  }
}

export interface HttpStep {
  method: string;
  url: string;
  status: number;
}

export interface BrowserlessResult {
  /** The first URL outside the sandbox a redirect pointed to: the client's callback. */
  callbackUrl: string;
  /** Every request made, for assertions on the flow. */
  steps: HttpStep[];
  /** HTML of the last login page shown, if one was. */
  loginPage?: string;
}

export interface LoginChoice {
  person?: string;
  level?: 'substantial' | 'high';
  /** Press "Avbryt" instead of logging in. */
  cancel?: boolean;
}

export class Browserless {
  readonly jar = new CookieJar();
  readonly steps: HttpStep[] = [];

  constructor(readonly sandboxOrigin: string) {}

  async request(method: 'GET' | 'POST', url: string, body?: URLSearchParams): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = this.jar.header(target);
    if (cookie) headers.cookie = cookie;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(target, { method, headers, body, redirect: 'manual' });
    this.jar.update(response);
    this.steps.push({ method, url, status: response.status });
    return response;
  }

  /**
   * Follows redirects while they stay in the sandbox. Returns the first
   * location outside it, or the page where the redirects stopped.
   */
  async follow(method: 'GET' | 'POST', url: string, body?: URLSearchParams): Promise<{ leftTo?: string; page?: string; url: string }> {
    let response = await this.request(method, url, body);
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { page: await response.text(), url: current };
      }
      const next = new URL(location, current).href;
      await response.body?.cancel();
      if (!next.startsWith(this.sandboxOrigin)) return { leftTo: next, url: current };
      current = next;
      response = await this.request('GET', next);
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /** Logs in through the sandbox's page (or its live session) and returns the callback URL. */
  async login(authorizeUrl: string, choice: LoginChoice = {}): Promise<BrowserlessResult> {
    const first = await this.follow('GET', authorizeUrl);
    if (first.leftTo) return { callbackUrl: first.leftTo, steps: this.steps };
    const loginPage = first.page ?? '';
    const action = /<form method="post" action="([^"]+)"/.exec(loginPage)?.[1];
    const abort = /formaction="([^"]+)"/.exec(loginPage)?.[1];
    if (!action || !abort) throw new Error(`No login form at ${first.url}:\n${loginPage.slice(0, 500)}`);
    const form = new URLSearchParams({
      person: choice.person ?? 'kari',
      level: choice.level ?? (loginPage.includes('value="substantial"') ? 'substantial' : 'high'),
      lang: /<html lang="(\w+)"/.exec(loginPage)?.[1] ?? 'nb',
    });
    const done = await this.follow('POST', new URL(choice.cancel ? abort : action, first.url).href, form);
    if (!done.leftTo) throw new Error(`The login did not return to the client:\n${(done.page ?? '').slice(0, 500)}`);
    return { callbackUrl: done.leftTo, steps: this.steps, loginPage };
  }

  /**
   * RP-initiated logout: opens the end-session URL, submits the logout form
   * like the page's script does, and returns where the person is sent and the
   * front-channel logout frames shown on the way.
   */
  async logout(endSessionUrl: string): Promise<{ leftTo?: string; frontChannel: string[]; page?: string }> {
    const first = await this.follow('GET', endSessionUrl);
    if (first.leftTo) return { leftTo: first.leftTo, frontChannel: [] };
    const page = first.page ?? '';
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(page)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1];
    if (!action || !xsrf) throw new Error(`No logout form:\n${page.slice(0, 500)}`);
    const done = await this.follow('POST', new URL(action, first.url).href, new URLSearchParams({ xsrf, logout: 'yes' }));
    if (done.leftTo) return { leftTo: done.leftTo, frontChannel: [] };
    const donePage = done.page ?? '';
    const frames = [...donePage.matchAll(/<iframe src="([^"]+)"/g)].map((m) => decodeHtml(m[1] ?? ''));
    const next = /<a class="button" href="([^"]+)" data-continue>/.exec(donePage)?.[1];
    return { leftTo: next ? decodeHtml(next) : undefined, frontChannel: frames, page: donePage };
  }
}

function decodeHtml(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
