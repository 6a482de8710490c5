import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { Readable } from 'node:stream';
import './register.js';

/**
 * Renders a Lit template with Felles elements to HTML: each element's shadow DOM is written as a
 * declarative `<template shadowrootmode="open">`, so the browser shows it before (and without) any
 * script, and `@felles/elements/hydrate.js` takes it over without rendering again.
 *
 * An element speaks the language of its own `lang` attribute on the server (it cannot see the page's);
 * set it when the page is not in Bokmål.
 */
export function renderToString(template: unknown): Promise<string> {
  return collectResult(render(template));
}

/** Like {@link renderToString}, as a stream to pipe into a response while it renders. */
export function renderToStream(template: unknown): Readable {
  return new RenderResultReadable(render(template));
}
