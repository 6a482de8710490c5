import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../index.js';
import { Browserless } from './testing/browserless.js';
import { startIdportenSandbox, testClient } from './testing/fixtures.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startIdportenSandbox();
});
afterAll(() => sandbox.close());

async function loginPage(uiLocales?: string[]) {
  const login = await testClient(sandbox.origin).createLogin({ uiLocales: uiLocales as ('nb' | 'nn' | 'en' | 'se')[] | undefined });
  const { page } = await new Browserless(sandbox.origin).follow('GET', login.url);
  return page ?? '';
}

describe('the sandbox login page', () => {
  it.each([
    [undefined, 'nb', 'Logg inn'],
    [['nn'], 'nn', 'Logg inn med ein testperson'],
    [['en'], 'en', 'Log in as a test person'],
    // Sámi lacks most texts: the page is Bokmål, its Sámi texts marked as such.
    [['se'], 'nb', '<button type="submit"><span lang="se">Čálit sisa</span></button>'],
    [['fr', 'en'], 'en', 'Log in'],
  ] as const)('honours ui_locales %o with lang="%s"', async (locales, lang, text) => {
    const html = await loginPage(locales ? [...locales] : undefined);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(text);
  });

  it('labels every control, groups them with legends and loads nothing from elsewhere', async () => {
    const html = await loginPage();
    const inputs = html.match(/<input type="radio"[^>]*>/g) ?? [];
    expect(inputs.length).toBe(6 + 2);
    // Each radio sits inside its <label>.
    expect(html.match(/<label><input type="radio"/g)?.length).toBe(inputs.length);
    expect(html.match(/<legend>/g)?.length).toBe(2);
    expect(html).toContain('<h1>');
    expect(html).not.toMatch(/<(link|img|script)[^>]+(src|href)=/);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('shows synthetic numbers only', async () => {
    const html = await loginPage();
    const numbers = [...html.matchAll(/class="pid">(\d{11})</g)].map((m) => m[1]!);
    expect(numbers).toHaveLength(5);
    for (const pid of numbers) expect(Number(pid.slice(2, 4))).toBeGreaterThan(80);
  });
});
