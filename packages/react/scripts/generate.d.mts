import type { WrappedElement } from './wrappers.mjs';
/** Writes src/generated/ from @felles/elements/custom-elements.json; returns the wrapped elements. */
export function generate(): WrappedElement[];
