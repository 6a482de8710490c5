import type { AnnounceOptions, Politeness } from './announcer.js';

const REGION_ATTRIBUTE = 'data-felles-announcer';

/** Off-screen yet read by screen readers; `display: none` would silence the live region. */
const HIDDEN_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;';

/** The composed-tree parent: through slots and from a shadow root to its host. */
function parentOf(node: Node): Node | null {
  if (node instanceof ShadowRoot) return node.host;
  return (node instanceof Element && node.assignedSlot) || node.parentNode;
}

const isOpenModal = (node: Node): node is HTMLDialogElement => node instanceof HTMLDialogElement && node.matches(':modal');

/**
 * Where a live region is exposed: while a modal dialog is open, Chromium ignores everything outside it
 * (`activeModalDialog`), so the region goes into the open modal dialog around the speaker, or else the
 * page's top-most one, or else into `<body>`.
 */
function container(from?: Node): HTMLElement {
  for (let node: Node | null = from ?? null; node; node = parentOf(node)) if (isOpenModal(node)) return node;
  const modals = document.querySelectorAll<HTMLDialogElement>('dialog:modal');
  return modals[modals.length - 1] ?? document.body;
}

function region(politeness: Politeness, from?: Node): HTMLElement {
  const parent = container(from);
  const selector = `:scope > [${REGION_ATTRIBUTE}="${politeness}"]`;
  let element = parent.querySelector<HTMLElement>(selector);
  if (!element) {
    element = document.createElement('div');
    element.setAttribute(REGION_ATTRIBUTE, politeness);
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    if (politeness === 'polite') element.setAttribute('role', 'status');
    element.style.cssText = HIDDEN_STYLE;
    parent.append(element);
  }
  return element;
}

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Speaks a message through a page-wide live region, shared by every Felles element (and every copy of
 * the library) on the page; inside an open modal dialog, through one in that dialog. The region is emptied first and filled a moment later, so the same message
 * twice in a row ("3 treff", "3 treff") is announced twice.
 */
export function speak(message: string, options: AnnounceOptions = {}): void {
  const element = region(options.politeness ?? 'polite', options.from);
  clearTimeout(pending.get(element));
  element.textContent = '';
  if (options.lang) element.setAttribute('lang', options.lang);
  else element.removeAttribute('lang');
  pending.set(
    element,
    setTimeout(() => {
      element.textContent = message;
    }, 50),
  );
}

/** The live region an announcement goes to; for tests and for pages that want to place it themselves. */
export function announcerRegion(politeness: Politeness = 'polite', from?: Node): HTMLElement {
  return region(politeness, from);
}

/** Empties the polite region an element speaks through, and drops a message still waiting to be put in. */
export function hush(from?: Node): void {
  const element = region('polite', from);
  clearTimeout(pending.get(element));
  element.textContent = '';
}
