/** Types of wrappers.mjs, for the tests that feed it manifests. */
export interface WrappedEvent {
  name: string;
  prop: string;
  type: string;
  description: string;
}
export interface WrappedElement {
  tag: string;
  className: string;
  folder: string;
  component: string;
  summary: string;
  events: WrappedEvent[];
}
// The manifest's schema is large; the generator reads only a few fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = any;
export function reactEventName(event: string): string;
export function elementsOf(manifest: Manifest): WrappedElement[];
export function wrapperSource(element: WrappedElement): string;
export function generateWrappers(manifest: Manifest): { elements: WrappedElement[]; files: Record<string, string> };
