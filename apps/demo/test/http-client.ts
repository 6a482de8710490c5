/**
 * A browser without JavaScript, for the demo's own pages: keeps the demo's cookies, follows
 * nothing by itself, and reads forms' hidden fields. The sandbox's login pages are driven by the
 * sandbox's own `Browserless`.
 */
export class PlainBrowser {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie line received, for checks of the attributes. */
  readonly setCookies: string[] = [];

  constructor(readonly origin: string) {}

  async request(method: 'GET' | 'POST', path: string, form?: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(path, this.origin);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        ...(cookie ? { cookie } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin } : {}),
        ...headers,
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async get(path: string): Promise<{ status: number; location: string | null; html: string; headers: Headers }> {
    const response = await this.request('GET', path);
    return { status: response.status, location: response.headers.get('location'), html: await response.text(), headers: response.headers };
  }

  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; location: string | null; html: string }> {
    const response = await this.request('POST', path, form, headers);
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  }
}

/** The CSRF token of the first POST form on a page. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No CSRF field on the page');
  return token;
}
