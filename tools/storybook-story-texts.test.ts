import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.js';

/**
 * The stories' own parts, as a designer sees them with the toolbar's language: a story's buttons are
 * Designsystemet's, and its labels and buttons speak the toolbar's language like the elements do,
 * rather than staying in Bokmål.
 */
const root = resolve('storybook-static');
const built = existsSync(resolve(root, 'index.json'));

const index = built
  ? (JSON.parse(readFileSync(resolve(root, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string; title: string }> })
  : { entries: {} };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

interface Shown {
  /** Buttons the story itself puts in its canvas (not those inside an element), and their classes. */
  buttons: { text: string; className: string; lang: string | null }[];
  /** The label of each address or organisation lookup in the canvas. */
  labels: string[];
}

describe.runIf(built)('built Storybook: the stories’ own texts and buttons', () => {
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

  async function show(page: Page, id: string, lang: string): Promise<Shown> {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang}`);
    await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 15_000 });
    // The lookups are defined and have rendered their label.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('felles-address-lookup, felles-organisation-lookup')].every((el) =>
          el.shadowRoot?.querySelector('[part~="label"]'),
        ),
      undefined,
      { timeout: 10_000 },
    );
    return page.evaluate(() => {
      const canvas = document.querySelector('#storybook-root')!;
      return {
        buttons: [...canvas.querySelectorAll('button')].map((button) => ({
          text: (button.textContent ?? '').trim(),
          className: button.className,
          lang: button.closest('[lang]')?.getAttribute('lang') ?? null,
        })),
        labels: [...canvas.querySelectorAll('felles-address-lookup, felles-organisation-lookup')].map((el) =>
          (el.shadowRoot!.querySelector('[part~="label"]')!.textContent ?? '').trim(),
        ),
      };
    });
  }

  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('styles every button a story puts on the page as a Designsystemet button', async () => {
    const page = await browser.newPage();
    const plain: string[] = [];
    try {
      for (const { id } of stories) {
        const { buttons } = await show(page, id, 'en');
        for (const button of buttons) if (!/\bds-button\b/.test(button.className)) plain.push(`${id}: ${button.text}`);
      }
    } finally {
      await page.close();
    }
    expect(plain).toEqual([]);
  }, 300_000);

  // Every story of the two lookups whose label is not its point (the "Languages" stories set one per language).
  const lookups = stories.filter((story) => /^elements-(address|organisation)-lookup--/.test(story.id) && !/--(languages|english)$/.test(story.id));
  const labels: Record<string, Record<string, string>> = {
    en: { address: 'Address', organisation: 'Organisation' },
    se: { address: 'Čujuhus', organisation: 'Organisašuvdna' },
  };

  it.each(lookups.flatMap((story) => ['en', 'se'].map((lang) => [story.id, lang] as const)))(
    'labels %s in the toolbar language (%s)',
    async (id, lang) => {
      const page = await browser.newPage();
      try {
        const { labels: shown } = await show(page, id, lang);
        const kind = id.includes('address') ? 'address' : 'organisation';
        expect(shown.length, id).toBeGreaterThan(0);
        for (const label of shown) expect(label).toBe(labels[lang]![kind]);
      } finally {
        await page.close();
      }
    },
  );

  it.each([
    ['elements-address-lookup--in-a-form', ['Send', 'Reset']],
    ['elements-organisation-lookup--in-a-form', ['Send', 'Reset']],
    ['foundations-element-core--in-a-form', ['Send', 'Reset']],
    ['elements-consent-dialog--with-opener', ['See the consent request']],
  ])('words the buttons of %s in the toolbar language', async (id, texts) => {
    const page = await browser.newPage();
    try {
      const { buttons } = await show(page, id, 'en');
      expect(buttons.map((button) => button.text)).toEqual(texts);
      // Not written in Sámi yet: then the button is Bokmål, and says so.
      const sami = await show(page, id, 'se');
      for (const button of sami.buttons) if (!['Sádde', 'Álggat ođđasit'].includes(button.text)) expect(button.lang, button.text).toBe('nb');
    } finally {
      await page.close();
    }
  });
});
