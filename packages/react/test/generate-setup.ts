import { generate } from '../scripts/generate.mjs';

/** Writes src/generated/ from the elements' manifest, so the tests use wrappers of today's elements. */
export default function setup(): void {
  generate();
}
