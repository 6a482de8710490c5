import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.js';

/**
 * The docs pages of the production Storybook, as designers read them: Markdown tables are tables, and the API
 * tables list an element's public API (no `#private` fields, no attribute hidden behind a CSS part of the same name).
 */
const root = resolve('storybook-static');
const built = existsSync(resolve(root, 'index.json'));

/** What Storybook shows while a docs page, one of its stories or an API table is still loading. */
const SKELETONS = '.sb-preparing-docs, .sb-preparing-story, .sb-argstableBlock-loading, [class*="skeleton"]';

/**
 * Opens a docs page and resolves once it shows its content with no skeleton left on screen, with the
 * milliseconds that took; rejects after `timeout`.
 */
async function openDocs(page: Page, url: string, timeout: number): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (skeletons) => {
      const content = document.querySelector<HTMLElement>('.sbdocs-content');
      const shown = (element: Element) => element.checkVisibility();
      return Boolean(content && shown(content) && content.innerText.trim() && ![...document.querySelectorAll(skeletons)].some(shown));
    },
    SKELETONS,
    { timeout, polling: 100 },
  );
  return Date.now() - start;
}

interface DocsPage {
  text: string;
  /** The first cell of every row of every API table, by the table's section (attributes, properties …). */
  rows: { section: string; name: string }[];
  tables: number;
}

describe.runIf(built)('built Storybook docs', () => {
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
  const docs = Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map((entry) => entry.id);

  async function read(id: string): Promise<DocsPage> {
    const page: Page = await browser.newPage();
    try {
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
      await page.waitForSelector('.sbdocs-content h1', { timeout: 20_000 });
      // The API tables are filled in once the stories are prepared.
      await page.waitForTimeout(500);
      await page
        .waitForFunction(() => !document.querySelector('.docblock-argstable-body [class*="skeleton"], .sb-argstableBlock-loading'), undefined, {
          timeout: 5_000,
        })
        .catch(() => {});
      return await page.evaluate(() => {
        const content = document.querySelector('.sbdocs-content') as HTMLElement;
        const rows: { section: string; name: string }[] = [];
        const tables = [...content.querySelectorAll('table.docblock-argstable')];
        for (const table of tables) {
          let section = '';
          for (const row of table.querySelectorAll('tbody tr')) {
            // A section's row is its toggle, titled "Hide attributes items".
            const toggle = /^(?:Hide|Show) (.+) items$/.exec(row.getAttribute('title') ?? '');
            const first = row.querySelector('td');
            if (toggle) section = toggle[1]!;
            else if (first) rows.push({ section, name: (first.textContent ?? '').trim() });
          }
        }
        return { text: content.innerText, rows, tables: tables.length };
      });
    } finally {
      await page.close();
    }
  }

  const pages = new Map<string, Promise<DocsPage>>();
  const docsPage = (id: string) => {
    if (!pages.has(id)) pages.set(id, read(id));
    return pages.get(id)!;
  };

  it('has docs pages', () => {
    expect(docs).toContain('introduction--docs');
    expect(docs).toContain('elements-address-lookup--docs');
  });

  it.each(docs)('%s shows no raw Markdown table and no private member', async (id) => {
    const { text, rows } = await docsPage(id);
    expect(text).not.toMatch(/\|\s*:?-{3,}:?\s*\|/);
    expect(rows.filter((row) => row.name.startsWith('#')).map((row) => row.name)).toEqual([]);
  });

  // A person opening a docs page sees it at once: no page may stay on Storybook's skeleton.
  it.each(docs)('%s shows its content, with no skeleton left, within a few seconds', async (id) => {
    const page = await browser.newPage();
    try {
      expect(await openDocs(page, `${origin}/iframe.html?id=${id}&viewMode=docs`, 8_000)).toBeLessThan(8_000);
    } finally {
      await page.close();
    }
  });

  it('takes a docs page whose stories never arrive for one that is not shown', async () => {
    const page = await browser.newPage();
    // The address lookup's stories are asked for and never answered: the page keeps its skeleton.
    await page.route(/address-lookup\.stories-[\w-]+\.js$/, () => {});
    try {
      await expect(openDocs(page, `${origin}/iframe.html?id=elements-address-lookup--docs&viewMode=docs`, 3_000)).rejects.toThrow(/Timeout/);
    } finally {
      await page.close();
    }
  });

  it('renders the introduction’s package table as a table', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=introduction--docs&viewMode=docs`);
    await page.waitForSelector('.sbdocs-content h1', { timeout: 20_000 });
    const tables = await page.locator('.sbdocs-content table').count();
    await page.close();
    expect(tables).toBeGreaterThan(0);
  });

  it('lists the address lookup’s label attribute', async () => {
    const { rows } = await docsPage('elements-address-lookup--docs');
    expect(rows.filter((row) => row.name === 'label').map((row) => row.section)).toContain('attributes');
    expect(rows.map((row) => row.name)).toContain('::part(label)');
  });

  it.each(['elements-consent-dialog--docs', 'elements-consent-list--docs'])('%s has an API table', async (id) => {
    const { rows, tables } = await docsPage(id);
    expect(tables).toBeGreaterThan(0);
    expect(rows.some((row) => row.section === 'attributes')).toBe(true);
  });
});
