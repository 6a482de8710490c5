import { cdp } from 'vitest/browser';
import { deepElements } from './reflow.js';

interface Session {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

/** Runs `test` with `forced-colors: active` emulated, as in a Windows contrast theme, and ends it. */
export async function inForcedColors<T>(test: () => Promise<T>): Promise<T> {
  const session = cdp() as Session;
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  try {
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours were not emulated');
    return await test();
  } finally {
    await session.send('Emulation.setEmulatedMedia', { features: [] });
  }
}

const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** The edge of `el` that is drawn: its four borders, when each is at least 1 px, styled and not transparent. */
export function visibleEdge(el: Element): boolean {
  const style = getComputedStyle(el);
  const border = sides.every((side) => {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return width >= 1 && kind !== 'none' && kind !== 'hidden' && !/rgba\(.*, 0\)$|transparent/.test(colour);
  });
  const outline = parseFloat(style.outlineWidth) >= 1 && style.outlineStyle !== 'none';
  return border || outline;
}

/** Whether `el` is drawn as a box (a background or a border of its own) in the current colours. */
export function drawnAsBox(el: Element): boolean {
  const style = getComputedStyle(el);
  return !/rgba\(.*, 0\)$|transparent/.test(style.backgroundColor) || visibleEdge(el);
}

/** Every button, and every link drawn as a button (`part="button"`), under `root`, shadow roots included. */
export const buttonsIn = (root: Element): HTMLElement[] =>
  deepElements(root).filter(
    (el): el is HTMLElement => el.localName === 'button' || (el.localName === 'a' && (el.getAttribute('part') ?? '').split(' ').includes('button')),
  );
