/**
 * `__DEV__` is replaced at build time: `true` in the `development` export condition (and in tests and
 * Storybook), `false` in the production build, so every warning below is stripped from what ships.
 */
declare const __DEV__: boolean;

export const DEV: boolean = typeof __DEV__ !== 'undefined' && __DEV__;

const warned = new Set<string>();

/** Warns once per distinct message, only in development builds. */
export function warnOnce(message: string): void {
  if (!DEV || warned.has(message)) return;
  warned.add(message);
  console.warn(`[felles] ${message}`);
}
