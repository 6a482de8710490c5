import { render, type TemplateResult } from 'lit';
import { page } from 'vitest/browser';
import { ensureColours } from '../src/internal/theme.js';

const containers: HTMLElement[] = [];

/**
 * Renders a template into a fresh container attached to the document and waits until every Lit element
 * in it has rendered, and (test pages load no theme) until the default colours are in. Containers are
 * removed by `cleanup()` (call it in afterEach).
 */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult, attributes: Record<string, string> = {}): Promise<T> {
  const container = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild as T;
  await settle(container);
  await ensureColours();
  return element;
}

/** Waits for every Lit element under `root` (shadow roots included) to finish updating. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = [...root.querySelectorAll('*')]
      .filter((el): el is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in el)
      .map((el) => el.updateComplete);
    await Promise.all(pending);
  }
}

export function cleanup(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value or `timeout` passes. */
export async function waitUntil<T>(check: () => T | undefined | null | false, message = 'condition', timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await sleep(10);
  }
}

/** Runs `test` with the test page `width` CSS px wide and no body margin, and restores both. */
export async function atWidth<T>(width: number, test: () => Promise<T>, height = 640): Promise<T> {
  const before = [window.innerWidth, window.innerHeight] as const;
  const margin = document.body.style.margin;
  document.body.style.margin = '0';
  await page.viewport(width, height);
  try {
    return await test();
  } finally {
    document.body.style.margin = margin;
    await page.viewport(...before);
  }
}
