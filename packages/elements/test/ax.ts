import { cdp } from 'vitest/browser';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  ignoredReasons?: { name: string }[];
  role?: AXValue;
  name?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  parentId?: string;
}

interface Session {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DevTools protocol answers, typed where read
  send(method: string, params?: Record<string, unknown>): Promise<any>;
}

/** The test page's frame: Vitest runs each test file in an iframe of its runner page. */
async function testFrameId(session: Session): Promise<string> {
  const { frameTree } = await session.send('Page.getFrameTree');
  const frames: { frame: { id: string; url: string } }[] = [frameTree, ...(frameTree.childFrames ?? [])];
  const own = frames.find((f) => f.frame.url === location.href) ?? frames.find((f) => f.frame.url.includes('iframeId=')) ?? frames[0]!;
  return own.frame.id;
}

/** Chromium's accessibility tree of the test page, read through the DevTools protocol. */
export async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp() as Session;
  const { nodes } = await session.send('Accessibility.getFullAXTree', { frameId: await testFrameId(session) });
  return nodes as AXNode[];
}

/**
 * The text of every live region Chromium exposes to assistive technology (not ignored, for instance
 * by an open modal dialog elsewhere), as a screen reader would get it.
 */
export async function exposedLiveRegions(): Promise<{ live: string; text: string }[]> {
  const nodes = await accessibilityTree();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const text = (node: AXNode): string => {
    if (node.ignored) return '';
    if (node.role?.value === 'StaticText') return String(node.name?.value ?? '');
    return (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter((n): n is AXNode => !!n)
      .map(text)
      .join('');
  };
  const live = (node: AXNode) => node.properties?.find((p) => p.name === 'live')?.value.value as string | undefined;
  return nodes
    .filter(
      (node) => !node.ignored && (live(node) === 'polite' || live(node) === 'assertive') && !live(byId.get(node.parentId ?? '') ?? ({} as AXNode)),
    )
    .map((node) => ({ live: live(node)!, text: text(node) }));
}

/** Waits until an exposed live region says `message`; returns what all exposed regions said last. */
export async function waitForExposedAnnouncement(message: string | RegExp, timeout = 3000): Promise<{ live: string; text: string }[]> {
  const start = performance.now();
  for (;;) {
    const regions = await exposedLiveRegions();
    if (regions.some((r) => (typeof message === 'string' ? r.text.includes(message) : message.test(r.text)))) return regions;
    if (performance.now() - start > timeout) {
      throw new Error(`No exposed live region said ${String(message)}; exposed: ${JSON.stringify(regions)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
