import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../../tools/chromium.mjs';
import { startSandbox, type RunningSandbox } from '../index.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let sandbox: RunningSandbox;
let browser: Browser;
beforeAll(async () => {
  [sandbox, browser] = await Promise.all([
    startSandbox({ port: 0, dataDir: '.sandbox-data/test-home-browser' }),
    chromium.launch({ executablePath: findChromium(), args: chromiumArgs }),
  ]);
}, 60_000);
afterAll(() => Promise.all([browser?.close(), sandbox?.close()]));

describe('the front page in Chromium', () => {
  it.each(['nb', 'en'])('(%s) is styled by Designsystemet, set in Inter, and has no axe violations', async (lang) => {
    const page = await browser.newPage({ locale: lang === 'en' ? 'en-GB' : 'nb-NO' });
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    await page.goto(`${sandbox.origin}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const look = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        font: getComputedStyle(document.body).fontFamily,
        inter: [...document.fonts].some((font) => font.family.replace(/"/g, '') === 'Inter Variable' && font.status === 'loaded'),
        tokens: getComputedStyle(document.documentElement).getPropertyValue('--ds-color-neutral-background-default').trim(),
      };
    });
    expect(look.font).toMatch(/^"Inter Variable"/);
    expect(look.inter).toBe(true);
    expect(look.tokens).not.toBe('');
    const violations = await page.evaluate(async (source) => {
      (0, eval)(source);
      const axe = (globalThis as unknown as { axe: { run(node: Node): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } })
        .axe;
      return (await axe.run(document)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }, axeSource);
    expect(violations).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
