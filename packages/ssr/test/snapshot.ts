import type { Page } from 'playwright';

/**
 * Runs in the page: an element's shadow DOM as text, normalized so that a hydrated element and one
 * rendered in the browser can be compared: Lit's comment markers and the `<style>` the server inlines
 * (the browser adopts the same sheet) are left out, adjacent text is joined, attributes are sorted,
 * `href`s resolved, and live state that attributes do not show (an input's value, a dialog's `open`)
 * is added. A silent hydration mismatch (a stale attribute or text left from the server) shows here.
 */
export function shadowSnapshot(element: Element): string {
  const lines: string[] = [];
  const walk = (parent: ParentNode, depth: number) => {
    let text = '';
    const flush = () => {
      const value = text.replace(/\s+/g, ' ').trim();
      if (value) lines.push(`${'  '.repeat(depth)}"${value}"`);
      text = '';
    };
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.localName === 'style') continue;
      flush();
      const attributes = [...el.attributes]
        // The server writes a `.value=` binding as a `value` attribute so the text shows before script;
        // it is only the default value: the live `.value` below is what must agree.
        .filter((a) => !(el instanceof HTMLInputElement && a.name === 'value'))
        .map((a) => `${a.name}="${a.name === 'href' ? new URL(a.value, document.baseURI).href : a.value}"`)
        .sort();
      if (el instanceof HTMLInputElement) attributes.push(`.value="${el.value}"`, `.disabled=${el.disabled}`);
      if (el instanceof HTMLDialogElement) attributes.push(`.open=${el.open}`);
      lines.push(`${'  '.repeat(depth)}<${el.localName} ${attributes.join(' ')}>`);
      walk(el, depth + 1);
    }
    flush();
  };
  walk(element.shadowRoot!, 0);
  return lines.join('\n');
}

/**
 * Renders `tag` in the page the browser's way (no server), with the same attributes and properties,
 * and returns its snapshot once it has settled.
 */
export async function clientSnapshot(
  page: Page,
  tag: string,
  attributes: Record<string, string>,
  properties: Record<string, unknown>,
): Promise<string> {
  return page.evaluate(
    async ({ tag, attributes, properties, snapshot }) => {
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      Object.assign(element, properties);
      const box = document.createElement('div');
      box.style.display = 'none';
      box.append(element);
      document.querySelector('main')!.append(box);
      // Let loads and validations that the element starts by itself finish.
      for (let i = 0; i < 5; i++) {
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const result = (0, eval)(`(${snapshot})`)(element) as string;
      box.remove();
      return result;
    },
    { tag, attributes, properties, snapshot: shadowSnapshot.toString() },
  );
}

/** The snapshot of the first `tag` in the page, after it has settled. */
export async function pageSnapshot(page: Page, tag: string): Promise<string> {
  return page.evaluate(
    async ({ tag, snapshot }) => {
      const element = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      for (let i = 0; i < 5; i++) {
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return (0, eval)(`(${snapshot})`)(element) as string;
    },
    { tag, snapshot: shadowSnapshot.toString() },
  );
}
