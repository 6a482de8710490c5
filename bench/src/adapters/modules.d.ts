// What the adapter bundles import that has no types of its own: stylesheets as text (esbuild's text loader,
// Sass compiled by the bench's plugin) and GOV.UK's autocomplete.
declare module '*.css' {
  const css: string;
  export default css;
}
declare module '*.scss' {
  const css: string;
  export default css;
}
declare module 'accessible-autocomplete' {
  const accessibleAutocomplete: (options: {
    element: HTMLElement;
    id: string;
    source: (query: string, populate: (results: string[]) => void) => void;
    minLength?: number;
  }) => void;
  export default accessibleAutocomplete;
}
