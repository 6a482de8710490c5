/**
 * Hydration of server-rendered Felles elements (`@felles/ssr`): import this before any element, so
 * that Lit reuses the declarative shadow DOM the server sent instead of rendering it again.
 *
 *   import '@felles/elements/hydrate.js';
 *   import '@felles/elements/all.js';
 *
 * An element rendered with properties that attributes cannot carry (an address, a consent request, a
 * life event) arrives with `defer-hydration` and its properties as JSON in the `<script>` right after
 * it. Here each gets those properties, then hydrates, so its first render in the browser is the one
 * the server made.
 */
// Must run before Lit's LitElement module: it patches LitElement as that module loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** Marks the `<script type="application/json">` that carries the properties of the element before it. */
export const PROPERTIES_ATTRIBUTE = 'data-felles-properties';

/** Gives deferred elements under `root` their server-side properties and lets them hydrate. */
export function hydrateDeferred(root: ParentNode = document): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const script of root.querySelectorAll<HTMLScriptElement>(`script[${PROPERTIES_ATTRIBUTE}]`)) {
    const element = script.previousElementSibling;
    if (!element?.hasAttribute('defer-hydration')) continue;
    pending.push(
      customElements.whenDefined(element.localName).then(() => {
        Object.assign(element, JSON.parse(script.textContent || '{}') as Record<string, unknown>);
        element.removeAttribute('defer-hydration');
        script.remove();
      }),
    );
  }
  return Promise.all(pending).then(() => undefined);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void hydrateDeferred(), { once: true });
  else void hydrateDeferred();
}
