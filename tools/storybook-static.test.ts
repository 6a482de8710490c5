import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { screenshotPath } from './screenshots.js';
import { serveStatic } from './static-server.js';

/**
 * The production Storybook, as designers see it. Development tests can pass while a production bundle
 * drops a component (a registration tree-shaken away): every story must render defined elements here.
 */
const root = resolve('storybook-static');
const built = existsSync(resolve(root, 'index.json'));

describe.runIf(built)('built Storybook', () => {
  let browser: Browser;
  let origin: string;
  let close: () => void;

  beforeAll(async () => {
    const served = await serveStatic(root);
    origin = served.origin;
    close = () => served.server.close();
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  const index = built
    ? (JSON.parse(readFileSync(resolve(root, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> })
    : { entries: {} };
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('shows the Storybook UI with a story, for the README screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/?path=/story/elements-address-lookup--results`);
    const frame = page.frameLocator('#storybook-preview-iframe');
    await frame.locator('felles-address-lookup').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: screenshotPath('storybook.png') });
    await page.close();
  });

  it.each(stories.map((story) => story.id))('renders %s with every element defined', async (id) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(100);
    const undefinedTags = await page.$$eval('#storybook-root *:not(:defined)', (nodes) => [...new Set(nodes.map((n) => n.localName))]);
    const shown = await page.$$eval('#storybook-root [class], #storybook-root *', (nodes) =>
      nodes.some((n) => (n as HTMLElement).getBoundingClientRect().height > 0),
    );
    if (id.endsWith('--in-a-form') || stories[0]?.id === id) {
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/storybook-${id}.png` });
    }
    await page.close();
    expect(errors).toEqual([]);
    expect(undefinedTags.filter((tag) => tag.startsWith('felles-'))).toEqual([]);
    expect(shown).toBe(true);
  });
});
