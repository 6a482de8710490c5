const textSpacing = new CSSStyleSheet();
textSpacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }`);

/**
 * WCAG 1.4.12 text spacing, as the bookmarklets testers use apply it: line height 1.5, paragraphs 2 em
 * apart, letters 0.12 em and words 0.16 em. Stylesheets of the page do not reach into shadow roots, so
 * it is adopted by `root`'s shadow root and by every shadow root below it.
 */
export function injectTextSpacing(root: Element): void {
  for (const target of [document, ...shadowRoots(root)]) target.adoptedStyleSheets = [...target.adoptedStyleSheets, textSpacing];
}

/** Removes what `injectTextSpacing` added. */
export function removeTextSpacing(root: Element): void {
  for (const target of [document, ...shadowRoots(root)])
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((sheet) => sheet !== textSpacing);
}

/** The shadow roots of `root` and of every element below it. */
const shadowRoots = (root: Element): ShadowRoot[] => deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));

/** Every element under `root`, shadow roots included. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    found.push(node);
    if (node.shadowRoot) [...node.shadowRoot.children].forEach(visit);
    [...node.children].forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * Elements whose content is wider than their box and clipped or spilling out of it: what a person
 * would see cut off or have to scroll sideways for. Visually hidden text is left out, and so are text
 * fields, whose text scrolls inside them as a person moves the caret.
 */
export function overflowing(root: Element): { element: string; scrollWidth: number; clientWidth: number }[] {
  return deepElements(root)
    .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && !el.closest('.visually-hidden') && !el.matches('input, textarea'))
    .map((el) => ({
      element: `${el.localName}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${el.textContent!.trim().slice(0, 40)}"`,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
}

/**
 * Elements under `root` (shadow roots included) that reach past `right` (CSS px from the viewport's
 * left edge): what makes a page scroll sideways.
 */
export function beyond(root: Element, right: number): { element: string; right: number }[] {
  return deepElements(root)
    .map((el) => ({ el, right: Math.round(el.getBoundingClientRect().right) }))
    .filter((found) => found.right > right && !found.el.closest('.visually-hidden'))
    .map(({ el, right }) => ({
      element: `${el.localName}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${el.textContent!.trim().slice(0, 40)}"`,
      right,
    }));
}

/**
 * What does not reflow in `canvas` (a story's root) at 320 CSS px wide (WCAG 1.4.10), then with WCAG
 * 1.4.12 text spacing in every shadow root: elements that reach past the right edge or are cut off.
 * `expand` opens everything first; `restore` closes what it opened. Empty when all is well.
 */
export async function reflowAt320(
  canvas: HTMLElement,
  expand: () => Promise<void> = async () => {},
  restore: () => void = () => {},
): Promise<string[]> {
  // Only under test: in Storybook's own UI the story stays as its play function left it.
  if (!('__vitest_browser__' in globalThis)) return [];
  const width = canvas.style.width;
  canvas.style.width = '320px';
  const found: string[] = [];
  try {
    await expand();
    const right = canvas.getBoundingClientRect().left + 320;
    for (const spacing of [false, true]) {
      if (spacing) injectTextSpacing(canvas);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const label = spacing ? 'with text spacing' : 'at 320 px';
      found.push(...beyond(canvas, right).map((b) => `${label}: ${b.element} reaches ${b.right} px`));
      found.push(...overflowing(canvas).map((o) => `${label}: ${o.element} is ${o.scrollWidth} px wide in ${o.clientWidth} px`));
      if (canvas.scrollWidth > 320) found.push(`${label}: the story is ${canvas.scrollWidth} px wide`);
    }
  } finally {
    removeTextSpacing(canvas);
    canvas.style.width = width;
    restore();
  }
  return found;
}
