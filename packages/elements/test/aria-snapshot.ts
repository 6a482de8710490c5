import { cdp } from 'vitest/browser';
import { accessibilityTree } from './ax.js';

interface Session {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DevTools protocol answers, typed where read
  send(method: string, params?: Record<string, unknown>): Promise<any>;
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const MARK = 'data-aria-snapshot';

/** Roles that only group what is inside them, without a name a screen reader reads: their children stand in their place. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'LabelText', 'InlineTextBox', 'LineBreak']);

/** States and properties a screen reader says, in a fixed order. Focus is left out: it is where the test put it. */
/** Roles whose name or value is their text: the text is said once, not again as text inside. */
const NAMED_BY_TEXT = new Set([
  'combobox',
  'textbox',
  'searchbox',
  'button',
  'link',
  'option',
  'heading',
  'menuitem',
  'tab',
  'cell',
  'columnheader',
  'rowheader',
  'checkbox',
  'radio',
  'switch',
  'term',
]);

const SAID = [
  'expanded',
  'selected',
  'checked',
  'pressed',
  'disabled',
  'required',
  'invalid',
  'readonly',
  'level',
  'modal',
  'haspopup',
  'autocomplete',
  'live',
  'atomic',
];

function findMarked(node: DomNode | undefined): DomNode | undefined {
  if (!node) return undefined;
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === MARK) return node;
  for (const child of inside(node)) {
    const found = findMarked(child);
    if (found) return found;
  }
  return undefined;
}

const inside = (node: DomNode) => [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])];

/** The ids of `node` and every node below it, through shadow roots. */
function subtree(node: DomNode, ids = new Set<number>()): Set<number> {
  ids.add(node.backendNodeId);
  for (const child of inside(node)) subtree(child, ids);
  return ids;
}

const quote = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim());

/**
 * What Chromium's accessibility tree exposes of `element` and everything in it (its shadow DOM
 * included), as indented lines in the manner of Playwright's ARIA snapshots:
 *
 *   - combobox "Adresse" [expanded=true, autocomplete=list, haspopup=listbox] description: "…"
 *     - listbox "Adresse"
 *       - option "Storgata 1 0155 Oslo" [selected=false]
 *
 * Ignored nodes and nameless groups give way to their children; adjacent text is one line. Stored as a
 * file beside the test, so a change to what assistive technology gets shows in review.
 */
export async function ariaSnapshot(element: Element): Promise<string> {
  const session = cdp() as Session;
  element.setAttribute(MARK, '');
  let marked: DomNode | undefined;
  try {
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
    marked = findMarked(root as DomNode);
  } finally {
    element.removeAttribute(MARK);
  }
  if (!marked) throw new Error('The element is not in the test page');
  const own = subtree(marked);
  const nodes = (await accessibilityTree()) as (Awaited<ReturnType<typeof accessibilityTree>>[number] & {
    backendDOMNodeId?: number;
    description?: { value?: unknown };
    value?: { value?: unknown };
  })[];
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  // The element's topmost nodes in the tree: usually its host; inside an open modal dialog, where the
  // host itself is left out, the dialog.
  const mine = (node: (typeof nodes)[number] | undefined) => node?.backendDOMNodeId !== undefined && own.has(node.backendDOMNodeId);
  const tops = nodes.filter((node) => mine(node) && !mine(byId.get(node.parentId ?? '')));
  if (!tops.length) throw new Error('The element has no node in the accessibility tree');

  // A line is a node, or the text of adjacent text nodes of one parent (one DOM text node may be split
  // by Lit's markers), joined as they are.
  const lines: { depth: number; text?: string; parent?: string; node?: string }[] = [];
  const walk = (node: (typeof nodes)[number], depth: number, inNamed = false) => {
    const children = (node.childIds ?? []).map((id) => byId.get(id)).filter((child) => child !== undefined);
    const role = String(node.role?.value ?? '');
    const name = String(node.name?.value ?? '');
    if (node.ignored || (TRANSPARENT.has(role) && !name.trim())) {
      for (const child of children) walk(child, depth, inNamed);
      return;
    }
    if (role === 'StaticText') {
      const last = lines.at(-1);
      if (inNamed) return;
      if (last?.text !== undefined && last.depth === depth && last.parent === node.parentId) last.text += name;
      else lines.push({ depth, text: name, parent: node.parentId });
      return;
    }
    const said = SAID.flatMap((key) => {
      const value = node.properties?.find((p) => p.name === key)?.value.value;
      if (value === undefined || value === false || value === 'false' || value === 'none' || value === 'off' || value === '') return [];
      return [value === true ? key : `${key}=${String(value)}`];
    });
    const description = String(node.description?.value ?? '').trim();
    const value = String(node.value?.value ?? '').trim();
    lines.push({
      depth,
      node: `${role}${name.trim() ? ` ${quote(name)}` : ''}${said.length ? ` [${said.join(', ')}]` : ''}${value ? ` value: ${quote(value)}` : ''}${description ? ` description: ${quote(description)}` : ''}`,
    });
    for (const child of children) walk(child, depth + 1, NAMED_BY_TEXT.has(role) && (name.trim() !== '' || value !== ''));
  };
  for (const top of tops) walk(top, 0);
  const rendered = lines
    .filter((line) => line.node !== undefined || line.text!.trim() !== '')
    .map((line) => `${'  '.repeat(line.depth)}- ${line.node ?? `text: ${quote(line.text!)}`}`);
  return `${rendered.join('\n')}\n`;
}
